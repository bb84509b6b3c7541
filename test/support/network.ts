/**
 * The API mocked at the network: MSW's service worker answers every request the card makes. A
 * request no handler answers fails the test that made it.
 */
import { setupWorker } from 'msw/browser';
import type { RequestHandler } from 'msw';

export const worker = setupWorker();
const unhandled: string[] = [];
/** Every request the worker saw, in order, as `METHOD url`. */
export const requests: Request[] = [];

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
  worker.events.on('request:start', ({ request }) => {
    if (new URL(request.url).pathname.startsWith('/v0/')) requests.push(request);
  });
});

afterEach(() => {
  worker.resetHandlers();
  requests.length = 0;
  const leftover = unhandled.splice(0);
  if (leftover.length) throw new Error(`Unhandled requests: ${leftover.join(', ')}`);
});

after(() => worker.stop());

export function use(...handlers: RequestHandler[]) {
  worker.use(...handlers);
}
