import { camelCase } from './api-paths.js';
import { answered } from './request.js';

/**
 * Reads the answer of `GET /v0/tsa_letter`. The API has had four shapes, each in
 * snake_case or camelCase; this turns any of them into one `Eligibility`, or `undefined` when the
 * payload is none of them (which the card shows as an eligibility error).
 */

/** What the card needs of the Veteran's letter record. */
export interface LetterRecord {
  /** The VA document id; absent when the record names no document (then only a generated letter can be offered). */
  documentId?: string;
  /** Present in the current shape: the download URL then names the version. */
  documentVersion?: string;
  /** `modified_datetime` (current shape) or `received_at` (older shapes), as sent. */
  date?: string;
  name?: string;
  /** Letter content that replaces the card's default paragraphs. */
  paragraphs?: string[];
}

export type Eligibility = { eligible: true; letter: LetterRecord } | { eligible: false };

type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** A field by its snake_case name, or its camelCase spelling. */
function field(attributes: Json, snake: string): unknown {
  return snake in attributes ? attributes[snake] : attributes[camelCase(snake)];
}

/** `undefined` when absent, the string when it is a non-empty string, `null` for any wrong type. */
function optionalString(attributes: Json, snake: string): string | undefined | null {
  const value = field(attributes, snake);
  if (value === undefined || value === null) return undefined;
  return typeof value === 'string' && value.trim() !== '' ? value : null;
}

function toRecord(attributes: unknown): LetterRecord | undefined {
  if (!isObject(attributes)) return undefined;
  const documentId = optionalString(attributes, 'document_id');
  const documentVersion = optionalString(attributes, 'document_version');
  const modified = optionalString(attributes, 'modified_datetime');
  const received = optionalString(attributes, 'received_at');
  const name = optionalString(attributes, 'name');
  // Wrong types in the identifying fields mean the API is not the one we know: an error, not a guess.
  if ([documentId, documentVersion, modified, received, name].includes(null)) return undefined;
  const date = modified ?? received;
  const record: LetterRecord = {};
  if (documentId) record.documentId = documentId;
  if (documentId && documentVersion) record.documentVersion = documentVersion;
  if (date) record.date = date;
  if (name) record.name = name;
  const paragraphs = readParagraphs(field(attributes, 'description'));
  if (paragraphs) record.paragraphs = paragraphs;
  return record;
}

/** Optional letter content: used only when it is a non-empty list of non-empty strings. */
function readParagraphs(description: unknown): string[] | undefined {
  if (!isObject(description) || !Array.isArray(description.paragraphs)) return undefined;
  const paragraphs = description.paragraphs;
  if (paragraphs.length === 0 || !paragraphs.every((p) => typeof p === 'string' && p.trim() !== '')) return undefined;
  return paragraphs as string[];
}

/** Milliseconds of a record's date for "newest" ordering; a missing or unreadable date loses. */
function age(record: LetterRecord): number {
  const time = record.date ? Date.parse(record.date) : NaN;
  return Number.isNaN(time) ? -Infinity : time;
}

export function readEligibility(payload: unknown): Eligibility | undefined {
  if (!isObject(payload)) return undefined;
  if ('data' in payload) {
    const { data } = payload;
    // Current shape D: one record, or null for no letter.
    if (data === null) return { eligible: false };
    if (isObject(data)) {
      const letter = toRecord(data.attributes);
      return letter ? { eligible: true, letter } : undefined;
    }
    // Older shape B: a list of records; the newest one by `received_at` is the letter.
    if (Array.isArray(data)) {
      const records = data.map((item) => (isObject(item) ? toRecord(item.attributes) : undefined));
      if (!records.every((r): r is LetterRecord => r !== undefined && r.documentId !== undefined)) return undefined;
      if (records.length === 0) return { eligible: false };
      const newest = records.reduce((best, r) => (age(r) > age(best) ? r : best));
      return { eligible: true, letter: newest };
    }
    return undefined;
  }
  // Oldest shape A: the record itself, unwrapped.
  const letter = toRecord(payload);
  return letter?.documentId ? { eligible: true, letter } : undefined;
}

/** What an answer of the eligibility call means for the card (the API's status table). */
export type EligibilityOutcome =
  | { state: 'eligible'; letter: LetterRecord }
  | { state: 'not-eligible' }
  | { state: 'unauthorized'; message: string }
  | { state: 'eligibility-error'; message: string };

export function eligibilityOutcome(httpStatus: number, payload: unknown): EligibilityOutcome {
  if (httpStatus === 404) return { state: 'not-eligible' };
  if (httpStatus !== 200) {
    // 401: signed out; 403: not LOA3 or no ICN. Neither is shown as an error alert.
    const state = httpStatus === 401 || httpStatus === 403 ? 'unauthorized' : 'eligibility-error';
    return { state, message: answered('Eligibility', httpStatus) };
  }
  const eligibility = readEligibility(payload);
  if (!eligibility) return { state: 'eligibility-error', message: 'Unknown eligibility shape' };
  return eligibility.eligible ? { state: 'eligible', letter: eligibility.letter } : { state: 'not-eligible' };
}
