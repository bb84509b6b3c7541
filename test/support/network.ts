/**
 * The API mocked at the network: MSW's service worker answers every request the card makes. A
 * request no handler answers fails the test that made it.
 */
import { waitUntil } from '@open-wc/testing';
import { setupWorker } from 'msw/browser';
import type { RequestHandler } from 'msw';

export const worker = setupWorker();
const unhandled: string[] = [];
/** Every request the worker saw, in order, as `METHOD url`. */
export const requests: Request[] = [];
// Requests the worker has seen and not yet answered.
const pending = new Map<string, Request>();

before(async () => {
  await worker.start({
    quiet: true,
    onUnhandledRequest(request) {
      const url = new URL(request.url);
      // Test scaffolding (the runner's own modules) is not the card's business.
      if (url.origin === location.origin && !url.pathname.startsWith('/v0/')) return;
      unhandled.push(`${request.method} ${request.url}`);
    },
  });
  worker.events.on('request:start', ({ request, requestId }) => {
    if (!new URL(request.url).pathname.startsWith('/v0/')) return;
    requests.push(request);
    pending.set(requestId, request);
  });
  worker.events.on('request:end', ({ requestId }) => pending.delete(requestId));
});

afterEach(() => {
  worker.resetHandlers();
  pending.clear();
  requests.length = 0;
  const leftover = unhandled.splice(0);
  if (leftover.length) throw new Error(`Unhandled requests: ${leftover.join(', ')}`);
});

after(() => worker.stop());

/**
 * Waits until the worker has answered `count` requests whose URL contains `part`. A test that starts a
 * request it does not otherwise wait for (an item opened, say) calls it, or the request may reach
 * the worker after the test, when the next test's handlers do not answer it.
 */
export async function asked(part: string, count = 1): Promise<void> {
  const answered = () => requests.filter((r) => r.url.includes(part)).length - [...pending.values()].filter((r) => r.url.includes(part)).length;
  await waitUntil(() => answered() >= count, `${count} answered request(s) for ${part} expected, ${answered()} seen`);
}

export function use(...handlers: RequestHandler[]) {
  worker.use(...handlers);
}
