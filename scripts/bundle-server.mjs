// A local stand-in for a VA.gov page that embeds the built card (dist/), with the API answered
// after a chosen latency. Used by the benchmark and by the end-to-end check of the build.
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { gzipSync } from 'node:zlib';

const payloads = {
  '/v0/feature_toggles': readFileSync('src/mocks/va-api/feature-toggles.on.json'),
  '/v0/tsa_letter': readFileSync('src/mocks/va-api/tsa-letter.d.snake.json'),
  // What the letters page asks before any letter: who the user is (the benchmark's warm-up call).
  '/v0/user': Buffer.from('{"data":{"attributes":{"profile":{"loa":{"current":3}}}}}'),
  // A card with api-base="/off" stands for a Veteran outside the rollout.
  '/off/v0/feature_toggles': readFileSync('src/mocks/va-api/feature-toggles.off.json'),
};

// The page's own text in VA.gov's fonts, as the letters page has before any card shows: the card's
// first paint then meets fonts the page has already matched, as it does on VA.gov.
const page = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>A page that embeds the card</title>
<style>body { font-family: 'Source Sans Pro Web', 'Source Sans Pro', 'Helvetica Neue', Helvetica, Roboto, Arial, sans-serif; } h1, h2 { font-family: Bitter, Georgia, Cambria, 'Times New Roman', Times, serif; }</style></head><body>
<h1>VA letters and documents</h1><h2>Benefit summary letter</h2><p>Your letters, <strong>ready</strong> to download.</p>
<main id="stage"></main>
<script type="module">
  import '/dist/tsa-letter-card.js';
  // Connects a card and resolves with the milliseconds until it shows the download card.
  window.showCard = (attributes) => new Promise((resolve) => {
    const card = document.createElement('tsa-letter-card');
    for (const [name, value] of Object.entries(attributes)) card.setAttribute(name, value);
    card.addEventListener('tsa-letter-state', (e) => {
      if (e.detail.state === 'eligible') card.updateComplete.then(() => resolve(performance.now() - start));
    });
    const start = performance.now();
    window.cardStartedAt = start;
    document.querySelector('#stage').replaceChildren(card);
  });
  // Clicks the link and resolves with the milliseconds until the file was handed to the browser.
  window.clickToFile = () => new Promise((resolve) => {
    const card = document.querySelector('tsa-letter-card');
    card.addEventListener('tsa-letter-downloaded', () => resolve(performance.now() - start), { once: true });
    const start = performance.now();
    card.shadowRoot.querySelector('a[part="download"]').click();
  });
  // The letters page's own first call (the user), before any card asks: a warm connection to the API.
  window.warmUp = (apiBase) => fetch(apiBase + '/v0/user', { credentials: 'include', headers: { Accept: 'application/json' } }).then((r) => r.json());
  // How long the card's script took to arrive.
  window.scriptLoadMs = () => performance.getEntriesByType('resource').find((e) => e.name.includes('/dist/tsa-letter-card.js'))?.duration;
  // The floor: a bare script making the card's two calls, one after the other, as the card must.
  window.floor = async (apiBase) => {
    const start = performance.now();
    const get = (path) => fetch(apiBase + path, { credentials: 'include', headers: { Accept: 'application/json' } }).then((r) => r.json());
    await get('/v0/feature_toggles?features=tsa_safe_travel_letter');
    await get('/v0/tsa_letter');
    return performance.now() - start;
  };
  // Where the card's time went in its last run, from Resource Timing (ms since the card connected).
  window.cardTimeline = () => {
    const since = (t) => Math.round((t - window.cardStartedAt) * 10) / 10;
    const first = (part) => performance.getEntriesByType('resource').find((e) => e.name.includes(part) && e.startTime >= window.cardStartedAt);
    const toggle = first('/v0/feature_toggles');
    const eligibility = first('/v0/tsa_letter');
    const chunk = first('/dist/card-');
    return {
      toggleStart: since(toggle.startTime), toggleEnd: since(toggle.responseEnd),
      eligibilityStart: since(eligibility.startTime), eligibilityEnd: since(eligibility.responseEnd),
      chunkStart: chunk ? since(chunk.startTime) : null, chunkEnd: chunk ? since(chunk.responseEnd) : null,
    };
  };
  // Whether the official letter's answer is in (the card asked for it on open or intent).
  window.officialReceived = () => performance.getEntriesByType('resource').some((e) => e.name.includes('/download') && e.responseEnd > 0);
  window.letterLoaded = () => performance.getEntriesByType('resource').some((e) => e.name.includes('letter-pdf'));
  window.generateMs = () => performance.getEntriesByName('tsa-letter:generate').at(-1)?.duration;
</script></body></html>`;

// Pages for the hard cases. No inline script or style anywhere, so they also hold
// under the strict Content-Security-Policy that /csp.html is served with.
const hardCases = {
  // A card in the page, and violations recorded by a listener added before the card's script runs.
  '/csp.html': `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Strict CSP</title>
<script src="/hard-cases/watch-csp.js"></script>
<script type="module" src="/dist/tsa-letter-card.js"></script></head>
<body><main><tsa-letter-card></tsa-letter-card></main></body></html>`,
  // The card inside another component's shadow root.
  '/shadow.html': `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Inside a shadow root</title>
<script type="module" src="/dist/tsa-letter-card.js"></script><script type="module" src="/hard-cases/shadow-host.js"></script></head>
<body><main><letters-page></letters-page></main></body></html>`,
  // The script loaded twice: two copies of the same bundle, as two script tags on a page can give.
  '/twice.html': `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Loaded twice</title>
<script type="module" src="/dist/tsa-letter-card.js"></script><script type="module" src="/dist/tsa-letter-card.js?copy=2"></script></head>
<body><main><tsa-letter-card></tsa-letter-card></main></body></html>`,
  // A card with no toggle, to hold in the loading state while the API waits.
  '/loading.html': `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Loading</title>
<script type="module" src="/dist/tsa-letter-card.js"></script></head>
<body><main><tsa-letter-card ungated></tsa-letter-card></main></body></html>`,
  // A plain page for widths, zoom and forced colors.
  '/plain.html': `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Plain</title>
<script type="module" src="/dist/tsa-letter-card.js"></script></head>
<body><main><h1>Letters</h1><tsa-letter-card></tsa-letter-card></main></body></html>`,
};
const hardCaseScripts = {
  // Records violations, and proves the policy is in force: the page's own eval must be refused.
  '/hard-cases/watch-csp.js': `window.violations = [];
document.addEventListener('securitypolicyviolation', (e) => window.violations.push(e.violatedDirective + ' ' + e.blockedURI));
try { eval('1'); window.evalRefused = false; } catch { window.evalRefused = true; }`,
  '/hard-cases/shadow-host.js': `customElements.define('letters-page', class extends HTMLElement {
  constructor() { super(); this.attachShadow({ mode: 'open' }).innerHTML = '<section><h2>Other letters</h2><tsa-letter-card></tsa-letter-card></section>'; }
});`,
};
const STRICT_CSP = "default-src 'self'; script-src 'self'; style-src 'self'; connect-src 'self'; img-src 'self' data:";

/** The official letter's stand-in: only its first bytes matter to the card (`%PDF-`); about the real one's size. */
const OFFICIAL_LETTER = Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(60 * 1024, 0x20), Buffer.from('\n%%EOF\n')]);

const zipped = new Map();
/** A script's gzip, made once per content (a rebuild gives new content). */
function gzipped(path, script) {
  const key = `${path}:${script.length}`;
  if (!zipped.has(key)) zipped.set(key, gzipSync(script, { level: 9 }));
  return zipped.get(key);
}

/** Chromium's flag that sends the API's host name to this server: a second origin, no DNS. */
export const API_HOST_RULE = '--host-resolver-rules=MAP api.va.test 127.0.0.1';

/**
 * Starts the server; `latency` (ms) may be changed between runs, and one endpoint's own (`setDelay`). Every answer is `no-store`,
 * unless `cacheScripts(true)` lets the browser keep the built files, as a CDN's headers do. The API
 * also answers cross-origin, as api.va.gov answers www.va.gov (`apiOrigin`: the same server under
 * another host name), with VA.gov's CORS headers; `preflights` counts the OPTIONS requests it saw.
 */
export async function startBundleServer() {
  const state = { latency: 0, preflights: 0, delays: {}, cacheScripts: false, root: '.' };
  const server = createServer(async (req, res) => {
    const { pathname } = new URL(req.url, 'http://localhost');
    const cors = req.headers.origin ? { 'Access-Control-Allow-Origin': req.headers.origin, 'Access-Control-Allow-Credentials': 'true', Vary: 'Origin' } : {};
    // Timing-Allow-Origin: the page's Resource Timing sees the API's timings too, as VA.gov's allows.
    const send = (status, type, body, headers = {}) => {
      res.writeHead(status, { 'Content-Type': type, 'Cache-Control': 'no-store', 'Timing-Allow-Origin': '*', ...cors, ...headers });
      res.end(body);
    };
    if (req.method === 'OPTIONS') {
      state.preflights++;
      res.writeHead(204, { ...cors, 'Access-Control-Allow-Headers': req.headers['access-control-request-headers'] ?? '' });
      return res.end();
    }
    if (pathname === '/') return send(200, 'text/html', page);
    if (hardCases[pathname]) {
      if (pathname === '/csp.html') res.setHeader('Content-Security-Policy', STRICT_CSP);
      return send(200, 'text/html', hardCases[pathname]);
    }
    if (hardCaseScripts[pathname]) return send(200, 'text/javascript', hardCaseScripts[pathname]);
    if (pathname.startsWith('/dist/')) {
      try {
        const script = readFileSync(`${state.root}${pathname}`);
        // The built files as VA.gov's CDN would keep them: a year, the chunks' names changing with their content.
        const caching = state.cacheScripts ? { 'Cache-Control': 'public, max-age=31536000, immutable' } : {};
        // Gzipped, as a CDN serves scripts: what a slow network carries.
        if (/\bgzip\b/.test(req.headers['accept-encoding'] ?? '')) return send(200, 'text/javascript', gzipped(`${state.root}${pathname}`, script), { 'Content-Encoding': 'gzip', ...caching });
        return send(200, 'text/javascript', script, caching);
      } catch {
        return send(404, 'text/plain', 'not found');
      }
    }
    await new Promise((r) => setTimeout(r, state.delays[pathname] ?? state.latency));
    if (payloads[pathname]) return send(200, 'application/json', payloads[pathname]);
    if (/^\/v0\/tsa_letter\/[^/]+\/version\/[^/]+\/download$/.test(pathname)) return send(200, 'application/pdf', OFFICIAL_LETTER);
    send(404, 'application/json', '{"errors":[]}');
  });
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address();
  return {
    origin: `http://127.0.0.1:${port}`,
    // A browser resolves this name to the server with --host-resolver-rules (see API_HOST_RULE).
    apiOrigin: `http://api.va.test:${port}`,
    preflights: () => state.preflights,
    setLatency: (ms) => (state.latency = ms),
    /** One endpoint's own time, in place of `latency` (`undefined` clears it): an API slower than the rest. */
    setDelay: (pathname, ms) => (state.delays[pathname] = ms),
    /** Whether the built files may be kept in the browser's cache (a returning visitor); off by default. */
    cacheScripts: (on) => (state.cacheScripts = on),
    /** Where `/dist/` is served from: the project's own build (`.`, the default) or another's, to compare two builds. */
    serveBuildFrom: (root) => (state.root = root),
    close: () => new Promise((r) => server.close(r)),
  };
}
