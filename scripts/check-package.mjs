// `npm run check:package`: proves the package as an app would get it. `npm pack` the built package,
// install the tarball into a fresh Vite app (its other packages come from the registry, as npm ci's
// do), build three pages that use it three ways, and check each in Chromium against a
// local API: the npm build (`import 'tsa-letter-card'`), the drop-in bundle
// (`tsa-letter-card/bundle`), and React 18 through the wrapper (`tsa-letter-card/react`).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { chromeArgs, findChrome } from './browser.mjs';

const project = resolve('.');
const app = mkdtempSync(join(tmpdir(), 'tsa-letter-app-'));
const sh = (command, args, cwd) => execFileSync(command, args, { cwd, stdio: ['ignore', 'pipe', 'inherit'] }).toString();
const own = JSON.parse(readFileSync('package.json', 'utf8'));

const tarball = join(app, sh('npm', ['pack', '--silent', '--pack-destination', app], project).trim().split('\n').at(-1));
console.log(`packed ${tarball}`);
const page = (title, script) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title></head><body><main id="app"></main><script type="module" src="${script}"></script></body></html>`;
const files = {
  'package.json': JSON.stringify({ name: 'a-letters-page', private: true, type: 'module', dependencies: { 'tsa-letter-card': `file:${tarball}`, react: '^18.3.1', 'react-dom': '^18.3.1' }, devDependencies: { vite: own.devDependencies.vite } }, null, 2),
  'vite.config.js': `export default { build: { rollupOptions: { input: ['index.html', 'bundle.html', 'react.html'] } } };`,
  'index.html': page('npm build', '/npm.js'),
  'npm.js': `import 'tsa-letter-card';\ndocument.querySelector('#app').innerHTML = '<tsa-letter-card></tsa-letter-card>';`,
  'bundle.html': page('drop-in bundle', '/bundle.js'),
  'bundle.js': `import 'tsa-letter-card/bundle';\ndocument.querySelector('#app').innerHTML = '<tsa-letter-card></tsa-letter-card>';`,
  'react.html': page('React 18', '/react.js'),
  'react.js': `import React from 'react';
import { createRoot } from 'react-dom/client';
import { TsaLetterCard } from 'tsa-letter-card/react';
window.states = [];
createRoot(document.querySelector('#app')).render(React.createElement(TsaLetterCard, { headingLevel: 2, onTsaLetterState: (e) => window.states.push(e.detail.state) }));`,
};
for (const [name, content] of Object.entries(files)) writeFileSync(join(app, name), content);
console.log(`installing into ${app}`);
sh('npm', ['install', '--no-audit', '--no-fund', '--silent'], app);
sh('npx', ['vite', 'build', '--logLevel', 'warn'], app);

const api = {
  '/v0/feature_toggles': readFileSync('src/mocks/va-api/feature-toggles.on.json'),
  '/v0/tsa_letter': readFileSync('src/mocks/va-api/tsa-letter.d.snake.json'),
};
const types = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css' };
const server = createServer((req, res) => {
  const { pathname } = new URL(req.url, 'http://x');
  if (api[pathname]) return res.writeHead(200, { 'Content-Type': 'application/json' }).end(api[pathname]);
  const path = join(app, 'dist', pathname === '/' ? 'index.html' : pathname);
  let body;
  try {
    body = readFileSync(path);
  } catch {
    return res.writeHead(404).end();
  }
  res.writeHead(200, { 'Content-Type': types[extname(path)] ?? 'application/octet-stream' }).end(body);
});
await new Promise((r) => server.listen(0, '127.0.0.1', r));
const origin = `http://127.0.0.1:${server.address().port}`;
const browser = await chromium.launch({ executablePath: findChrome(), args: chromeArgs });
const failures = [];
try {
  for (const [path, what] of [
    ['/', 'the npm build'],
    ['/bundle.html', 'the drop-in bundle'],
    ['/react.html', 'React 18 through the wrapper'],
  ]) {
    const tab = await browser.newPage();
    const errors = [];
    tab.on('pageerror', (error) => errors.push(error.message));
    await tab.goto(origin + path);
    const ok = await tab.waitForFunction(() => document.querySelector('tsa-letter-card')?.getAttribute('state') === 'eligible', null, { timeout: 10_000 }).then(() => true, () => false);
    const extra = path === '/react.html' ? await tab.evaluate(() => window.states.join(' → ')) : '';
    const good = ok && errors.length === 0 && (path !== '/react.html' || extra === 'loading-flag → loading-eligibility → eligible');
    console.log(`${good ? '✔' : '✘'} a fresh Vite app, ${what}: the card ${ok ? 'shows' : 'does not show'}${extra ? `; events: ${extra}` : ''}${errors.length ? `; errors: ${errors.join('; ')}` : ''}`);
    if (!good) failures.push(what);
    await tab.close();
  }
} finally {
  await browser.close();
  server.close();
}
process.exit(failures.length ? 1 : 0);
