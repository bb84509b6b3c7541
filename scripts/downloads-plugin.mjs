// The browser's own downloads, as files in a folder, for the tests of saving the letter: a real
// click on the card's link must end in a file the browser wrote, not in a listener that saw a click.
// Chromium writes them where CDP's Browser.setDownloadBehavior says; Firefox where its download
// preferences say (`firefoxDownloadPrefs`, given at launch). WebKitGTK's driver offers neither:
// there the command answers `observable: false`, and the tests say what they could not see.
import { mkdirSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const downloadDir = mkdtempSync(join(tmpdir(), 'tsa-letter-downloads-'));
process.on('exit', () => rmSync(downloadDir, { recursive: true, force: true }));

/** Firefox saves PDFs into `downloadDir` without asking, and never opens them in its viewer. */
export const firefoxDownloadPrefs = {
  'browser.download.folderList': 2,
  'browser.download.dir': downloadDir,
  'browser.download.useDownloadDir': true,
  'browser.download.always_ask_before_handling_new_types': false,
  'browser.download.start_downloads_in_tmp_dir': false,
  'browser.helperApps.neverAsk.saveToDisk': 'application/pdf',
  'pdfjs.disabled': true,
  // The downloads panel would take focus from the page, and the keyboard tests after it would type into it.
  'browser.download.alwaysOpenPanel': false,
  'browser.download.panel.shown': true,
};

/** The files in the folder that are whole (not the browsers' partial files). */
function files() {
  return readdirSync(downloadDir)
    .filter((name) => !/\.(crdownload|part)$/.test(name))
    .map((name) => ({ name, bytes: statSync(join(downloadDir, name)).size }));
}

/**
 * `executeServerCommand('downloads', { action: 'clear' | 'list' })`: empties the folder, or lists
 * what the browser saved into it. `observable` says whether this engine's downloads land there.
 */
export function downloadsPlugin(engine) {
  const ready = new Set();
  return {
    name: 'downloads',
    async executeCommand({ command, payload, session }) {
      if (command !== 'downloads') return undefined;
      let observable = engine === 'firefox';
      if (engine === 'chromium') {
        if (!ready.has(session.id)) {
          const cdp = await session.browser.getPage(session.id).createCDPSession();
          await cdp.send('Browser.setDownloadBehavior', { behavior: 'allow', downloadPath: downloadDir });
          ready.add(session.id);
        }
        observable = true;
      }
      if (payload?.action === 'clear') {
        rmSync(downloadDir, { recursive: true, force: true });
        mkdirSync(downloadDir, { recursive: true });
      }
      return { observable, files: observable ? files() : [] };
    },
  };
}
