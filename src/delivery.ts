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
 * Fetches the official letter (spec 2.3) and checks that it really is a PDF: a 200 with an HTML
 * error page or an empty body must not be saved as the Veteran's letter.
 */
export async function fetchOfficialLetter(url: string, signal: AbortSignal, timeoutMs: number): Promise<OfficialLetter> {
  const { status, durationMs, body } = await request(url, { accept: 'application/pdf', signal, timeoutMs, maxBytes: 20 * 1024 * 1024 });
  if (status !== 200) throw new ApiError('status', answered('Download', status), durationMs, status);
  if (!isPdf(body)) throw new ApiError('not-pdf', 'Not a PDF', durationMs, status);
  return { pdf: new Blob([body as BlobPart], { type: 'application/pdf' }), httpStatus: status, durationMs };
}

/** How long an object URL stays alive after the save starts; some browsers read it asynchronously. */
export const REVOKE_AFTER_MS = 1000;

/**
 * Hands a file to the browser's download machinery under `filename`. The temporary link is put in
 * `container` (the card's shadow root) so that the save happens in the card's own document.
 */
export function saveFile(file: Blob, filename: string, container: Node): void {
  const url = URL.createObjectURL(file);
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  container.appendChild(link);
  try {
    link.click();
  } finally {
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), REVOKE_AFTER_MS);
  }
}
