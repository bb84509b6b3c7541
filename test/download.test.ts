import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { delay, http, HttpResponse } from 'msw';
import { text } from '../src/text.js';
import bare from '../src/mocks/va-api/tsa-letter.a.bare.json';
import arraySnake from '../src/mocks/va-api/tsa-letter.b.array.snake.json';
import currentCamel from '../src/mocks/va-api/tsa-letter.d.camel.json';
import currentSnake from '../src/mocks/va-api/tsa-letter.d.snake.json';
import error403 from '../src/mocks/va-api/error.403.json';
import error404 from '../src/mocks/va-api/error.404.json';
import error500 from '../src/mocks/va-api/error.500.json';
import error503 from '../src/mocks/va-api/error.503.json';
import {
  captureSaves, downloadLink, eligibility, expectOnlyAccept, mount, pdfResponse, recordEvents, requests, settle, shadow, slowPdf, toggle, use, versionDownload,
} from './support/card.js';
import type { TsaLetterCard } from '../src/define.js';

const filename = 'TSA PreCheck Application Fee Waiver Letter.pdf';
const alertOf = (el: TsaLetterCard) => shadow(el).querySelector('[part="alert"][role="alert"]');
const progressOf = (el: TsaLetterCard) => shadow(el).querySelector('.card .progress[aria-live="polite"]')!;

async function eligibleCard(payload: object = currentSnake, attributes = '') {
  use(toggle(true), eligibility(payload));
  const el = await mount(attributes);
  await settle(el, 'eligible');
  return el;
}

describe('<tsa-letter-card>: the official PDF', () => {
  const events = recordEvents();
  const files = captureSaves();

  const shapes: [string, object, string][] = [
    ['current shape, snake_case', currentSnake, '/v0/tsa_letter/c75438b4-47f8-44d3-9e35-798158591456/version/920debba-cc65-479c-ab47-db9b2a5cd95f/download'],
    ['current shape, camelCase', currentCamel, '/v0/tsa_letter/c75438b4-47f8-44d3-9e35-798158591456/version/920debba-cc65-479c-ab47-db9b2a5cd95f/download'],
    ['list shape: the newest letter', arraySnake, '/v0/tsa_letter/%7B3F7A891C-2E4B-4D29-9C6E-5B8F14A07E32%7D'],
    ['bare shape', bare, '/v0/tsa_letter/%7B73CD7B28-F695-4337-BBC1-2443A913ACF6%7D'],
  ];
  for (const [name, payload, path] of shapes) {
    it(`${name}: asks ${path.split('/').slice(0, 4).join('/')}/… and saves the PDF under the card's file name`, async () => {
      use(http.get('/v0/tsa_letter/:id', pdfResponse), versionDownload());
      const el = await eligibleCard(payload);
      expect(downloadLink(el).getAttribute('href')).to.equal(path);
      downloadLink(el).click();
      await waitUntil(() => files.saved.length === 1 || files.saved.length > 1, 'no file saved');
      await files.settled();
      const download = requests.find((r) => new URL(r.url).pathname !== '/v0/tsa_letter' && r.url.includes('/v0/tsa_letter/'))!;
      expect(new URL(download.url).pathname).to.equal(path);
      expectOnlyAccept(download, 'application/pdf');
      expect(download.credentials).to.equal('include');
      expect(files.saved).to.have.length(1);
      expect(files.saved[0].filename).to.equal(filename);
      expect(new TextDecoder().decode(files.saved[0].bytes.slice(0, 5))).to.equal('%PDF-');
      expect(alertOf(el)).to.equal(null);
    });
  }

  it('fires tsa-letter-download, then tsa-letter-api, then tsa-letter-downloaded, without ids', async () => {
    use(versionDownload());
    const el = await eligibleCard();
    events.clear();
    downloadLink(el).click();
    await waitUntil(() => events.of('tsa-letter-downloaded').length === 1);
    expect(events.all.map((e) => e.type)).to.deep.equal(['tsa-letter-download', 'tsa-letter-api', 'tsa-letter-downloaded']);
    expect(events.of('tsa-letter-download')[0]).to.deep.equal({ source: 'official', filename });
    const api = events.of('tsa-letter-api')[0];
    expect(api).to.include({ api: 'GET /v0/tsa_letter/:id/version/:version_id/download', status: 'successful', httpStatus: 200 });
    const done = events.of('tsa-letter-downloaded')[0];
    expect(done.source).to.equal('official');
    expect(done.bytes).to.equal(files.saved[0]?.bytes.length ?? done.bytes);
    expect(done.bytes).to.be.greaterThan(500);
    expect(done.durationMs).to.be.at.least(0);
    expect(JSON.stringify(events.all)).not.to.match(/c75438b4|920debba/);
  });

  it('shows "Loading your letter..." while the PDF comes, in a live region', async () => {
    use(
      versionDownload(slowPdf(400)),
    );
    const el = await eligibleCard();
    downloadLink(el).click();
    await waitUntil(() => progressOf(el).textContent!.includes(text.preparing));
    expect(text.preparing).to.equal('Loading your letter...');
    await expect(el).to.be.accessible();
    await waitUntil(() => files.saved.length === 1, 'no file saved', { timeout: 3000 });
    await waitUntil(() => progressOf(el).textContent!.trim() === '');
  });

  it('a double click saves one file, with one request', async () => {
    use(
      versionDownload(slowPdf(200)),
    );
    const el = await eligibleCard();
    downloadLink(el).click();
    downloadLink(el).click();
    await waitUntil(() => files.saved.length >= 1);
    await delay(400);
    expect(files.saved).to.have.length(1);
    expect(requests.filter((r) => r.url.includes('/download'))).to.have.length(1);
  });

  it('a listener can cancel the download', async () => {
    use(versionDownload());
    const el = await eligibleCard();
    const cancel = (e: Event) => e.preventDefault();
    el.addEventListener('tsa-letter-download', cancel, { once: true });
    downloadLink(el).click();
    await delay(200);
    expect(files.saved).to.have.length(0);
    expect(requests.filter((r) => r.url.includes('/download'))).to.have.length(0);
  });

  it('works by keyboard alone: Tab to the link, Enter', async () => {
    use(versionDownload());
    const el = await eligibleCard();
    const before = document.createElement('button');
    before.textContent = 'before';
    el.before(before);
    before.focus();
    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement).to.equal(downloadLink(el));
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => files.saved.length === 1, 'Enter did not save the letter');
    before.remove();
  });

  const failures: [string, () => Response | Promise<Response>, number | undefined][] = [
    ['400', () => HttpResponse.json({ errors: [] }, { status: 400 }), 400],
    ['403', () => HttpResponse.json(error403, { status: 403 }), 403],
    ['404 (not the user’s letter)', () => HttpResponse.json(error404, { status: 404 }), 404],
    ['500', () => HttpResponse.json(error500, { status: 500 }), 500],
    ['503', () => HttpResponse.json(error503, { status: 503 }), 503],
    ['200 with an HTML page', () => new HttpResponse('<!doctype html><title>Sign in</title>', { headers: { 'Content-Type': 'text/html' } }), 200],
    ['200 with an empty body', () => new HttpResponse(null, { headers: { 'Content-Type': 'application/pdf' } }), 200],
    ['200 labelled PDF but not one', () => new HttpResponse('PDF? no.', { headers: { 'Content-Type': 'application/pdf' } }), 200],
    ['a network error', () => HttpResponse.error(), undefined],
  ];
  for (const [name, respond, httpStatus] of failures) {
    it(`${name}: the error alert inside the card; the state stays eligible`, async () => {
      use(versionDownload(respond));
      const el = await eligibleCard();
      downloadLink(el).click();
      await waitUntil(() => alertOf(el), 'no error alert');
      expect(el.state).to.equal('eligible');
      expect(files.saved).to.have.length(0);
      const [error] = events.of('tsa-letter-error');
      expect(error.phase).to.equal('download');
      expect(error.httpStatus).to.equal(httpStatus);
      const api = events.of('tsa-letter-api').find((e) => e.api.endsWith('/download'))!;
      expect(api.status).to.equal('error');
      expect(api.httpStatus).to.equal(httpStatus);
      expect(events.of('tsa-letter-downloaded')).to.have.length(0);
    });
  }

  it('the error alert: exact text, phone links, accessible; a retry that works removes it', async () => {
    let calls = 0;
    use(versionDownload(() => (++calls === 1 ? HttpResponse.json(error500, { status: 500 }) : pdfResponse())));
    const el = await eligibleCard();
    downloadLink(el).click();
    await waitUntil(() => alertOf(el), 'no error alert');
    const alert = alertOf(el)!;
    expect(alert.querySelector('.heading')!.textContent).to.equal('Error Alert Your TSA PreCheck Application Fee Waiver Letter is currently unavailable');
    expect(alert.querySelector('.heading .visually-hidden')!.textContent, 'the status, as va-alert reads it, hidden').to.equal('Error Alert ');
    expect(alert.querySelector('p')!.textContent).to.equal(
      'If you need help accessing your letter, please call VA Benefits and Services at 800-827-1000. If you have hearing loss, call TTY: 711.',
    );
    const phones = [...alert.querySelectorAll('a')].map((a) => [a.textContent, a.getAttribute('href')]);
    expect(phones).to.deep.equal([
      ['800-827-1000', 'tel:+18008271000'],
      ['TTY: 711', 'tel:711'], // as va-telephone tty links it
    ]);
    expect(alert.closest('.card'), 'inside the card').not.to.equal(null);
    await expect(el).to.be.accessible();

    downloadLink(el).click();
    await waitUntil(() => files.saved.length === 1, 'the retry saved nothing');
    await waitUntil(() => alertOf(el) === null, 'the alert stayed after a successful retry');
    expect(calls).to.equal(2);
  });

  it('pdf="official" with a record that names no document: the error alert, no request', async () => {
    const el = await eligibleCard({ data: { id: '', type: 'tsa_letter', attributes: { modified_datetime: '2025-09-09T14:18:53' } } }, 'pdf="official"');
    downloadLink(el).click();
    await waitUntil(() => alertOf(el), 'no error alert');
    expect(requests.filter((r) => r.url.includes('/v0/tsa_letter/'))).to.have.length(0);
    expect(events.of('tsa-letter-error')[0].phase).to.equal('download');
  });

  it('a download in flight when the card is removed saves nothing', async () => {
    use(
      versionDownload(slowPdf(300)),
    );
    const el = await eligibleCard();
    downloadLink(el).click();
    await delay(50);
    el.remove();
    await delay(500);
    expect(files.saved).to.have.length(0);
    expect(events.of('tsa-letter-downloaded')).to.have.length(0);
  });
});
