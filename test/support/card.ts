import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { delay, http, HttpResponse, type JsonBodyType } from 'msw';
import '../../src/define.js';
import { forgetToggles } from '../../src/toggle.js';
import type { CardState, TsaLetterCard } from '../../src/define.js';
import type { TsaLetterEvents, TsaLetterEventName } from '../../src/events.js';
import { sampleLetterPdf, toggleHandler } from '../../src/mocks/index.js';

export { asked, use, requests, worker } from './network.js';
export { captureSaves, type SavedFile } from './saves.js';

// ---- anything uncaught fails the test: bad input must never break the host page -------------

const uncaught: string[] = [];
window.addEventListener('error', (e) => uncaught.push(`error: ${e.message}`));
window.addEventListener('unhandledrejection', (e) => uncaught.push(`unhandled rejection: ${String(e.reason)}`));
afterEach(() => {
  // Each test is a page load of its own: no toggle value carries over.
  forgetToggles();
  const seen = uncaught.splice(0);
  if (seen.length) throw new Error(`Uncaught during the test: ${seen.join('; ')}`);
});

// ---- API handlers --------------------------------------------------------------------------

export const toggle = (enabled: boolean) => toggleHandler(enabled);

export const eligibility = (body: JsonBodyType, status = 200) =>
  http.get('/v0/tsa_letter', () => HttpResponse.json(body, { status }));

export const eligibilityRaw = (body: BodyInit | null, status = 200, contentType = 'application/json') =>
  http.get('/v0/tsa_letter', () => new HttpResponse(body, { status, headers: { 'Content-Type': contentType } }));

export const pdfResponse = () =>
  new HttpResponse(sampleLetterPdf().buffer as ArrayBuffer, { headers: { 'Content-Type': 'application/pdf' } });

export const versionDownload = (respond: () => Response | Promise<Response> = pdfResponse) =>
  http.get('/v0/tsa_letter/:id/version/:version/download', async () => respond());

/** The sample PDF, after `ms`: a download that takes a while. */
export const slowPdf = (ms: number) => async () => {
  await delay(ms);
  return pdfResponse();
};

export const hang = () => delay('infinite');

// ---- what the card sends ----------------------------------------------------------------------

/** Headers a browser may add to a fetch on its own (Firefox adds Accept-Language; Chromium and WebKit don't). */
const addedByBrowsers = ['accept-language'];
/** CORS-safelisted request headers: none of them makes a cross-origin request pay a preflight. */
const safelisted = ['accept', 'accept-language', 'content-language'];

/**
 * The request carries `Accept: accept` and no other header of the card's own, and nothing that
 * would make a CORS preflight, in every engine.
 */
export function expectOnlyAccept(request: Request, accept: string): void {
  const names = [...request.headers.keys()];
  expect(names.filter((name) => !addedByBrowsers.includes(name)), "the card's own headers").to.deep.equal(['accept']);
  expect(request.headers.get('accept')).to.equal(accept);
  expect(names.filter((name) => !safelisted.includes(name)), 'headers that make a preflight').to.deep.equal([]);
}

// ---- mounting and waiting ------------------------------------------------------------------

export async function mount(attributes = ''): Promise<TsaLetterCard> {
  const host = await fixture<HTMLDivElement>(html`<div></div>`);
  host.innerHTML = `<tsa-letter-card ${attributes}></tsa-letter-card>`;
  return host.firstElementChild as TsaLetterCard;
}

export async function settle(el: TsaLetterCard, state: CardState, timeout = 3000): Promise<void> {
  const seen: string[] = [];
  await waitUntil(
    () => {
      if (seen.at(-1) !== el.state) seen.push(el.state);
      return el.state === state;
    },
    `the card never reached "${state}"`,
    { timeout },
  ).catch((error: Error) => {
    throw new Error(`${error.message}; states seen while waiting: ${seen.join(' → ')}`);
  });
  await el.updateComplete;
}

export const shadow = (el: TsaLetterCard) => el.shadowRoot!;
export const visibleText = (el: TsaLetterCard) => (shadow(el).textContent ?? '').replace(/\s+/g, ' ').trim();
export const downloadLink = (el: TsaLetterCard) => shadow(el).querySelector<HTMLAnchorElement>('a[part="download"]')!;

export interface Recorded<K extends TsaLetterEventName = TsaLetterEventName> {
  type: K;
  detail: TsaLetterEvents[K];
}

/** Records every card event that reaches the document during each test, in order. Call it in a `describe`. */
export function recordEvents() {
  const seen: Recorded[] = [];
  const names: TsaLetterEventName[] = ['tsa-letter-state', 'tsa-letter-api', 'tsa-letter-download', 'tsa-letter-downloaded', 'tsa-letter-error'];
  const listener = (e: Event) => seen.push({ type: e.type as TsaLetterEventName, detail: (e as CustomEvent).detail });
  beforeEach(() => {
    seen.splice(0);
    for (const name of names) document.addEventListener(name, listener);
  });
  afterEach(() => {
    for (const name of names) document.removeEventListener(name, listener);
  });
  return {
    all: seen,
    of<K extends TsaLetterEventName>(type: K) {
      return seen.filter((e) => e.type === type).map((e) => e.detail as TsaLetterEvents[K]);
    },
    clear: () => seen.splice(0),
  };
}

// Every resource the page requests. An observer, because the timeline's own buffer keeps only the
// first 250 entries, and the test runner's modules fill it.
const resources: string[] = performance.getEntriesByType('resource').map((e) => e.name);
new PerformanceObserver((list) => resources.push(...list.getEntries().map((e) => e.name))).observe({ type: 'resource' });

/** The generated-letter chunk and jsPDF, as the page has requested them so far. */
export const letterScripts = () => resources.filter((name) => /letter-pdf|jspdf|html2canvas|dompurify|purify|canvg/.test(name));

/** The card's lazy code (`card.ts`), as the page has requested it so far. */
export const cardScripts = () => resources.filter((name) => /\/src\/card\.ts/.test(name));
