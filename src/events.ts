import type { ApiName } from './api-paths.js';

/** The card's states. */
export type CardState =
  | 'idle'
  | 'loading-flag'
  | 'flag-off'
  | 'loading-eligibility'
  | 'not-eligible'
  | 'unauthorized'
  | 'eligible'
  | 'eligibility-error';

export type LetterSource = 'official' | 'generated';

export interface StateDetail {
  state: CardState;
  previous: CardState;
  /** The card has something on the page now (the loading message, the letter, an alert, the page's slot): a list needs to be there for it. */
  shows: boolean;
  /**
   * The card shows nothing, and will show nothing unless its inputs change (the toggle is off, no
   * letter, not signed in or not LOA3, or a failure whose warning the page shows itself). False while
   * it still may show something: the page's empty state waits for this.
   */
  empty: boolean;
  /** The Veteran's eligibility could not be determined: the page's "Some letters may not be available". */
  unavailable: boolean;
}

/**
 * How a call ended: `unauthorized` is the eligibility call's 401 (signed out) or 403 (not LOA3, no
 * ICN): an answer about the Veteran, not the endpoint failing, so never counted as an error.
 */
export type ApiStatus = 'successful' | 'error' | 'unauthorized';

export interface ApiDetail {
  api: ApiName;
  status: ApiStatus;
  /** Absent when no HTTP answer came (network error, timeout). */
  httpStatus?: number;
  durationMs: number;
  /** Only for the eligibility call, when it succeeded. */
  hasLetter?: boolean;
}

export interface DownloadDetail {
  source: LetterSource;
  filename: string;
}

export interface DownloadedDetail {
  source: LetterSource;
  bytes: number;
  durationMs: number;
}

export interface ErrorDetail {
  phase: 'flag' | 'eligibility' | 'download' | 'generate';
  httpStatus?: number;
  /** Says what went wrong; never carries personal data or document ids. */
  message: string;
}

/** Event names and their details. All bubble and cross shadow roots. */
export interface TsaLetterEvents {
  'tsa-letter-state': StateDetail;
  'tsa-letter-api': ApiDetail;
  /** Cancelable: `preventDefault()` stops the download. */
  'tsa-letter-download': DownloadDetail;
  'tsa-letter-downloaded': DownloadedDetail;
  'tsa-letter-error': ErrorDetail;
}

export type TsaLetterEventName = keyof TsaLetterEvents;

/** A detail without its `undefined` fields: an absent `httpStatus` is absent, not `undefined`. */
export function definedOnly<T extends object>(detail: T): T {
  return Object.fromEntries(Object.entries(detail).filter(([, value]) => value !== undefined)) as T;
}

/** Dispatches one of the card's events; returns false when a listener cancelled it. */
export function emit<K extends TsaLetterEventName>(
  target: EventTarget,
  name: K,
  detail: TsaLetterEvents[K],
  cancelable = false,
): boolean {
  return target.dispatchEvent(new CustomEvent(name, { detail, bubbles: true, composed: true, cancelable }));
}

declare global {
  interface GlobalEventHandlersEventMap {
    'tsa-letter-state': CustomEvent<StateDetail>;
    'tsa-letter-api': CustomEvent<ApiDetail>;
    'tsa-letter-download': CustomEvent<DownloadDetail>;
    'tsa-letter-downloaded': CustomEvent<DownloadedDetail>;
    'tsa-letter-error': CustomEvent<ErrorDetail>;
  }
}
