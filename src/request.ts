/**
 * The one fetch wrapper. Every call the card makes goes through here, so every call:
 * - sends cookies (`credentials: 'include'`: VA.gov authenticates with them) and an `Accept` header,
 *   and no other header, which keeps cross-origin calls "simple" (no CORS preflight);
 * - can be aborted by the caller, and gives up after `timeoutMs`, body included (a hung stream);
 * - reads at most `maxBytes` of body, so a huge answer cannot eat the page's memory;
 * - never rejects with anything but an `ApiError`.
 */
export type Failure = 'network' | 'timeout' | 'too-large' | 'aborted' | 'status' | 'not-pdf' | 'no-document';

/** A call that did not give what the card needs; `httpStatus` when an answer came. */
export class ApiError extends Error {
  constructor(
    readonly reason: Failure,
    message: string,
    readonly durationMs = 0,
    readonly httpStatus?: number,
  ) {
    super(message);
  }
}

export const aborted = (durationMs = 0) => new ApiError('aborted', 'Aborted', durationMs);

/** The message of a call that answered with the wrong status. */
export const answered = (call: string, status: number) => `${call} answered ${status}`;

export interface Answer {
  status: number;
  ok: boolean;
  body: Uint8Array;
  durationMs: number;
}

export interface RequestOptions {
  accept: string;
  signal: AbortSignal;
  timeoutMs: number;
  maxBytes: number;
}

export async function request(url: string, options: RequestOptions): Promise<Answer> {
  const { signal, timeoutMs } = options;
  if (signal.aborted) throw aborted();
  const started = performance.now();
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, timeoutMs);
  const onAbort = () => controller.abort();
  signal.addEventListener('abort', onAbort, { once: true });
  try {
    const response = await fetch(url, {
      method: 'GET',
      credentials: 'include',
      headers: { Accept: options.accept },
      signal: controller.signal,
    });
    const body = await readBody(response, options.maxBytes, controller);
    return { status: response.status, ok: response.ok, body, durationMs: performance.now() - started };
  } catch (error) {
    const durationMs = performance.now() - started;
    if (signal.aborted) throw aborted(durationMs);
    if (error instanceof ApiError) throw new ApiError(error.reason, error.message, durationMs);
    if (timedOut) throw new ApiError('timeout', `Timed out after ${timeoutMs} ms`, durationMs);
    throw new ApiError('network', 'Network error', durationMs);
  } finally {
    clearTimeout(timer);
    signal.removeEventListener('abort', onAbort);
  }
}

async function readBody(response: Response, maxBytes: number, controller: AbortController): Promise<Uint8Array> {
  const tooLarge = () => {
    controller.abort();
    return new ApiError('too-large', `Over ${maxBytes} bytes`);
  };
  if (Number(response.headers.get('Content-Length')) > maxBytes) throw tooLarge();
  if (!response.body) return new Uint8Array(0);
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) throw tooLarge();
    chunks.push(value);
  }
  if (chunks.length === 1) return chunks[0];
  const body = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    body.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return body;
}

/** JSON from a body, or `undefined` for anything that is not JSON (HTML, empty, truncated). */
export function parseJson(body: Uint8Array): unknown {
  try {
    return JSON.parse(new TextDecoder().decode(body));
  } catch {
    return undefined;
  }
}
