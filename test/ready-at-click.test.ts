// The official letter asked for before the click, as every letter on the letters page is: when the
// accordion item opens, or on intent in the card layout; the click joins that request or hands over
// the letter already received (as the letters page's own letters are).
import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { delay, HttpResponse } from 'msw';
import currentSnake from '../src/mocks/va-api/tsa-letter.d.snake.json';
import error500 from '../src/mocks/va-api/error.500.json';
import error503 from '../src/mocks/va-api/error.503.json';
import { text } from '../src/text.js';
import type { TsaLetterCard } from '../src/define.js';
import {
  captureSaves, downloadLink, eligibility, mount, pdfResponse, recordEvents, requests, settle, shadow, slowPdf, toggle, use, versionDownload,
} from './support/card.js';

const downloads = () => requests.filter((r) => r.url.includes('/download')).length;
const header = (el: TsaLetterCard) => shadow(el).querySelector<HTMLButtonElement>('.accordion-button')!;
const errorAlert = (el: TsaLetterCard) => shadow(el).querySelector<HTMLElement>('.alert.error[role="alert"]');
/** A failing download, then a good one: as an outage that passes. */
function failingOnce() {
  let calls = 0;
  return versionDownload(() => (++calls === 1 ? HttpResponse.json(error503, { status: 503 }) : pdfResponse()));
}

async function eligible(attributes: string, ...handlers: Parameters<typeof use>) {
  use(toggle(true), eligibility(currentSnake), ...handlers);
  const el = await mount(attributes);
  await settle(el, 'eligible');
  return el;
}

describe('<tsa-letter-card>: the letter asked for before the click', () => {
  const files = captureSaves();
  const events = recordEvents();
  const saved = (n = 1) => waitUntil(() => files.saved.length >= n, `${n} file(s) never saved`).then(files.settled);

  it('never on page load, nor while the item is collapsed, nor in the card layout without intent', async () => {
    const collapsed = await eligible('layout="accordion" pdf="official"', versionDownload());
    const card = await mount('pdf="official"');
    await settle(card, 'eligible');
    await delay(300);
    expect(downloads()).to.equal(0);
    expect(collapsed.open).to.equal(false);
  });

  const openings: [string, (el: TsaLetterCard) => Promise<unknown> | void][] = [
    ['a click on the header', (el) => header(el).click()],
    ['Enter on the header', async (el) => (header(el).focus(), sendKeys({ press: 'Enter' }))],
    ['Space on the header', async (el) => (header(el).focus(), sendKeys({ press: ' ' }))],
    ['open set by the page', (el) => void (el.open = true)],
    ['the open attribute set by the page', (el) => el.setAttribute('open', 'true')],
  ];
  for (const [how, open] of openings) {
    it(`accordion: ${how} asks once; the click then saves with no request`, async () => {
      const el = await eligible('layout="accordion"', versionDownload());
      await open(el);
      await waitUntil(() => events.of('tsa-letter-api').some((e) => e.api.endsWith('/download')), 'the letter was not asked for on open');
      expect(el.open).to.equal(true);
      expect(downloads()).to.equal(1);
      expect(events.of('tsa-letter-download'), 'no download event before the click').to.have.length(0);
      downloadLink(el).click();
      expect(events.of('tsa-letter-downloaded'), "handed over in the click's own task").to.have.length(1);
      await saved();
      expect(downloads()).to.equal(1);
      expect(files.saved[0].filename).to.equal('TSA PreCheck Application Fee Waiver Letter.pdf');
      expect(events.of('tsa-letter-api').filter((e) => e.api.endsWith('/download'))).to.have.length(1);
      expect(events.of('tsa-letter-download')).to.have.length(1);
      expect(events.of('tsa-letter-downloaded')).to.have.length(1);
    });
  }

  it('accordion: closing and opening again with the letter in asks nothing more', async () => {
    const el = await eligible('layout="accordion"', versionDownload());
    el.open = true;
    await waitUntil(() => events.of('tsa-letter-api').some((e) => e.api.endsWith('/download')));
    el.open = false;
    await el.updateComplete;
    el.open = true;
    await el.updateComplete;
    await delay(200);
    expect(downloads()).to.equal(1);
  });

  const intents: [string, (link: HTMLAnchorElement) => void][] = [
    ['pointer over', (link) => link.dispatchEvent(new PointerEvent('pointerenter'))],
    ['focus', (link) => link.focus()],
    ['touch', (link) => link.dispatchEvent(new Event('touchstart'))],
  ];
  for (const [how, intent] of intents) {
    it(`card: ${how} on the link asks once; the click then saves with no request`, async () => {
      const el = await eligible('pdf="official"', versionDownload());
      intent(downloadLink(el));
      intent(downloadLink(el));
      await waitUntil(() => events.of('tsa-letter-api').some((e) => e.api.endsWith('/download')), 'intent did not ask for the letter');
      downloadLink(el).click();
      await saved();
      expect(downloads()).to.equal(1);
      expect(events.of('tsa-letter-downloaded')).to.have.length(1);
    });
  }

  it('a click, and a second one, during the request join it: one request, one file', async () => {
    const el = await eligible('layout="accordion"', versionDownload(slowPdf(400)));
    el.open = true;
    await waitUntil(() => downloads() === 1);
    downloadLink(el).click();
    await el.updateComplete;
    expect(shadow(el).querySelector('.panel .progress[aria-live="polite"]')!.textContent).to.include(text.preparing);
    downloadLink(el).click();
    await saved();
    await delay(200);
    expect(downloads()).to.equal(1);
    expect(files.saved).to.have.length(1);
    expect(events.of('tsa-letter-api').filter((e) => e.api.endsWith('/download'))).to.have.length(1);
  });

  it('accordion: a failure shows the error alert in the open panel at once; the link stays; a click asks again and a success removes it', async () => {
    const el = await eligible('layout="accordion"', failingOnce());
    el.open = true;
    await waitUntil(() => errorAlert(el), 'no error alert on open');
    expect(events.of('tsa-letter-download'), 'no click yet').to.have.length(0);
    expect(errorAlert(el)!.textContent).to.include(text.downloadError.heading);
    expect(shadow(el).querySelector('.panel')!.contains(errorAlert(el))).to.equal(true);
    expect(downloadLink(el).getClientRects().length, 'the link stays').to.be.greaterThan(0);
    expect(events.of('tsa-letter-error')).to.deep.equal([{ phase: 'download', httpStatus: 503, message: 'Download answered 503' }]);
    expect(events.of('tsa-letter-api').filter((e) => e.api.endsWith('/download')).map((e) => e.status)).to.deep.equal(['error']);
    await expect(el).to.be.accessible();
    downloadLink(el).click();
    await saved();
    await el.updateComplete;
    expect(downloads()).to.equal(2);
    expect(errorAlert(el), 'a success removes the alert').to.equal(null);
  });

  it('accordion: a failure, closed and opened again, asks again; a success removes the alert', async () => {
    const el = await eligible('layout="accordion"', failingOnce());
    el.open = true;
    await waitUntil(() => errorAlert(el), 'no error alert on open');
    el.open = false;
    await el.updateComplete;
    el.open = true;
    await waitUntil(() => downloads() === 2 && !errorAlert(el), 'the alert stayed after a good answer');
  });

  it('card: a failure on intent stays quiet; the click asks again and saves', async () => {
    const el = await eligible('pdf="official"', failingOnce());
    downloadLink(el).focus();
    await waitUntil(() => events.of('tsa-letter-api').some((e) => e.status === 'error'), 'intent did not ask');
    await el.updateComplete;
    expect(errorAlert(el), 'quiet before the click').to.equal(null);
    downloadLink(el).blur();
    downloadLink(el).focus();
    await delay(100);
    expect(downloads(), 'intent asks once').to.equal(1);
    downloadLink(el).click();
    await saved();
    expect(downloads()).to.equal(2);
    expect(errorAlert(el)).to.equal(null);
  });

  it('a click on a failed letter that fails again shows the alert, once', async () => {
    const el = await eligible('layout="accordion"', versionDownload(() => HttpResponse.json(error500, { status: 500 })));
    el.open = true;
    await waitUntil(() => errorAlert(el));
    downloadLink(el).click();
    await waitUntil(() => downloads() === 2);
    await waitUntil(() => errorAlert(el), 'the alert came back');
    expect(shadow(el).querySelectorAll('.alert.error')).to.have.length(1);
    expect(files.saved).to.have.length(0);
  });

  it('telemetry: one tsa-letter-api per request; letter-download and tsa-letter-download(ed) only for the click', async () => {
    const dataLayer: Record<string, unknown>[] = [];
    (window as { dataLayer?: unknown[] }).dataLayer = dataLayer;
    try {
      const el = await eligible('layout="accordion"', versionDownload());
      el.open = true;
      await waitUntil(() => downloads() === 1);
      await waitUntil(() => dataLayer.some((p) => String(p['api-name']).endsWith('/download')));
      expect(dataLayer.filter((p) => p.event === 'letter-download')).to.have.length(0);
      downloadLink(el).click();
      downloadLink(el).click();
      await saved(2);
      expect(dataLayer.filter((p) => p.event === 'letter-download')).to.have.length(2);
      expect(dataLayer.filter((p) => String(p['api-name']).endsWith('/download'))).to.deep.equal([
        { event: 'api_call', 'api-name': 'GET /v0/tsa_letter/:id/version/:version_id/download', 'api-status': 'successful' },
      ]);
      expect(events.of('tsa-letter-downloaded')).to.have.length(2);
    } finally {
      delete (window as { dataLayer?: unknown[] }).dataLayer;
    }
  });

  it('tsa-letter-download stays cancelable: nothing saved, and the letter kept for the next click', async () => {
    const el = await eligible('layout="accordion" open', versionDownload());
    await waitUntil(() => downloads() === 1);
    await waitUntil(() => events.of('tsa-letter-api').some((e) => e.api.endsWith('/download')));
    const cancel = (e: Event) => e.preventDefault();
    el.addEventListener('tsa-letter-download', cancel, { once: true });
    downloadLink(el).click();
    await delay(100);
    expect(files.saved).to.have.length(0);
    downloadLink(el).click();
    await saved();
    expect(downloads()).to.equal(1);
  });

  it('a restart (changed api-base) lets the letter go: the next open asks again', async () => {
    const el = await eligible('layout="accordion" open', versionDownload());
    await waitUntil(() => events.of('tsa-letter-api').some((e) => e.api.endsWith('/download')));
    el.apiBase = location.origin;
    await settle(el, 'loading-flag').catch(() => undefined);
    await settle(el, 'eligible');
    await waitUntil(() => downloads() === 2, 'the new record’s letter was not asked for');
  });

  it('removal aborts the request in flight; nothing is saved or reported after', async () => {
    const el = await eligible('layout="accordion"', versionDownload(slowPdf(300)));
    el.open = true;
    await waitUntil(() => downloads() === 1);
    downloadLink(el).click();
    el.remove();
    await delay(500);
    expect(files.saved).to.have.length(0);
    expect(events.of('tsa-letter-api').filter((e) => e.api.endsWith('/download'))).to.have.length(0);
    expect(events.of('tsa-letter-error')).to.have.length(0);
  });

  it('the generated letter is not asked of the server, on open or intent', async () => {
    const el = await eligible('layout="accordion" pdf="generated" open');
    downloadLink(el).focus();
    await delay(300);
    expect(downloads()).to.equal(0);
  });
});
