// End-to-end check of the demo as a static site (npm run build:demo), served by a plain static
// server with no backend: every gallery state is reached, and the rollout view shows and hides the
// card as stages change.
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { checklist, launchChromium } from './browser.mjs';

const root = 'demo-dist';
const types = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.png': 'image/png' };
const server = createServer((req, res) => {
  const path = normalize(new URL(req.url, 'http://x').pathname).replace(/^(\.\.[/\\])+/, '');
  try {
    const body = readFileSync(join(root, path.endsWith('/') ? `${path}index.html` : path));
    res.writeHead(200, { 'Content-Type': types[extname(path)] ?? 'text/html' });
    res.end(body);
  } catch {
    res.writeHead(404).end();
  }
});
await new Promise((r) => server.listen(0, '127.0.0.1', r));
const browser = await launchChromium();
const { check, exit } = checklist();

try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  const outside = [];
  page.on('request', (request) => {
    if (!request.url().startsWith(`http://127.0.0.1:${server.address().port}/`)) outside.push(request.url());
  });
  await page.goto(`http://127.0.0.1:${server.address().port}/`);

  await page.waitForSelector('#gallery .tile');
  const tiles = await page.$$eval('#gallery .tile', (all) => all.map((t) => t.dataset.tile));
  for (const tile of tiles) {
    const reached = await page
      .waitForFunction(
        (id) => {
          const cards = [...document.querySelectorAll(`[data-tile="${id}"] tsa-letter-card`)];
          if (id === 'idle') return document.querySelector(`[data-tile="${id}"]`) !== null && cards.length === 0;
          return cards.length === 2 && cards.every((c) => c.getAttribute('state') === c.dataset.expect && (!id.endsWith('-failed') || c.shadowRoot.querySelector('[role="alert"]')) && (!id.endsWith('-preparing') || c.shadowRoot.textContent.includes('Loading your letter...')));
        },
        tile,
        { timeout: 10_000 },
      )
      .then(() => true, () => false);
    check(reached, `gallery: ${tile}`);
  }

  // On the letters page: VA's own accordion around the card, in each layout and state, both widths.
  const states = await page.$$eval('#letters-page [name="page-state"]', (inputs) => inputs.map((i) => i.value));
  for (const layout of ['accordion', 'card']) {
    await page.locator(`#letters-page input[name="page-layout"][value="${layout}"]`).check();
    for (const state of states) {
      await page.locator(`#letters-page input[name="page-state"][value="${state}"]`).check();
      const reached = await page
        .waitForFunction(
          ([layout, state]) => {
            const cards = [...document.querySelectorAll('#letters-page va-accordion > tsa-letter-card')];
            const items = document.querySelectorAll('#letters-page va-accordion > va-accordion-item');
            // One warning for the whole page, below the list, and none from the card itself.
            const warnings = document.querySelectorAll('#letters-page .letters-page > va-alert.page-warning').length;
            const cardAlertShown = cards.some((c) => [...c.shadowRoot.querySelectorAll('.alert.warning')].some((a) => a.getClientRects().length > 0));
            const failed = cards.some((c) => c.dataset.expect === 'eligibility-error');
            const warningRight = failed ? warnings === 2 && !cardAlertShown : warnings === 0;
            // The empty state only when nothing is in the list; the list hidden then.
            const alone = cards.every((c) => c.dataset.letters === '0');
            const nothing = alone && cards.every((c) => c.hasAttribute('empty')) && !failed;
            const emptyStates = document.querySelectorAll('#letters-page .empty-state').length;
            const listsShown = [...document.querySelectorAll('#letters-page .letters-list')].filter((l) => !l.hidden).length;
            const pageRight = emptyStates === (nothing ? 2 : 0) && listsShown === (alone && cards.every((c) => !c.hasAttribute('shows')) ? 0 : 2);
            return warningRight && pageRight && cards.length === 2 && items.length === (alone ? 0 : 8) && cards.every((c) => c.getAttribute('layout') === layout && c.getAttribute('state') === c.dataset.expect && (state !== 'download-failed' || c.shadowRoot.querySelector('[role="alert"]')));
          },
          [layout, state],
          { timeout: 10_000 },
        )
        .then(() => true, () => false);
      check(reached, `letters page: ${layout}, ${state}, at 1024 and 320 px`);
    }
  }
  // The card's neighbours behave as on VA.gov: an opened item shows VA's loading indicator, then its link.
  await page.locator('#letters-page input[name="page-state"][value="eligible"]').check();
  const neighbour = page.locator('#letters-page .letters-frame[data-width="1024"] va-accordion-item').first();
  await neighbour.locator('button').first().click();
  const loadingShown = await neighbour.locator('va-loading-indicator').waitFor({ timeout: 5000 }).then(() => true, () => false);
  const linkShown = await neighbour.locator('va-link[href^="blob:"]').waitFor({ timeout: 10_000 }).then(() => true, () => false);
  check(loadingShown && linkShown, "letters page: another letter's item, opened, shows VA's loading indicator, then its link");
  const fonts = await page.evaluate(() => ['700 16px Bitter', '400 16px "Source Sans Pro Web"'].map((font) => document.fonts.check(font)));
  check(fonts.every(Boolean), "VA's fonts loaded from the site itself (Bitter, Source Sans Pro)");

  const stage = async (name, state) => {
    await page.locator(`#rollout input[value="${name}"]`).check();
    const ok = await page.waitForSelector(`#rollout tsa-letter-card[state="${state}"]`, { state: 'attached', timeout: 5000 }).then(() => true, () => false);
    const visible = ok && (await page.locator('#rollout tsa-letter-card').evaluate((c) => c.getBoundingClientRect().height > 0));
    check(ok && visible === (state === 'eligible'), `rollout: ${name} → ${state}, card ${state === 'eligible' ? 'shown' : 'hidden'}`);
  };
  await page.fill('#rollout input[name="email"]', 'vet2@example.com'); // bucket 83478: not UAT, on only at 100 %
  await stage('canary-50', 'flag-off');
  await stage('all', 'eligible');
  await stage('rolled-back', 'flag-off');
  await page.fill('#rollout input[name="email"]', 'VET1@example.com'); // a UAT user, typed in capitals
  await stage('uat', 'eligible');
  await stage('off', 'flag-off');

  check(outside.length === 0, `nothing requested beyond the static site${outside.length ? `: ${outside.join(', ')}` : ''}`);
  check(errors.length === 0, `no page errors${errors.length ? `: ${errors.join('; ')}` : ''}`);
} finally {
  await browser.close();
  server.close();
}
exit();
