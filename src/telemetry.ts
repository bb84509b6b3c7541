import { apiName } from './api-paths.js';
import { definedOnly, emit, type ApiStatus, type ErrorDetail } from './events.js';

/** The card as telemetry sees it: where events go, and whether VA.gov's analytics may be fed. */
export interface Reporting extends EventTarget {
  disableAnalytics: boolean;
}

/**
 * After each API call: the `tsa-letter-api` event, a Performance Timeline measure that
 * real-user monitoring picks up without code (`tsa-letter:eligibility`, …), and VA.gov's analytics
 * (not for `unauthorized`).
 */
export function reportApi(
  card: Reporting,
  call: keyof typeof apiName,
  status: ApiStatus,
  httpStatus: number | undefined,
  durationMs: number,
  hasLetter?: boolean,
): void {
  const api = apiName[call];
  emit(card, 'tsa-letter-api', definedOnly({ api, status, httpStatus, durationMs: Math.round(durationMs), hasLetter }));
  const end = performance.now();
  performance.measure(`tsa-letter:${call}`, { start: Math.max(0, end - durationMs), end });
  // VA.gov's analytics know a call as successful (with has-letter) or failed: a 401 or 403 is
  // neither, and must not count against the endpoint's error rate or the letter counts.
  if (call !== 'toggle' && status !== 'unauthorized') track(card, definedOnly({ event: 'api_call', 'api-name': api, 'api-status': status, 'has-letter': hasLetter }));
}

/** VA.gov's analytics: only the documented payloads, nothing personal. */
export function track(card: Reporting, payload: Record<string, unknown>): void {
  if (!card.disableAnalytics) (window as { dataLayer?: unknown[] }).dataLayer?.push(payload);
}

export function reportError(card: Reporting, detail: ErrorDetail): void {
  emit(card, 'tsa-letter-error', definedOnly(detail));
}
