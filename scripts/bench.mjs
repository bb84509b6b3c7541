// `npm run bench`: drives the built drop-in bundle (dist/) in headless Chromium, with VA.gov's API
// answered by a local server after a controlled latency L, and reports medians over repeated runs.
// Not part of `npm test`: timings on shared machines are noisy, so they are reported, not asserted.
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { chromeArgs, findChrome } from './browser.mjs';
import { startBundleServer } from './bundle-server.mjs';

const LATENCIES = (process.env.BENCH_LATENCIES ?? '50,200').split(',').map(Number);
const RUNS = Number(process.env.BENCH_RUNS ?? 15);
const server = await startBundleServer();
const origin = server.origin;

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};
const round = (n, digits = 1) => Math.round(n * 10 ** digits) / 10 ** digits;

const browser = await chromium.launch({ executablePath: findChrome(), args: chromeArgs });
const results = { runs: RUNS, latencies: {}, bytes: {} };

/** A fresh page per run, as a page load would give: no module, toggle or HTTP cache carried over. */
async function freshPage(onRequest) {
  const context = await browser.newContext({ acceptDownloads: false });
  const tab = await context.newPage();
  if (onRequest) tab.on('request', onRequest);
  await tab.goto(origin);
  await tab.waitForFunction(() => customElements.get('tsa-letter-card'));
  return { tab, close: () => context.close() };
}

try {
  for (const L of LATENCIES) {
    server.setLatency(L);
    const gated = [];
    const ungated = [];
    const preloaded = [];
    const cold = [];
    const generate = [];
    for (let run = 0; run < RUNS; run++) {
      let { tab, close } = await freshPage();
      gated.push(await tab.evaluate(() => window.showCard({})));
      await close();

      ({ tab, close } = await freshPage());
      ungated.push(await tab.evaluate(() => window.showCard({ ungated: '' })));
      await close();

      // Generated letter, jsPDF loaded by intent (the pointer over the link) before the click.
      ({ tab, close } = await freshPage());
      await tab.evaluate(() => window.showCard({ pdf: 'generated' }));
      await tab.hover('tsa-letter-card a[part="download"]');
      await tab.waitForFunction(() => window.letterLoaded());
      await tab.waitForTimeout(100); // let the chunk finish evaluating, as a Veteran's reading time would
      preloaded.push(await tab.evaluate(() => window.clickToFile()));
      generate.push(await tab.evaluate(() => window.generateMs()));
      await close();

      // Generated letter, cold: a click with no intent before it (a script click: no hover, no focus).
      ({ tab, close } = await freshPage());
      await tab.evaluate(() => window.showCard({ pdf: 'generated' }));
      cold.push(await tab.evaluate(() => window.clickToFile()));
      await close();
    }
    results.latencies[L] = {
      cardShownMs: { gated: round(median(gated)), ungated: round(median(ungated)) },
      ratioToLimit: { gated: round(median(gated) / (2 * L), 3), ungated: round(median(ungated) / L, 3) },
      clickToFileMs: { preloaded: round(median(preloaded)), cold: round(median(cold)) },
      generateMs: round(median(generate)),
    };
  }

  // Bytes: what a page with the toggle on loads before any interaction (the card's file and its
  // chunk; with the toggle off, the first alone), and the jsPDF chunk.
  const before = new Set();
  const { tab, close } = await freshPage((request) => {
    const path = new URL(request.url()).pathname;
    if (path.startsWith('/dist/')) before.add(path.slice(1));
  });
  await tab.evaluate(() => window.showCard({ pdf: 'generated' }));
  await tab.waitForTimeout(300);
  await close();
  const gzip = (file) => gzipSync(readFileSync(file)).length;
  const chunk = readdirSync('dist').find((f) => f.startsWith('letter-pdf'));
  const card = readdirSync('dist').find((f) => f.startsWith('card-'));
  results.bytes = {
    beforeInteraction: { files: [...before], gzip: [...before].reduce((sum, f) => sum + gzip(f), 0) },
    toggleOff: { file: 'dist/tsa-letter-card.js', gzip: gzip('dist/tsa-letter-card.js') },
    cardChunk: { file: `dist/${card}`, gzip: gzip(`dist/${card}`) },
    letterChunk: { file: `dist/${chunk}`, gzip: gzip(`dist/${chunk}`) },
  };
} finally {
  await browser.close();
  await server.close();
}

console.log(`\nMedians over ${RUNS} runs per row (fresh page each run; API answered after L ms):\n`);
console.log('| L (ms) | card shown, gated | ratio to 2·L | card shown, ungated | ratio to L | click to file, preloaded | click to file, cold | generation alone |');
console.log('|---|---|---|---|---|---|---|---|');
for (const [L, r] of Object.entries(results.latencies)) {
  console.log(`| ${L} | ${r.cardShownMs.gated} ms | ${r.ratioToLimit.gated} | ${r.cardShownMs.ungated} ms | ${r.ratioToLimit.ungated} | ${r.clickToFileMs.preloaded} ms | ${r.clickToFileMs.cold} ms | ${r.generateMs} ms |`);
}
const { beforeInteraction, toggleOff, cardChunk, letterChunk } = results.bytes;
console.log(`\nScript a page loads, toggle off: ${toggleOff.file}: ${toggleOff.gzip} bytes gzip`);
console.log(`Script before any interaction, toggle on: ${beforeInteraction.files.join(', ')}: ${beforeInteraction.gzip} bytes gzip`);
console.log(`  of which the card's chunk, loaded once the toggle is on: ${cardChunk.file}: ${cardChunk.gzip} bytes gzip`);
console.log(`jsPDF chunk: ${letterChunk.file}: ${letterChunk.gzip} bytes gzip`);
mkdirSync('bench-results', { recursive: true });
writeFileSync('bench-results/latest.json', `${JSON.stringify(results, null, 2)}\n`);
console.log('\nWritten to bench-results/latest.json');
