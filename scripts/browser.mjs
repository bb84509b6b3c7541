// Finds the Chromium that tests, screenshots and the benchmark drive: CHROME_PATH, then Debian's
// /usr/bin/chromium; where it is missing and we are root with apt-get, installs Debian's package.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

// As root Chromium needs --no-sandbox; the networking flags keep it quiet on a closed network.
export const chromeArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

const candidates = () => [process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'].filter(Boolean);

const hasAptGet = () => spawnSync('sh', ['-c', 'command -v apt-get'], { stdio: 'ignore' }).status === 0;

export function findChrome({ install = true } = {}) {
  const found = candidates().find((path) => existsSync(path));
  if (found) return found;
  if (install && process.getuid?.() === 0 && hasAptGet()) {
    console.log('Chromium not found: installing Debian\'s "chromium" package with apt-get...');
    execFileSync('sh', ['-c', 'apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null'], { stdio: 'inherit' });
    const installed = candidates().find((path) => existsSync(path));
    if (installed) return installed;
  }
  throw new Error(
    'No Chromium found: install one (on Debian or Ubuntu: sudo apt-get install chromium) or set CHROME_PATH to a Chrome or Chromium executable.',
  );
}

// `node scripts/browser.mjs` prints the path (installing where it can), for shell use.
if (import.meta.url === `file://${process.argv[1]}`) {
  try {
    console.log(findChrome());
  } catch (error) {
    console.error(error.message);
    process.exit(1);
  }
}

/** Playwright-core driving the Chromium found above. */
export async function launchChromium() {
  const { chromium } = await import('playwright-core');
  return chromium.launch({ executablePath: findChrome(), args: chromeArgs });
}

/** A list of checks that prints `✔`/`✘` lines; `exit()` ends the process failing when any failed. */
export function checklist() {
  const failures = [];
  return {
    check(ok, what) {
      console.log(`${ok ? '✔' : '✘'} ${what}`);
      if (!ok) failures.push(what);
      return ok;
    },
    exit: () => process.exit(failures.length ? 1 : 0),
  };
}
