// The pages the benchmarks drive (`bench.mjs`, `bench-compare.mjs`): headless Chromium on the
// bundle server, each run a fresh page under the DevTools protocol's network and CPU emulation.
import { chromium } from 'playwright-core';
import { chromeArgs, findChrome } from './browser.mjs';
import { API_HOST_RULE } from './bundle-server.mjs';

/** A mid-range phone, as Lighthouse's mobile preset has it: CPU 4× slower, 150 ms, 1.6 Mbit/s down, 750 kbit/s up (bytes/s here). */
export const PHONE = { roundTrip: 150, download: 1.6e6 / 8, upload: 750e3 / 8, cpu: 4 };

/**
 * The project's goals for card / floor: at 50 ms round trips, and on the phone. Judged where the
 * eligibility API takes its own time, as VA.gov's does, and on a returning visit. A first visit
 * with an instant API is reported, not judged: there the card's lazy chunk arrives with the answer
 * or after it, by design (toggle-off page views never load it, and the drop-in file stays within
 * its 12 KiB budget).
 */
export const GOAL = { at50: 1.05, phone: 1.1 };

/** Said under each first-visit row with an instant API, in place of a verdict. */
export const NOT_JUDGED = 'reported, not judged: with an instant API the card waits for its lazy chunk, by design (toggle-off page views never load it; the drop-in file stays within 12 KiB)';

/** A browser for `server` (`startBundleServer()`), and the two steps every comparison is made of. */
export async function benchBrowser(server) {
  const browser = await chromium.launch({ executablePath: findChrome(), args: [...chromeArgs, API_HOST_RULE] });

  /**
   * A fresh page per run, as a page load would give: no module, toggle or HTTP cache carried over.
   * With `roundTrip`, every request it makes pays that many ms; `download` and `upload` (bytes/s)
   * limit its throughput, `cpu` slows its main thread that many times.
   */
  async function freshPage({ onRequest, roundTrip, download = -1, upload = -1, cpu = 1, returning = false } = {}) {
    const context = await browser.newContext({ acceptDownloads: false });
    const tab = await context.newPage();
    if (returning) {
      // A Veteran back on the letters page: an earlier visit showed the card, so the browser holds its
      // files (see cacheScripts), and this page load starts from them. Nothing else is kept: the API's
      // answers are never cached.
      await tab.goto(server.origin);
      await tab.evaluate((base) => window.showCard({ 'api-base': base }), server.apiOrigin);
    }
    if (onRequest) tab.on('request', onRequest);
    if (roundTrip || cpu > 1) {
      // Chromium's emulation adds the round trip to every request the page makes.
      const cdp = await context.newCDPSession(tab);
      await cdp.send('Network.enable');
      await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: roundTrip ?? 0, downloadThroughput: download, uploadThroughput: upload });
      if (cpu > 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpu });
    }
    await tab.goto(server.origin);
    await tab.waitForFunction(() => customElements.get('tsa-letter-card'));
    return { tab, close: () => context.close() };
  }

  /**
   * One run in a fresh page: one call to the API first (a warm connection, as the letters page
   * has), then the card (connect → eligible, ms) and the bare script making the same two calls (the
   * floor), the card first when `cardFirst`. With the card's timeline, from Resource Timing.
   */
  async function cardAndFloor(tab, cardFirst) {
    const apiBase = server.apiOrigin;
    await tab.evaluate((base) => window.warmUp(base), apiBase);
    const run = {};
    const measureCard = async () => {
      run.card = await tab.evaluate((base) => window.showCard({ 'api-base': base, pdf: 'generated' }), apiBase);
      run.timeline = { ...(await tab.evaluate(() => window.cardTimeline())), eligible: run.card };
    };
    const measureFloor = async () => (run.floor = await tab.evaluate((base) => window.floor(base), apiBase));
    for (const measure of cardFirst ? [measureCard, measureFloor] : [measureFloor, measureCard]) await measure();
    return run;
  }

  return { freshPage, cardAndFloor, close: () => browser.close() };
}
