// `npm run bench`: drives the built drop-in bundle (dist/) in headless Chromium and reports medians
// over repeated runs:
// 1. At the network's floor: every request the page makes pays an emulated round trip (the DevTools
//    protocol's network conditions), the API is cross-origin as api.va.gov is to www.va.gov, and the
//    page has made one call to it first, as the letters page has (the user), so the connection is
//    warm. In the same page a bare script makes the card's two calls: the floor. Card / floor is
//    the card's own cost. Then the same on a phone: CPU 4× slower, 150 ms round trips, 1.6 Mbit/s.
// 2. Server delay (the older rows): the API answers after L ms; scripts come at once.
// Not part of `npm test`: timings on shared machines are noisy, so they are reported, not asserted.
// The card-against-floor rows sample until the median ratio is known closely enough (`BENCH_PRECISION`),
// as tachometer does for a difference: the noise of a shared machine decides how many runs that takes.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { enoughRuns, halfWidth, median, medianInterval, quartiles, round, verdict } from './bench-stats.mjs';
import { benchBrowser, GOAL, NOT_JUDGED, PHONE } from './bench-page.mjs';
import { startBundleServer } from './bundle-server.mjs';

const ROUND_TRIPS = (process.env.BENCH_RTTS ?? '50,150').split(',').filter(Boolean).map(Number);
const LATENCIES = (process.env.BENCH_LATENCIES ?? '50,200').split(',').filter(Boolean).map(Number);
const RUNS = Number(process.env.BENCH_RUNS ?? 15);
/**
 * Card against floor: at least RUNS runs, then more until the 95 % interval of the runs' median
 * ratio is at most ± BENCH_PRECISION wide, or BENCH_MAX_RUNS runs were made.
 */
const SAMPLING = { minRuns: RUNS, maxRuns: Math.max(RUNS, Number(process.env.BENCH_MAX_RUNS ?? 61)), precision: Number(process.env.BENCH_PRECISION ?? 0.02) };
/** The eligibility API's own time in the row that has one (it asks upstream systems on VA.gov); 0 leaves the row out. */
const API_MS = Number(process.env.BENCH_API_MS ?? 150);
const server = await startBundleServer();

const browser = await benchBrowser(server);
const { freshPage } = browser;
const git = (...args) => execFileSync('git', args).toString().trim();
/** Which build the figures are of, and when they were taken: docs/performance.md renders them from here. */
const stamp = {
  commit: git('rev-parse', '--short', 'HEAD') + (git('status', '--porcelain', '--untracked-files=no') ? ' (with uncommitted changes)' : ''),
  date: new Date().toISOString().slice(0, 10),
  environment: Object.fromEntries(Object.entries(process.env).filter(([name]) => name.startsWith('BENCH_'))),
};
const results = { ...stamp, runs: RUNS, sampling: SAMPLING, roundTrips: {}, latencies: {}, bytes: {} };

/**
 * The card against the floor: each run a fresh page that first makes one call to the API (a warm
 * connection, as the letters page has), then the card and the bare script in turn, first and second
 * alternately. Runs until the runs' median ratio is known within SAMPLING's precision. Medians of the runs.
 */
async function againstTheFloor(conditions) {
  const card = [];
  const floor = [];
  const clickToFile = [];
  const timelines = [];
  const scriptLoad = [];
  const preflightsBefore = server.preflights();
  const ratios = () => card.map((c, i) => c / floor[i]);
  for (let run = 0; !enoughRuns(ratios(), SAMPLING); run++) {
    const { tab, close } = await freshPage(conditions);
    scriptLoad.push(await tab.evaluate(() => window.scriptLoadMs()));
    const measured = await browser.cardAndFloor(tab, run % 2 === 0);
    card.push(measured.card);
    floor.push(measured.floor);
    timelines.push(measured.timeline);
    // A generated letter after intent: the pointer over the link loads jsPDF (a round trip too);
    // the click comes 300 ms after it arrived, a short moment between pointing and clicking.
    await tab.hover('tsa-letter-card a[part="download"]');
    await tab.waitForFunction(() => window.letterLoaded(), null, { timeout: 30_000 });
    await tab.waitForTimeout(300);
    clickToFile.push(await tab.evaluate(() => window.clickToFile()));
    await close();
  }
  const interval = medianInterval(ratios());
  return {
    runs: card.length,
    cardMs: round(median(card)),
    floorMs: round(median(floor)),
    // The card's own milliseconds: the median of the runs' differences.
    overMs: round(median(card.map((c, i) => c - floor[i]))),
    ratio: round(median(card) / median(floor), 3),
    // The runs' own ratios: their median, its 95 % interval, and their spread (the machine is shared).
    runsRatio: round(median(ratios()), 3),
    runsRatioInterval: interval?.map((q) => round(q, 3)),
    runsRatioHalfWidth: round(halfWidth(interval), 3),
    ratioQuartiles: quartiles(ratios()).map((q) => round(q, 3)),
    clickToFileAfterIntentMs: round(median(clickToFile)),
    scriptLoadMs: round(median(scriptLoad)),
    preflights: server.preflights() - preflightsBefore,
    // Medians of each moment of the card's run, ms after it connected.
    timeline: Object.fromEntries(Object.keys(timelines[0]).map((k) => [k, round(median(timelines.map((t) => t[k] ?? NaN)))])),
  };
}

try {
  server.setLatency(0);
  for (const rtt of ROUND_TRIPS) results.roundTrips[rtt] = await againstTheFloor({ roundTrip: rtt });
  // The eligibility API taking its own time, as VA.gov's does: the card's chunk is then in before the answer.
  if (API_MS && ROUND_TRIPS.length) {
    server.setDelay('/v0/tsa_letter', API_MS);
    results.apiTime = { roundTrip: ROUND_TRIPS[0], apiMs: API_MS, ...(await againstTheFloor({ roundTrip: ROUND_TRIPS[0] })) };
    server.setDelay('/v0/tsa_letter', undefined);
  }
  if (process.env.BENCH_PHONE !== '0') results.phone = await againstTheFloor(PHONE);
  // A returning Veteran: the card's files from the browser's cache, as VA.gov's CDN lets it keep them.
  if (process.env.BENCH_RETURNING !== '0') {
    server.cacheScripts(true);
    if (ROUND_TRIPS.length) results.returning = { roundTrip: ROUND_TRIPS[0], ...(await againstTheFloor({ roundTrip: ROUND_TRIPS[0], returning: true })) };
    if (process.env.BENCH_PHONE !== '0') results.returningPhone = await againstTheFloor({ ...PHONE, returning: true });
    server.cacheScripts(false);
  }

  for (const L of LATENCIES) {
    server.setLatency(L);
    const gated = [];
    const ungated = [];
    const preloaded = [];
    const cold = [];
    const generate = [];
    const officialAfterOpen = [];
    const officialAfterIntent = [];
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

      // The official letter, asked for when the item opens (accordion) or on intent (card): the
      // click comes once the server's answer is in, as it does after a Veteran reads the panel.
      ({ tab, close } = await freshPage());
      await tab.evaluate(() => window.showCard({ pdf: 'official', layout: 'accordion' }));
      await tab.click('tsa-letter-card .accordion-button');
      await tab.waitForFunction(() => window.officialReceived());
      await tab.waitForTimeout(50);
      officialAfterOpen.push(await tab.evaluate(() => window.clickToFile()));
      await close();

      ({ tab, close } = await freshPage());
      await tab.evaluate(() => window.showCard({ pdf: 'official' }));
      await tab.hover('tsa-letter-card a[part="download"]');
      await tab.waitForFunction(() => window.officialReceived());
      await tab.waitForTimeout(50);
      officialAfterIntent.push(await tab.evaluate(() => window.clickToFile()));
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
      officialClickToFileMs: { afterOpen: round(median(officialAfterOpen)), afterIntent: round(median(officialAfterIntent)) },
    };
  }

  // Bytes: what a page with the toggle on loads before any interaction (the card's file and its
  // chunk; with the toggle off, the first alone), and the jsPDF chunk.
  const before = new Set();
  const { tab, close } = await freshPage({ onRequest: (request) => {
    const path = new URL(request.url()).pathname;
    if (path.startsWith('/dist/')) before.add(path.slice(1));
  } });
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

const floorRow = (label, r) =>
  `| ${label} | ${r.runs} | ${r.cardMs} ms | ${r.floorMs} ms | ${r.overMs} ms | ${r.runsRatio} (${r.runsRatioInterval?.join('–') ?? 'too few runs'}) | ${r.ratioQuartiles.join('–')} | ${r.clickToFileAfterIntentMs} ms | ${r.preflights} |`;
const floorHeader = () => {
  console.log('| network | runs | card: connect → eligible | bare script: the same two calls | card − floor | card / floor, runs\' median (95 % interval) | runs\' ratios, quartiles | click → file, after intent | CORS preflights |');
  console.log('|---|---|---|---|---|---|---|---|---|');
};
/** The project's goal for a row, judged on the interval of the runs' median ratio. */
const goal = (label, r, limit) =>
  console.log(`\nGoal, ${label}: card / floor ≤ ${limit}. This run: ${r.runsRatio}, 95 % interval ${r.runsRatioInterval?.join('–') ?? 'none'}: ${verdict(r.runsRatioInterval, limit)}.`);
const timelineRow = (label, t) => `| ${label} | ${t.toggleStart} | ${t.toggleEnd} | ${t.eligibilityStart} | ${t.chunkStart} | ${t.chunkEnd} | ${t.eligibilityEnd} | ${t.eligible} |`;
console.log(`\nAt the network's floor, on a warm connection: medians of each row's runs, ${SAMPLING.minRuns} to ${SAMPLING.maxRuns}, until the runs' median ratio is known within ±${SAMPLING.precision} (fresh page each run; the page calls the API once first; every request pays the round trip; cross-origin API; card and bare script take turns going first):\n`);
floorHeader();
for (const [rtt, r] of Object.entries(results.roundTrips)) console.log(floorRow(`${rtt} ms round trips`, r));
if (results.apiTime) console.log(floorRow(`${results.apiTime.roundTrip} ms round trips, eligibility answered after ${results.apiTime.apiMs} ms`, results.apiTime));
const notJudged = (label) => console.log(`\n${label}: ${NOT_JUDGED}.`);
if (results.roundTrips[50]) notJudged('50 ms round trips, a first visit');
if (results.apiTime?.roundTrip === 50) goal(`50 ms round trips, eligibility answered after ${results.apiTime.apiMs} ms`, results.apiTime, GOAL.at50);
if (results.phone) {
  console.log(`\nOn a phone, the same comparison: Lighthouse's mobile preset (CPU ${PHONE.cpu}× slower, ${PHONE.roundTrip} ms round trips, ${(PHONE.download * 8) / 1e6} Mbit/s down, ${(PHONE.upload * 8) / 1e3} kbit/s up), scripts gzipped, none cached; the same sampling:\n`);
  floorHeader();
  console.log(floorRow('phone', results.phone));
  notJudged('phone, a first visit');
  console.log(`\nOn the phone, the card's script itself (${results.bytes.toggleOff.gzip} bytes gzip) took ${results.phone.scriptLoadMs} ms to arrive, before the card connected; neither side above counts it.`);
}
const returningRows = [
  [results.returning && `${results.returning.roundTrip} ms round trips`, results.returning, GOAL.at50],
  [results.returningPhone && 'phone', results.returningPhone, GOAL.phone],
].filter(([label]) => label);
if (returningRows.length) {
  console.log(`\nA returning Veteran: the same comparisons, the card's files from the browser's cache (an earlier visit showed the card; the API's answers are never cached); the same sampling:\n`);
  floorHeader();
  for (const [label, r] of returningRows) console.log(floorRow(label, r));
  for (const [label, r, limit] of returningRows) goal(`${label}, returning`, r, limit);
}
console.log('\nWhere the card\'s time goes (medians, ms after it connected): the toggle call, the eligibility call and the card\'s chunk, then eligible:\n');
console.log('| network | toggle asked | toggle answered | eligibility asked | chunk asked | chunk arrived | eligibility answered | eligible, rendered |');
console.log('|---|---|---|---|---|---|---|---|');
for (const [rtt, { timeline }] of Object.entries(results.roundTrips)) console.log(timelineRow(`${rtt} ms round trips`, timeline));
if (results.apiTime) console.log(timelineRow(`${results.apiTime.roundTrip} ms, eligibility after ${results.apiTime.apiMs} ms`, results.apiTime.timeline));
if (results.phone) console.log(timelineRow('phone', results.phone.timeline));
for (const [label, r] of returningRows) console.log(timelineRow(`${label}, returning`, r.timeline));
if (LATENCIES.length) {
  console.log(`\nServer delay (older rows): medians over ${RUNS} runs per row (fresh page each run; API answered after L ms; scripts at once):\n`);
  console.log('| L (ms) | card shown, gated | ratio to 2·L | card shown, ungated | ratio to L | click to file, preloaded | click to file, cold | generation alone |');
  console.log('|---|---|---|---|---|---|---|---|');
  for (const [L, r] of Object.entries(results.latencies)) {
    console.log(`| ${L} | ${r.cardShownMs.gated} ms | ${r.ratioToLimit.gated} | ${r.cardShownMs.ungated} ms | ${r.ratioToLimit.ungated} | ${r.clickToFileMs.preloaded} ms | ${r.clickToFileMs.cold} ms | ${r.generateMs} ms |`);
  }
  console.log(`\nThe official letter, asked for on open or intent: click → file once the server's answer is in (medians over ${RUNS} runs; goal ≤ 16 ms):\n`);
  console.log('| L (ms) | after the item opened (accordion) | after intent on the link (card) |');
  console.log('|---|---|---|');
  for (const [L, r] of Object.entries(results.latencies)) {
    console.log(`| ${L} | ${r.officialClickToFileMs.afterOpen} ms | ${r.officialClickToFileMs.afterIntent} ms |`);
  }
}
const { beforeInteraction, toggleOff, cardChunk, letterChunk } = results.bytes;
console.log(`\nScript a page loads, toggle off: ${toggleOff.file}: ${toggleOff.gzip} bytes gzip`);
console.log(`Script before any interaction, toggle on: ${beforeInteraction.files.join(', ')}: ${beforeInteraction.gzip} bytes gzip`);
console.log(`  of which the card's chunk, loaded once the toggle is on: ${cardChunk.file}: ${cardChunk.gzip} bytes gzip`);
console.log(`jsPDF chunk: ${letterChunk.file}: ${letterChunk.gzip} bytes gzip`);
mkdirSync('bench-results', { recursive: true });
writeFileSync('bench-results/latest.json', `${JSON.stringify(results, null, 2)}\n`);
console.log('\nWritten to bench-results/latest.json');
// BENCH_PUBLISH=1: these figures become the ones docs/performance.md shows (`npm run docs` renders them).
if (process.env.BENCH_PUBLISH === '1') {
  writeFileSync('docs/performance-results.json', `${JSON.stringify(results, null, 2)}\n`);
  console.log('Written to docs/performance-results.json: run `npm run docs` and commit both.');
}
