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
import { downloadsPlugin, firefoxDownloadPrefs } from './scripts/downloads-plugin.mjs';

// React ships CommonJS only (18, and 17 from the test/react-17 workspace; 17 also needs object-assign).
const reactFiles = ['**/node_modules/react/**', '**/node_modules/react-dom/**', '**/node_modules/scheduler/**', '**/node_modules/object-assign/**'];

/**
 * `tsa-letter-card/react` as a React 17 page (vets-website's version) gets it: the wrapper module
 * requested as `/src/react.ts?react=17` imports React from the test/react-17 workspace. One module,
 * two Reacts, and the element class shared by both.
 */
const react17 = {
  name: 'react-17',
  resolveImport({ source, context }) {
    if (context.URL.searchParams.get('react') !== '17' || !/^react(-dom)?(\/|$)/.test(source)) return undefined;
    return `/test/react-17/node_modules/${source}${source.includes('/') ? '.js' : '/index.js'}`;
  },
};
const worker = readFileSync(new URL('./public/mockServiceWorker.js', import.meta.url));

/** The engine this run tests: `TSA_ENGINE` = chromium (the default), firefox or webkit. `npm test` runs all three. */
const engine = process.env.TSA_ENGINE ?? 'chromium';

async function launcher() {
  switch (engine) {
    case 'chromium':
      return chromeLauncher({ launchOptions: { executablePath: findBrowser('chromium'), headless: true, args: chromeArgs } });
    case 'firefox':
      // Puppeteer drives Firefox over WebDriver BiDi: no geckodriver.
      return puppeteerLauncher({ launchOptions: { browser: 'firefox', executablePath: findBrowser('firefox'), headless: true, extraPrefsFirefox: firefoxDownloadPrefs } });
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
    downloadsPlugin(engine),
    react17,
    esbuildPlugin({ ts: true, tsx: true, json: true, tsconfig: './tsconfig.json', target: 'es2022' }),
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
