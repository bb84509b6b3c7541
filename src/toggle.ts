import { camelCase, toggleUrl } from './api-paths.js';
import { aborted, answered, parseJson, request, type Answer, type ApiError } from './request.js';

/**
 * Reads a toggle from `GET /v0/feature_toggles`: its boolean value, or `undefined` when the
 * payload has no boolean entry for it (not the documented shape, a missing entry, a non-boolean
 * value). The caller treats `undefined` as off, and as a failure worth reporting.
 */
export function readToggle(payload: unknown, feature: string): boolean | undefined {
  const features = (payload as { data?: { features?: unknown } } | null)?.data?.features;
  if (!Array.isArray(features)) return undefined;
  const names = new Set([feature, camelCase(feature)]);
  // Without `features=…` every toggle comes back twice, camelCase and snake_case: accept either.
  const entry = features.find(
    (f): f is { name: string; value: unknown } =>
      typeof f === 'object' && f !== null && names.has((f as { name?: unknown }).name as string),
  );
  return typeof entry?.value === 'boolean' ? entry.value : undefined;
}

export interface ToggleAnswer {
  enabled: boolean;
  /** Why the toggle reads off although the call was made: shown in `tsa-letter-error`. */
  failure?: { httpStatus?: number; message: string };
  httpStatus?: number;
  durationMs: number;
  /** True for exactly one of the cards sharing a request, so the call is reported once. */
  report: boolean;
}

interface SharedCall {
  answer: Promise<Omit<ToggleAnswer, 'report'>>;
  controller: AbortController;
  waiting: number;
  reported: boolean;
  /** When a good answer came; failures are never kept. */
  settledAt?: number;
}

/**
 * The page's clock for toggle ages: `Date.now` unless a test controls time. A seam, like the random
 * source the Flipper evaluator takes, so the visibility re-check can be tested without waiting.
 */
export const clock = { now: (): number => Date.now() };

/**
 * Toggle calls by URL, in flight or answered within `maxAge`: several cards on one page share one
 * request. Kept in memory only: a stored `true` would outlive a rollback.
 */
const calls = new Map<string, SharedCall>();

export interface ToggleOptions {
  apiBase: string;
  feature: string;
  signal: AbortSignal;
  timeoutMs: number;
  /** How long an answer may be reused, in ms; 0 always asks again (the kill-switch re-check). */
  maxAge: number;
}

/**
 * Asks for the toggle, joining a call in flight or reusing an answer younger than `maxAge`. The
 * shared call is aborted only when every card waiting for it has given up; a card that gives up
 * alone is released at once with an `ApiError` whose reason is `aborted`.
 */
export function fetchToggle({ apiBase, feature, signal, timeoutMs, maxAge }: ToggleOptions): Promise<ToggleAnswer> {
  const url = toggleUrl(apiBase, feature);
  let call = calls.get(url);
  if (call?.settledAt !== undefined && clock.now() - call.settledAt >= maxAge) call = undefined;
  if (!call) {
    const controller = new AbortController();
    const answer = request(url, { accept: 'application/json', signal: controller.signal, timeoutMs, maxBytes: 256 * 1024 })
      .then((a) => toToggleAnswer(a, feature))
      .catch((error: ApiError) =>
        error.reason === 'aborted' ? Promise.reject(error) : { enabled: false, durationMs: error.durationMs, failure: { message: error.message } },
      );
    const created: SharedCall = { answer, controller, waiting: 0, reported: false };
    // Attached before any waiter's handlers, so a good answer is dated before anyone reads it.
    answer.then(
      (a) => (a.failure ? forget(url, created) : (created.settledAt = clock.now())),
      () => forget(url, created),
    );
    call = created;
    calls.set(url, call);
  }
  const shared = call;
  shared.waiting++;
  return new Promise<ToggleAnswer>((resolve, reject) => {
    const leave = () => {
      if (--shared.waiting === 0 && shared.settledAt === undefined) {
        shared.controller.abort();
        forget(url, shared);
      }
      reject(aborted());
    };
    if (signal.aborted) return leave();
    signal.addEventListener('abort', leave, { once: true });
    shared.answer.then(
      (answer) => {
        signal.removeEventListener('abort', leave);
        shared.waiting--;
        const report = !shared.reported;
        shared.reported = true;
        resolve({ ...answer, report });
      },
      (error) => {
        signal.removeEventListener('abort', leave);
        reject(error);
      },
    );
  });
}

/**
 * Forgets every toggle value the page holds, so the next card asks VA.gov again: for a page where
 * the Veteran signs in or out without a page load (the toggle is decided per user).
 */
export function forgetToggles(): void {
  calls.clear();
}

function forget(url: string, call: SharedCall) {
  if (calls.get(url) === call) calls.delete(url);
}

function toToggleAnswer({ ok, status: httpStatus, durationMs, body }: Answer, feature: string): Omit<ToggleAnswer, 'report'> {
  const enabled = ok ? readToggle(parseJson(body), feature) : undefined;
  if (enabled !== undefined) return { enabled, httpStatus, durationMs };
  const message = ok ? 'No boolean toggle value' : answered('Toggle', httpStatus);
  return { enabled: false, httpStatus, durationMs, failure: { httpStatus, message } };
}
