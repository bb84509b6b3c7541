/**
 * What the generated letter says: the card's words and the Veteran's record, as plain
 * data. Part of the card's code; the PDF chunk gets it whole and lays it out (`letter.ts`).
 */
import type { LetterRecord } from './eligibility.js';
import type { LetterContent } from './letter.js';
import { text } from './text.js';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/**
 * The record's own date when it has one ("2025-09-09T14:18:53", "2025-09-09"), read as a calendar
 * date so no time zone can move it a day; else `today`, in the Veteran's local calendar.
 */
export function letterDate(recordDate: string | undefined, today: Date): string {
  const match = recordDate?.match(/^(\d{4})-(\d{2})-(\d{2})/);
  if (match) {
    const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
    if (month >= 1 && month <= 12 && day >= 1 && day <= 31) return `${MONTHS[month - 1]} ${day}, ${year}`;
  }
  return `${MONTHS[today.getMonth()]} ${today.getDate()}, ${today.getFullYear()}`;
}

export function letterContent(record: LetterRecord, recipientName: string | undefined, today: Date): LetterContent {
  const name = recipientName?.trim();
  return {
    title: text.title,
    date: letterDate(record.date, today),
    ...(name ? { recipientName: name } : {}),
    paragraphs: record.paragraphs ?? [...text.paragraphs],
    ...(record.documentId ? { documentId: record.documentId } : {}),
  };
}
