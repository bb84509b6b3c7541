import { setupWorker } from 'msw/browser';
import type { HttpHandler } from 'msw';

/**
 * One MSW worker for the whole demo. Each view owns the handlers under its own URL prefix (the
 * cards' `api-base`), so a change in one view never disturbs another.
 */
const worker = setupWorker();
const owned = new Map<string, HttpHandler[]>();

export async function startNetwork(): Promise<void> {
  await worker.start({
    serviceWorker: { url: `${import.meta.env.BASE_URL}mockServiceWorker.js` },
    onUnhandledRequest: 'bypass',
    quiet: true,
  });
}

/** Replaces the handlers a view owns. */
export function serve(view: string, handlers: HttpHandler[]): void {
  owned.set(view, handlers);
  worker.resetHandlers(...[...owned.values()].flat());
}
