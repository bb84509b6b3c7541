// Finds the browsers that tests, screenshots and the benchmark drive, one per engine Veterans use:
// Chromium (Chrome, Edge), Firefox (Gecko) and WebKit (Safari's engine, as Debian's WebKitGTK).
// Where one is missing and we are root with apt-get, installs Debian's package; otherwise says how.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { connect, createServer } from 'node:net';

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

const miniBrowser = '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';

/** Each engine: where its programs may be, Debian's packages that bring them, and how to get them by hand. */
export const engines = {
  chromium: {
    candidates: () => [process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'],
    packages: ['chromium'],
    howTo: 'install Chromium (on Debian or Ubuntu: sudo apt-get install chromium) or set CHROME_PATH to a Chrome or Chromium executable',
  },
  firefox: {
    candidates: () => [process.env.FIREFOX_PATH, '/usr/bin/firefox-esr', '/usr/bin/firefox'],
    packages: ['firefox-esr'],
    howTo: 'install Firefox (on Debian: sudo apt-get install firefox-esr) or set FIREFOX_PATH to a Firefox executable',
  },
  webkit: {
    // The driver, the browser it drives, and the display it needs: all three or none.
    candidates: () => [[process.env.WEBKIT_DRIVER_PATH ?? '/usr/bin/WebKitWebDriver', process.env.WEBKIT_BROWSER_PATH ?? miniBrowser, '/usr/bin/Xvfb']],
    packages: ['webkit2gtk-driver', 'xvfb'],
    howTo: "install WebKitGTK's driver and a virtual display (on Debian: sudo apt-get install webkit2gtk-driver xvfb)",
  },
};

const present = (candidate) => (Array.isArray(candidate) ? candidate.every((path) => existsSync(path)) : Boolean(candidate) && existsSync(candidate));
const lookUp = (engine) => engines[engine].candidates().find(present);
const hasAptGet = () => spawnSync('sh', ['-c', 'command -v apt-get'], { stdio: 'ignore' }).status === 0;

/**
 * The engine's executable (for WebKit: `[driver, browser, Xvfb]`), installing Debian's packages
 * where it is missing and we may; otherwise an Error whose message says how to get it.
 */
export function findBrowser(engine, { install = true } = {}) {
  const found = lookUp(engine);
  if (found) return found;
  const { packages, howTo } = engines[engine];
  if (install && process.getuid?.() === 0 && hasAptGet()) {
    console.log(`${engine} not found: installing Debian's ${packages.join(', ')} with apt-get...`);
    const result = spawnSync('sh', ['-c', `apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq ${packages.join(' ')} >/dev/null`], { stdio: 'inherit' });
    const installed = result.status === 0 && lookUp(engine);
    if (installed) return installed;
  }
  throw new Error(`No ${engine} found: ${howTo}.`);
}

export const findChrome = (options) => findBrowser('chromium', options);

// `node scripts/browser.mjs [engine]` prints the path (installing where it can), for shell use.
if (import.meta.url === `file://${process.argv[1]}`) {
  try {
    console.log(String(findBrowser(process.argv[2] ?? 'chromium')));
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

const freePort = () =>
  new Promise((resolve, reject) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });

async function waitForPort(port, child, what, ms = 15000) {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    if (child.exitCode !== null) throw new Error(`${what} exited with code ${child.exitCode}`);
    const open = await new Promise((resolve) => {
      const socket = connect(port, '127.0.0.1', () => resolve(socket.end() && true)).on('error', () => resolve(false));
    });
    if (open) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`${what} did not listen on port ${port} within ${ms} ms`);
}

/**
 * WebKitGTK's WebDriver server and the virtual display MiniBrowser needs (it refuses --headless),
 * started by process id and stopped by `stop()`, which also runs when this process exits.
 */
export async function startWebKitDriver() {
  const [driver, browser, xvfb] = findBrowser('webkit');
  const children = [];
  const stop = () => {
    for (const child of children.splice(0)) if (child.exitCode === null) child.kill('SIGKILL');
  };
  process.once('exit', stop);
  try {
    // -displayfd: Xvfb picks a free display and writes its number once it is ready.
    const display = spawn(xvfb, ['-displayfd', '1', '-screen', '0', '1280x1024x24', '-nolisten', 'tcp'], { stdio: ['ignore', 'pipe', 'ignore'] });
    children.push(display);
    const number = await new Promise((resolve, reject) => {
      display.stdout.once('data', (data) => resolve(String(data).trim()));
      display.once('exit', (code) => reject(new Error(`Xvfb exited with code ${code}`)));
    });
    const port = await freePort();
    const server = spawn(driver, [`--port=${port}`, '--host=127.0.0.1'], { stdio: 'ignore', env: { ...process.env, DISPLAY: `:${number}` } });
    children.push(server);
    await waitForPort(port, server, 'WebKitWebDriver');
    return { port, browser, stop };
  } catch (error) {
    stop();
    throw error;
  }
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
