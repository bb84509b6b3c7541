import { fixture, html, waitUntil } from '@open-wc/testing';
import { delay, http, HttpResponse, type JsonBodyType } from 'msw';
import '../../src/define.js';
import { forgetToggles } from '../../src/toggle.js';
import type { CardState, TsaLetterCard } from '../../src/define.js';
import type { TsaLetterEvents, TsaLetterEventName } from '../../src/events.js';
import { sampleLetterPdf, toggleHandler } from '../../src/mocks/index.js';

export { use, requests, worker } from './network.js';

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

export interface SavedFile {
  filename: string;
  href: string;
  bytes: Uint8Array;
}

/**
 * Captures the files the card hands to the browser (a click on a `blob:` link with `download`),
 * reading each file before its object URL is revoked and stopping the real save. Call it in a `describe`.
 */
export function captureSaves() {
  const saved: SavedFile[] = [];
  const pending: Promise<void>[] = [];
  const listener = (e: Event) => {
    const link = e.composedPath()[0];
    if (!(link instanceof HTMLAnchorElement) || !link.href.startsWith('blob:')) return;
    e.preventDefault();
    const { href, download: filename } = link;
    pending.push(
      fetch(href)
        .then((r) => r.arrayBuffer())
        .then((buffer) => void saved.push({ filename, href, bytes: new Uint8Array(buffer) })),
    );
  };
  beforeEach(() => {
    saved.splice(0);
    pending.splice(0);
    document.addEventListener('click', listener, true);
  });
  afterEach(() => document.removeEventListener('click', listener, true));
  return { saved, settled: () => Promise.all(pending) };
}

// Every resource the page requests. An observer, because the timeline's own buffer keeps only the
// first 250 entries, and the test runner's modules fill it.
const resources: string[] = performance.getEntriesByType('resource').map((e) => e.name);
new PerformanceObserver((list) => resources.push(...list.getEntries().map((e) => e.name))).observe({ type: 'resource' });

/** The generated-letter chunk and jsPDF, as the page has requested them so far. */
export const letterScripts = () => resources.filter((name) => /letter-pdf|jspdf|html2canvas|dompurify|purify|canvg/.test(name));

/** The card's lazy code (`card.ts`), as the page has requested it so far. */
export const cardScripts = () => resources.filter((name) => /\/src\/card\.ts/.test(name));
