// `npm run check:package`: proves the package as an app would get it. `npm pack` the built package,
// install the tarball into a fresh Vite app (its other packages come from the registry, as npm ci's
// do), build three pages that use it three ways, and check each in Chromium against a
// local API: the npm build (`import 'tsa-letter-card'`), the drop-in bundle
// (`tsa-letter-card/bundle`), React 18 through the wrapper (`tsa-letter-card/react`), in a second
// app React 17 (vets-website's version) through the wrapper, and in a third React 19 with the tag itself.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, resolve } from 'node:path';
import { checklist, launchChromium } from './browser.mjs';

const project = resolve('.');
const app = mkdtempSync(join(tmpdir(), 'tsa-letter-app-'));
// INIT_CWD names the app: install scripts write their settings there, never into this project.
const sh = (command, args, cwd) => execFileSync(command, args, { cwd, env: { ...process.env, INIT_CWD: cwd }, stdio: ['ignore', 'pipe', 'inherit'] }).toString();
const own = JSON.parse(readFileSync('package.json', 'utf8'));

const tarball = join(app, sh('npm', ['pack', '--silent', '--pack-destination', app], project).trim().split('\n').at(-1));
console.log(`packed ${tarball}`);
const page = (title, script) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title></head><body><main id="app"></main><script type="module" src="${script}"></script></body></html>`;

/** A fresh Vite app in its own folder, with the tarball and `react` at the given major, built. */
function makeApp(name, react, pages) {
  const dir = join(app, name);
  mkdirSync(dir);
  const files = {
    'package.json': JSON.stringify({ name, private: true, type: 'module', dependencies: { 'tsa-letter-card': `file:${tarball}`, react: `^${react}`, 'react-dom': `^${react}` }, devDependencies: { vite: own.devDependencies.vite } }, null, 2),
    'vite.config.js': `export default { build: { rollupOptions: { input: ${JSON.stringify(Object.keys(pages).map((p) => `${p}.html`))} } } };`,
  };
  for (const [pageName, script] of Object.entries(pages)) {
    files[`${pageName}.html`] = page(pageName, `/${pageName}.js`);
    files[`${pageName}.js`] = script;
  }
  for (const [file, content] of Object.entries(files)) writeFileSync(join(dir, file), content);
  console.log(`installing ${name} into ${dir}`);
  sh('npm', ['install', '--no-audit', '--no-fund', '--silent'], dir);
  sh('npx', ['vite', 'build', '--logLevel', 'warn'], dir);
  return join(dir, 'dist');
}

const react18 = makeApp('app-react-18', 18, {
  index: `import 'tsa-letter-card';\ndocument.querySelector('#app').innerHTML = '<tsa-letter-card></tsa-letter-card>';`,
  bundle: `import 'tsa-letter-card/bundle';\ndocument.querySelector('#app').innerHTML = '<tsa-letter-card></tsa-letter-card>';`,
  react: `import React from 'react';
import { createRoot } from 'react-dom/client';
import { TsaLetterCard } from 'tsa-letter-card/react';
window.states = [];
createRoot(document.querySelector('#app')).render(React.createElement(TsaLetterCard, { headingLevel: 2, recipientName: 'Zoë', onTsaLetterState: (e) => window.states.push(e.detail.state) }));`,
});
// React 17, as vets-website renders: ReactDOM.render, and the wrapper.
const react17 = makeApp('app-react-17', 17, {
  index: `import React from 'react';
import ReactDOM from 'react-dom';
import { TsaLetterCard } from 'tsa-letter-card/react';
window.states = [];
ReactDOM.render(React.createElement(React.StrictMode, null, React.createElement(TsaLetterCard, { headingLevel: 2, recipientName: 'Zoë', onTsaLetterState: (e) => window.states.push(e.detail.state) })), document.querySelector('#app'));`,
});
// React 19 passes properties and custom events to custom elements: the tag itself, no wrapper.
const react19 = makeApp('app-react-19', 19, {
  index: `import React from 'react';
import { createRoot } from 'react-dom/client';
import 'tsa-letter-card';
window.states = [];
createRoot(document.querySelector('#app')).render(React.createElement('tsa-letter-card', { 'heading-level': '2', recipientName: 'Zoë', 'ontsa-letter-state': (e) => window.states.push(e.detail.state) }));`,
});

const api = {
  '/v0/feature_toggles': readFileSync('src/mocks/va-api/feature-toggles.on.json'),
  '/v0/tsa_letter': readFileSync('src/mocks/va-api/tsa-letter.d.snake.json'),
};
const types = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css' };
let root = react18;
const server = createServer((req, res) => {
  const { pathname } = new URL(req.url, 'http://x');
  if (api[pathname]) return res.writeHead(200, { 'Content-Type': 'application/json' }).end(api[pathname]);
  const path = join(root, pathname === '/' ? 'index.html' : pathname);
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
const browser = await launchChromium();
const { check, exit } = checklist();

// Every file package.json points tools at is in the installed package.
const installed = join(app, 'app-react-18', 'node_modules', 'tsa-letter-card');
const manifest = JSON.parse(readFileSync(join(installed, 'package.json'), 'utf8'));
const named = [manifest.customElements, manifest.types, manifest.main, ...Object.values(manifest.exports).flatMap((e) => (typeof e === 'string' ? [e] : Object.values(e)))];
const missing = named.filter((file) => !existsSync(join(installed, file)));
check(missing.length === 0 && manifest.customElements === 'custom-elements.json', `the installed package has every file its package.json names (customElements: ${manifest.customElements})${missing.length ? `; missing: ${missing.join(', ')}` : ''}`);
try {
  for (const [dist, path, what] of [
    [react18, '/', 'the npm build'],
    [react18, '/bundle.html', 'the drop-in bundle'],
    [react18, '/react.html', 'React 18 through the wrapper'],
    [react17, '/', 'React 17 through the wrapper'],
    [react19, '/', 'React 19 with the tag itself'],
  ]) {
    root = dist;
    const react = what.startsWith('React');
    const tab = await browser.newPage();
    const errors = [];
    tab.on('pageerror', (error) => errors.push(error.message));
    await tab.goto(origin + path);
    const ok = await tab.waitForFunction(() => document.querySelector('tsa-letter-card')?.getAttribute('state') === 'eligible', null, { timeout: 10_000 }).then(() => true, () => false);
    const extra = react ? await tab.evaluate(() => `${window.states.join(' → ')}; recipientName property ${document.querySelector('tsa-letter-card').recipientName}; heading ${document.querySelector('tsa-letter-card').shadowRoot.querySelector('[part=heading]')?.tagName}`) : '';
    const good = ok && errors.length === 0 && (!react || extra === 'loading-flag → loading-eligibility → eligible; recipientName property Zoë; heading H2');
    check(good, `a fresh Vite app, ${what}: the card ${ok ? 'shows' : 'does not show'}${extra ? `; events: ${extra}` : ''}${errors.length ? `; errors: ${errors.join('; ')}` : ''}`);
    await tab.close();
  }
} finally {
  await browser.close();
  server.close();
}
exit();
