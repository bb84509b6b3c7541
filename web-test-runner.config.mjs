import { readFileSync } from 'node:fs';
import { chromeLauncher, defaultReporter } from '@web/test-runner';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { fromRollup } from '@web/dev-server-rollup';
import rollupCommonjs from '@rollup/plugin-commonjs';
import rollupReplace from '@rollup/plugin-replace';
import { puppeteerLauncher } from '@web/test-runner-puppeteer';
import { webdriverLauncher } from '@web/test-runner-webdriver';
import { chromeArgs, findBrowser, startWebKitDriver } from './scripts/browser.mjs';
import { summaryReporter } from './scripts/summary-reporter.mjs';
import { headingTextPlugin } from './scripts/ax-text-plugin.mjs';

const reactFiles = ['**/node_modules/react/**', '**/node_modules/react-dom/**', '**/node_modules/scheduler/**'];
const worker = readFileSync(new URL('./public/mockServiceWorker.js', import.meta.url));

/** The engine this run tests: `TSA_ENGINE` = chromium (the default), firefox or webkit. `npm test` runs all three. */
const engine = process.env.TSA_ENGINE ?? 'chromium';

async function launcher() {
  switch (engine) {
    case 'chromium':
      return chromeLauncher({ launchOptions: { executablePath: findBrowser('chromium'), headless: true, args: chromeArgs } });
    case 'firefox':
      // Puppeteer drives Firefox over WebDriver BiDi: no geckodriver.
      return puppeteerLauncher({ launchOptions: { browser: 'firefox', executablePath: findBrowser('firefox'), headless: true } });
    case 'webkit': {
      const { port, browser } = await startWebKitDriver();
      return webdriverLauncher({
        automationProtocol: 'webdriver',
        hostname: '127.0.0.1',
        port,
        path: '/',
        logLevel: 'error',
        // Without enforceWebDriverClassic the driver answers "Failed to match capabilities".
        capabilities: { browserName: 'MiniBrowser', 'wdio:enforceWebDriverClassic': true, 'webkitgtk:browserOptions': { binary: browser, args: ['--automation'] } },
      });
    }
    default:
      throw new Error(`TSA_ENGINE must be chromium, firefox or webkit, not ${engine}`);
  }
}

export default {
  files: ['test/**/*.test.ts'],
  nodeResolve: { exportConditions: ['browser', 'development'] },
  browsers: [await launcher()],
  concurrency: 1,
  plugins: [
    // The accessibility tree as Chromium gives it to assistive technology (test/alert-names).
    headingTextPlugin(),
    esbuildPlugin({ ts: true, json: true, tsconfig: './tsconfig.json', target: 'es2022' }),
    // React 18 ships CommonJS only: for the React wrapper's test.
    fromRollup(rollupReplace)({ include: reactFiles, preventAssignment: true, 'process.env.NODE_ENV': JSON.stringify('development') }),
    fromRollup(rollupCommonjs)({ include: reactFiles }),
  ],
  // MSW's worker must be served at the origin root, or its scope never covers the test pages.
  middleware: [
    (context, next) => {
      if (context.path !== '/mockServiceWorker.js') return next();
      context.type = 'application/javascript';
      context.body = worker;
    },
  ],
  filterBrowserLogs: ({ args }) => !String(args[0]).startsWith('Lit is in dev mode'),
  testFramework: { config: { timeout: 10_000 } },
  testsFinishTimeout: 180_000,
  reporters: [defaultReporter(), summaryReporter({ outFile: process.env.TSA_TEST_SUMMARY })],
};
