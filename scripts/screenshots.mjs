// Screenshots of the demo in every state, at a phone and a desktop width, into screenshots/
// (or the folder given as the first argument): the whole page, and the card alone.
// Starts the demo's Vite server itself and drives Debian's Chromium with playwright-core.
import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { createServer } from 'vite';
import { chromeArgs, findChrome } from './browser.mjs';

const outDir = process.argv[2] ?? 'screenshots';
mkdirSync(outDir, { recursive: true });

const server = await createServer({ configFile: 'vite.demo.config.ts', server: { port: 0 }, logLevel: 'error' });
await server.listen();
const base = server.resolvedUrls.local[0];
const browser = await chromium.launch({ executablePath: findChrome(), args: chromeArgs });

// Each shot: the scenario to load, what to do, and the card state to wait for.
const shots = [
  { name: 'eligible', scenario: 'eligible', state: 'eligible' },
  { name: 'loading', scenario: 'slow-eligibility', state: 'loading-eligibility' },
  { name: 'eligibility-error', scenario: 'eligibility-error', state: 'eligibility-error' },
  { name: 'download-error', scenario: 'download-error', state: 'eligible', click: true },
  { name: 'not-eligible', scenario: 'not-eligible', state: 'not-eligible' },
  { name: 'flag-off', scenario: 'toggle-off', state: 'flag-off' },
];
const widths = [
  ['desktop', 1024],
  ['phone', 320],
];

try {
  for (const [label, width] of widths) {
    const page = await browser.newPage({ viewport: { width, height: 800 } });
    page.on('pageerror', (error) => console.error(`page error: ${error.message}`));
    for (const shot of shots) {
      await page.goto(`${base}?scenario=${shot.scenario}`);
      await page.waitForSelector(`tsa-letter-card[state="${shot.state}"]`, { state: "attached" });
      if (shot.click) {
        await page.locator('tsa-letter-card a[part="download"]').click();
        await page.waitForSelector('tsa-letter-card [role="alert"]');
      }
      const file = `${outDir}/${shot.name}-${label}.png`;
      await page.screenshot({ path: file, fullPage: true });
      console.log(file);
      // The card alone, where it shows something: what the README and design reviews use.
      const card = page.locator('tsa-letter-card');
      if ((await card.boundingBox())?.height) {
        const cardFile = `${outDir}/card-${shot.name}-${label}.png`;
        await card.screenshot({ path: cardFile });
        console.log(cardFile);
      }
    }
    await page.close();
  }
  // Both letters as a Veteran would save them, and the first page of each as a picture.
  const page = await browser.newPage({ acceptDownloads: true });
  for (const pdf of ['official', 'generated']) {
    await page.goto(`${base}?scenario=eligible&pdf=${pdf}`);
    await page.waitForSelector('tsa-letter-card[state="eligible"]', { state: 'attached' });
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('tsa-letter-card a[part="download"]').click()]);
    const file = `${outDir}/${pdf}-letter.pdf`;
    await download.saveAs(file);
    console.log(`${file} (saved as "${download.suggestedFilename()}")`);
    if (spawnSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '1', file, file.replace(/\.pdf$/, '')]).status === 0) console.log(file.replace(/\.pdf$/, '-1.png'));
  }
} finally {
  await browser.close();
  await server.close();
}
