import { camelCase, toggleUrl } from './api-paths.js';
import { aborted, parseJson, request, type Answer, type ApiError } from './request.js';

/**
 * Reads a toggle from `GET /v0/feature_toggles` (spec 2.1): its boolean value, or `undefined` when the
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
}

/** Calls in flight, keyed by URL: several cards on one page share one toggle request (spec 4). */
const inFlight = new Map<string, SharedCall>();

export interface ToggleOptions {
  apiBase: string;
  feature: string;
  signal: AbortSignal;
  timeoutMs: number;
}

/**
 * Asks for the toggle, joining a call already in flight for the same URL. The shared call is
 * aborted only when every card waiting for it has given up; a card that gives up alone is released
 * at once with a `ApiError` with reason `aborted`.
 */
export function fetchToggle({ apiBase, feature, signal, timeoutMs }: ToggleOptions): Promise<ToggleAnswer> {
  const url = toggleUrl(apiBase, feature);
  let call = inFlight.get(url);
  if (!call) {
    const controller = new AbortController();
    const answer = request(url, { accept: 'application/json', signal: controller.signal, timeoutMs, maxBytes: 256 * 1024 })
      .then((a) => toToggleAnswer(a, feature))
      .catch((error: ApiError) =>
        error.reason === 'aborted'
          ? Promise.reject(error)
          : { enabled: false, durationMs: error.durationMs, failure: { message: error.message } },
      )
      .finally(() => {
        if (inFlight.get(url) === created) inFlight.delete(url);
      });
    const created: SharedCall = { answer, controller, waiting: 0, reported: false };
    call = created;
    inFlight.set(url, call);
  }
  const shared = call;
  shared.waiting++;
  return new Promise<ToggleAnswer>((resolve, reject) => {
    const leave = () => {
      if (--shared.waiting === 0) {
        shared.controller.abort();
        if (inFlight.get(url) === shared) inFlight.delete(url);
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

function toToggleAnswer({ ok, status: httpStatus, durationMs, body }: Answer, feature: string): Omit<ToggleAnswer, 'report'> {
  const enabled = ok ? readToggle(parseJson(body), feature) : undefined;
  if (enabled !== undefined) return { enabled, httpStatus, durationMs };
  const message = ok ? 'The toggle answer has no boolean value for the feature.' : `The toggle call answered ${httpStatus}.`;
  return { enabled: false, httpStatus, durationMs, failure: { httpStatus, message } };
}
