// Its own file, a fresh page: the bundle's chunks have never been loaded here. The order matters.
// A dropped connection while a chunk loads must not break the card for the page, in any engine
// (Firefox keeps a failed module for the page: `src/lazy.ts`).
import { expect, waitUntil } from '@open-wc/testing';
import { http, HttpResponse } from 'msw';
import { downloadHandlers, eligibilityHandler, toggleHandler } from '../src/mocks/index.js';
import currentSnake from '../src/mocks/va-api/tsa-letter.d.snake.json';
import { alertShown, link, mount, reach } from './support/bundle.js';
import { use } from './support/network.js';
import { captureSaves } from './support/saves.js';

describe('The built drop-in bundle recovers from a chunk that failed to load', () => {
  const files = captureSaves();

  it("the card's chunk fails once: eligibility-error; a restart loads it anew and the card shows", async () => {
    let failing = true;
    const chunkRequests: string[] = [];
    use(
      toggleHandler(true),
      eligibilityHandler(currentSnake),
      http.get(/\/dist\/card-[^/]*\.js/, ({ request }) => {
        chunkRequests.push(request.url);
        return failing ? HttpResponse.text('Bad Gateway', { status: 502 }) : undefined;
      }),
    );
    const el = await mount('pdf="generated"');
    await reach(el, 'eligibility-error');
    failing = false;
    el.pdf = 'official';
    await reach(el, 'eligible');
    await waitUntil(() => link(el), 'no card after the restart');
    expect(chunkRequests.length, 'the chunk was asked for again').to.equal(2);
  });

  it('the letter chunk fails once: the error on click; the next click loads it anew and saves one file', async () => {
    let failing = true;
    use(
      toggleHandler(true),
      eligibilityHandler(currentSnake),
      ...downloadHandlers(),
      http.get(/\/dist\/letter-pdf-[^/]*\.js/, () => (failing ? HttpResponse.text('Service Unavailable', { status: 503 }) : undefined)),
    );
    const el = await mount('pdf="generated"');
    await reach(el, 'eligible');
    await waitUntil(() => link(el), 'no download link');
    link(el).click();
    await waitUntil(() => alertShown(el), 'no error alert', { timeout: 8000 });
    expect(files.saved).to.have.length(0);
    failing = false;
    link(el).click();
    await waitUntil(() => files.saved.length > 0, 'the retry saved nothing', { timeout: 8000 });
    await files.settled();
    expect(files.saved).to.have.length(1);
    await waitUntil(() => !alertShown(el), 'the alert stayed');
  });
});
