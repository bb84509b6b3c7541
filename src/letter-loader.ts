/**
 * Loads the generated-letter chunk (jsPDF and the drawing code) once per page, on the Veteran's
 * first sign of intent. A failed load is forgotten, so the next attempt asks the network again.
 */
type LetterPdfModule = typeof import('./letter-pdf.js');

let loading: Promise<LetterPdfModule> | undefined;

export function loadLetterPdf(): Promise<LetterPdfModule> {
  loading ??= import('./letter-pdf.js').catch((error: unknown) => {
    loading = undefined;
    throw error;
  });
  return loading;
}
