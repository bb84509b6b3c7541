import { readFileSync } from 'node:fs';
import { chromeLauncher, defaultReporter } from '@web/test-runner';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { fromRollup } from '@web/dev-server-rollup';
import rollupCommonjs from '@rollup/plugin-commonjs';
import rollupReplace from '@rollup/plugin-replace';
import { chromeArgs, findChrome } from './scripts/browser.mjs';
import { summaryReporter } from './scripts/summary-reporter.mjs';

const reactFiles = ['**/node_modules/react/**', '**/node_modules/react-dom/**', '**/node_modules/scheduler/**'];
const worker = readFileSync(new URL('./public/mockServiceWorker.js', import.meta.url));

export default {
  files: ['test/**/*.test.ts'],
  nodeResolve: { exportConditions: ['browser', 'development'] },
  browsers: [chromeLauncher({ launchOptions: { executablePath: findChrome(), headless: true, args: chromeArgs } })],
  plugins: [
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
