import type { LetterRecord } from './eligibility.js';
import type { LetterSource } from './events.js';

export type PdfMode = 'official' | 'generated' | 'auto';

/**
 * Which letter a click saves: `auto` is the VA document when the record names one. The
 * saving itself is in `delivery.ts`.
 */
export function letterSource(mode: PdfMode, letter: LetterRecord): LetterSource {
  if (mode === 'official' || mode === 'generated') return mode;
  return letter.documentId ? 'official' : 'generated';
}
