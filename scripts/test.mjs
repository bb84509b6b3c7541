// `npm test`: every check that guards the project, in order, then one plain closing line
// `N passed, N failed` that counts each check below and each browser test.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findBrowser } from './browser.mjs';

const bin = (name) => join('node_modules', '.bin', name);
const run = (command, args, env = {}) =>
  spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } }).status === 0;

const checks = [
  ['type check', () => run(bin('tsc'), ['--noEmit', '-p', 'tsconfig.json'])],
  ['custom-elements.json is up to date', () => run('node', ['scripts/manifest.mjs', '--check'])],
  ['build (drop-in bundle and mocks), within the size budgets (size-limit)', () => run('npm', ['run', 'build', '--silent']) && run(bin('size-limit'))],
  ['the docs: generated parts current, every relative link and image there, no size written by hand', () => run('node', ['scripts/docs.mjs', '--check'])],
  ['the built bundle on a page, end to end', () => run('node', ['scripts/e2e-build.mjs'])],
  ['the hard cases on the built bundle (CSP, shadow root, loaded twice, 320 px, 200 % text, forced colors)', () => run('node', ['scripts/e2e-hard-cases.mjs'])],
  ['the packed package in fresh Vite apps: npm build, drop-in bundle, React 17 and 18 wrapper, React 19 tag', () => run('node', ['scripts/check-package.mjs'])],
  ['the demo as a static site, end to end', () => run('npm', ['run', 'build:demo', '--silent']) && run('node', ['scripts/e2e-demo.mjs'])],
];

let passed = 0;
let failed = 0;
let skipped = 0;
for (const [name, check] of checks) {
  console.log(`\n▶ ${name}`);
  if (check()) {
    passed++;
    console.log(`✔ ${name}`);
  } else {
    failed++;
    console.log(`✘ ${name}`);
  }
}

console.log('\n▶ Node tests (the mocks as QA imports them)');
{
  const result = spawnSync('node', ['--test', '--test-reporter=spec', '--test-reporter-destination=stdout', '--test-reporter=tap', `--test-reporter-destination=${join(tmpdir(), 'tsa-node-tests.tap')}`, 'test/node/'], { stdio: 'inherit' });
  const tap = (() => {
    try {
      return readFileSync(join(tmpdir(), 'tsa-node-tests.tap'), 'utf8');
    } catch {
      return '';
    }
  })();
  const count = (name) => Number(tap.match(new RegExp(`^# ${name} (\\d+)`, 'm'))?.[1] ?? 0);
  passed += count('pass');
  failed += count('fail') + count('cancelled') || (result.status === 0 ? 0 : 1);
}

// The whole browser suite in each engine Veterans use, one run per engine. Chromium is required
// (the README's promise); a Firefox or WebKit that cannot be found or installed is reported, and its
// tests count as skipped, never as passed.
const engineLines = [];
let suiteSize = 0;
for (const engine of ['chromium', 'firefox', 'webkit']) {
  console.log(`\n▶ browser tests in ${engine} (web-test-runner)`);
  try {
    findBrowser(engine);
  } catch (error) {
    console.log(error.message);
    if (engine === 'chromium') {
      failed++;
      engineLines.push(`${engine}: 0 passed, 1 failed`);
    } else {
      skipped += suiteSize;
      engineLines.push(`${engine}: 0 passed, 0 failed, ${suiteSize} skipped`);
    }
    continue;
  }
  const dir = mkdtempSync(join(tmpdir(), 'tsa-letter-tests-'));
  const summary = join(dir, 'summary.json');
  const started = Date.now();
  const ok = run(bin('web-test-runner'), [], { TSA_ENGINE: engine, TSA_TEST_SUMMARY: summary });
  let totals;
  try {
    totals = JSON.parse(readFileSync(summary, 'utf8'));
  } catch {
    totals = { passed: 0, failed: 1, skipped: 0 }; // the runner died before reporting
  }
  rmSync(dir, { recursive: true, force: true });
  if (!ok && totals.failed === 0) totals.failed = 1;
  suiteSize ||= totals.passed + totals.failed + totals.skipped;
  passed += totals.passed;
  failed += totals.failed;
  skipped += totals.skipped;
  const line = `${engine}: ${totals.passed} passed, ${totals.failed} failed${totals.skipped ? `, ${totals.skipped} skipped` : ''}`;
  console.log(`${totals.failed ? '✘' : '✔'} ${line} in ${Math.round((Date.now() - started) / 1000)} s`);
  engineLines.push(line);
}

// What a screen reader says: Orca reading the built card in Firefox and Chromium. Counts as
// skipped, never passed, where Orca cannot be found or installed.
console.log('\n▶ screen reader (Orca over AT-SPI, Firefox and Chromium)');
const { runScreenReader } = await import('./screen-reader.mjs');
const heard = await runScreenReader();
passed += heard.passed;
failed += heard.failed;
skipped += heard.skipped;
const screenReaderLine = `screen reader: ${heard.passed} passed, ${heard.failed} failed${heard.skipped ? `, ${heard.skipped} skipped` : ''}`;

console.log('');
for (const line of engineLines) console.log(line);
console.log(screenReaderLine);
console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(failed === 0 ? 0 : 1);
