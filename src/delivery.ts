/**
 * What a download needs: fetching and checking the official PDF, saving a file, and loading the
 * letter generator (jsPDF, on intent). Part of the card's lazy code (`card.ts`).
 */
import { lazy } from './lazy.js';
import { ApiError, answered, request } from './request.js';

/** jsPDF and the letter's drawing code: loaded only for a generated letter. */
export const loadLetterPdf = lazy(() => import('./letter-pdf.js'));

const PDF_MAGIC = [0x25, 0x50, 0x44, 0x46, 0x2d]; // "%PDF-"

export function isPdf(bytes: Uint8Array): boolean {
  return PDF_MAGIC.every((byte, i) => bytes[i] === byte);
}

export interface OfficialLetter {
  pdf: Blob;
  httpStatus: number;
  durationMs: number;
}

/**
 * Fetches the official letter and checks that it really is a PDF: a 200 with an HTML
 * error page or an empty body must not be saved as the Veteran's letter.
 */
export async function fetchOfficialLetter(url: string, signal: AbortSignal, timeoutMs: number): Promise<OfficialLetter> {
  const { status, durationMs, body } = await request(url, { accept: 'application/pdf', signal, timeoutMs, maxBytes: 20 * 1024 * 1024 });
  if (status !== 200) throw new ApiError('status', answered('Download', status), durationMs, status);
  if (!isPdf(body)) throw new ApiError('not-pdf', 'Not a PDF', durationMs, status);
  return { pdf: new Blob([body as BlobPart], { type: 'application/pdf' }), httpStatus: status, durationMs };
}

/**
 * How long the object URL of a letter saved by script outlives the card letting the letter go:
 * Safari on iOS reads it after its download sheet (WebKit bug 211234), and FileSaver.js keeps its
 * URLs this long for that reason. A letter the card holds keeps its URL all the while.
 */
export const SAVE_GRACE_MS = 40_000;

/** Timers, through a seam that tests which control time replace. */
export const timers = { setTimeout: (callback: () => void, ms: number): unknown => setTimeout(callback, ms) };

/**
 * Hands the file behind `url` to the browser's download machinery under `filename`, by a click on a
 * temporary link, for a click that had to wait for its letter. The link is put in `container` (the
 * card's shadow root) so that the save happens in the card's own document.
 */
export function saveByScript(url: string, filename: string, container: Node): void {
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  container.appendChild(link);
  try {
    link.click();
  } finally {
    link.remove();
  }
}

/**
 * Safari's engine, which is every browser on an iPhone or iPad (their user agents name AppleWebKit
 * and no Chrome). Nothing can be asked of it beforehand: whether a save by script made after the
 * Veteran's gesture ran out becomes a file. Chromium and Firefox save it (seen in both, headless,
 * 6 s after a click); the tests cannot see WebKitGTK's downloads at all.
 */
export const isWebKit = (userAgent: string = navigator.userAgent): boolean => /AppleWebKit\//.test(userAgent) && !/(Chrome|Chromium|Edg)\//.test(userAgent);

/**
 * Whether a click that waited for its letter should be offered the link again rather than saved by
 * script: in Safari's engine, when the click came with the Veteran's gesture and that gesture has
 * run out (about 5 s), as `navigator.userActivation` says.
 */
export function offerLinkAgain(hadGesture: boolean | undefined): boolean {
  return hadGesture === true && isWebKit() && gestureNow() === false;
}

/** Whether the page has a live gesture now (`navigator.userActivation`); `undefined` where the browser cannot say. */
export const gestureNow = (): boolean | undefined => (navigator as { userActivation?: { isActive: boolean } }).userActivation?.isActive;
