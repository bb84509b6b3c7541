// Screenshots of the demo, into screenshots/ (or the folder given as the first argument): every
// gallery state alone and the gallery whole, at desktop and phone widths; the theming, playground,
// rollout and success-criteria views; and both letters saved as a Veteran would, with their first pages.
// Starts the demo's Vite server itself and drives Debian's Chromium with playwright-core.
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { createServer } from 'vite';
import { chromeArgs, findChrome } from './browser.mjs';

const outDir = process.argv[2] ?? 'screenshots';
mkdirSync(outDir, { recursive: true });

const server = await createServer({ configFile: 'vite.demo.config.ts', server: { port: 0 }, logLevel: 'error' });
await server.listen();
const base = server.resolvedUrls.local[0];
const browser = await chromium.launch({ executablePath: findChrome(), args: chromeArgs });
const shot = async (target, name) => {
  const file = `${outDir}/${name}.png`;
  await target.screenshot({ path: file, ...(target.url ? { fullPage: true } : {}) });
  console.log(file);
};

/** Waits until every gallery card has reached the state its tile shows. */
const galleryReady = (page) =>
  page.waitForFunction(() =>
    [...document.querySelectorAll('#gallery tsa-letter-card')].every((card) => {
      if (card.getAttribute('state') !== card.dataset.expect) return false;
      const tile = card.closest('.tile').dataset.tile;
      if (tile.endsWith('-preparing')) return card.shadowRoot.textContent.includes('Loading your letter...');
      if (tile.endsWith('-failed')) return !!card.shadowRoot.querySelector('[role="alert"]');
      return true;
    }),
  );

try {
  for (const [label, width] of [
    ['desktop', 1280],
    ['phone', 375],
  ]) {
    const page = await browser.newPage({ viewport: { width, height: 900 } });
    page.on('pageerror', (error) => console.error(`page error: ${error.message}`));
    await page.goto(base);
    await galleryReady(page);
    await shot(page.locator('#gallery'), `gallery-${label}`);
    if (label === 'desktop') {
      for (const tile of await page.locator('#gallery .tile').all()) await shot(tile, `state-${await tile.getAttribute('data-tile')}`);
      for (const card of await page.locator('[data-tile="eligible"] tsa-letter-card, [data-tile="download-failed"] tsa-letter-card').all()) {
        const box = await card.boundingBox();
        if (box.width < 400) await shot(card, `card-${await card.evaluate((c) => c.closest('.tile').dataset.tile)}-phone`);
        else await shot(card, `card-${await card.evaluate((c) => c.closest('.tile').dataset.tile)}-desktop`);
      }
    }
    if (label === 'desktop') {
      // The letters page: each state in each layout, the 1024 px and the 320 px frame.
      const states = await page.$$eval('#letters-page [name="page-state"]', (inputs) => inputs.map((i) => i.value));
      for (const layout of ['accordion', 'card']) {
        await page.locator(`#letters-page input[name="page-layout"][value="${layout}"]`).check();
        for (const state of states) {
          await page.locator(`#letters-page input[name="page-state"][value="${state}"]`).check();
          await page.waitForFunction(() =>
            [...document.querySelectorAll('#letters-page tsa-letter-card')].every(
              (card) => card.getAttribute('state') === card.dataset.expect && (!card.hasAttribute('data-clicked') || card.shadowRoot.querySelector('[role="alert"]')),
            ),
          );
          if (state === 'download-failed') await page.waitForFunction(() => [...document.querySelectorAll('#letters-page tsa-letter-card')].every((card) => card.shadowRoot.querySelector('[role="alert"]')));
          await page.evaluate(() => document.fonts.ready);
          for (const width of [1024, 320]) await shot(page.locator(`#letters-page .letters-frame[data-width="${width}"]`), `letters-page-${layout}-${state}-${width}`);
        }
      }
    }
    await page.waitForFunction(() => [...document.querySelectorAll('#theming tsa-letter-card')].every((card) => card.getAttribute('state') === 'eligible'));
    await shot(page.locator('#theming'), `theming-${label}`);
    await page.locator('#playground select[name="scenario"]').selectOption('eligible-with-content');
    await page.waitForSelector('#playground tsa-letter-card[state="eligible"]', { state: 'attached' });
    await shot(page.locator('#playground'), `playground-${label}`);
    await page.locator('#rollout input[value="canary-10"]').check();
    await page.waitForSelector('#rollout tsa-letter-card[state="eligible"]', { state: 'attached' });
    await shot(page.locator('#rollout'), `rollout-${label}`);
    if (label === 'desktop') {
      await page.locator('#rollout input[value="rolled-back"]').check();
      await page.waitForSelector('#rollout tsa-letter-card[state="flag-off"]', { state: 'attached' });
      await shot(page.locator('#rollout'), 'rollout-rolled-back-desktop');
      await page.click('#success .simulate');
      await page.waitForFunction(() => document.querySelector('#success .progress').value === '200 of 200 page loads', null, { timeout: 120_000 });
      await shot(page.locator('#success'), 'success-desktop');
    }
    await page.close();
  }

  // Both letters as a Veteran would save them, and the first page of each as a picture.
  const page = await browser.newPage({ acceptDownloads: true });
  await page.goto(base);
  for (const pdf of ['official', 'generated']) {
    await page.locator('#playground select[name="scenario"]').selectOption('eligible');
    await page.locator('#playground select[name="pdf"]').selectOption(pdf);
    await page.waitForSelector('#playground tsa-letter-card[state="eligible"]', { state: 'attached' });
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('#playground tsa-letter-card a[part="download"]').click()]);
    const file = `${outDir}/${pdf}-letter.pdf`;
    await download.saveAs(file);
    console.log(`${file} (saved as "${download.suggestedFilename()}")`);
    if (spawnSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '1', file, file.replace(/\.pdf$/, '')]).status === 0) console.log(file.replace(/\.pdf$/, '-1.png'));
  }
  // The ones the docs show, regenerated with the rest.
  for (const [shot, doc] of [
    ['gallery-desktop', 'gallery'],
    ['letters-page-accordion-eligible-open-1024', 'letters-page'],
    ['letters-page-accordion-no-letters-1024', 'letters-page-empty'],
    ['rollout-desktop', 'rollout'],
  ]) {
    copyFileSync(`${outDir}/${shot}.png`, `docs/screenshots/${doc}.png`);
    console.log(`docs/screenshots/${doc}.png`);
  }
} finally {
  await browser.close();
  await server.close();
}
