// Its own file: each test file gets a fresh page, so here the card's lazy code has never been loaded.
// The order matters: once a test has loaded the code, it stays loaded for the page.
import { expect, waitUntil } from '@open-wc/testing';
import { http, HttpResponse } from 'msw';
import currentSnake from '../src/mocks/va-api/tsa-letter.d.snake.json';
import { cardScripts, eligibility, mount, recordEvents, requests, settle, shadow, toggle, use } from './support/card.js';

describe('<tsa-letter-card>: the card\'s code loads only where the toggle is on', () => {
  const events = recordEvents();

  it('toggle off: the card\'s code is never requested', async () => {
    use(toggle(false));
    const el = await mount();
    await settle(el, 'flag-off');
    await new Promise((r) => setTimeout(r, 200));
    expect(cardScripts()).to.deep.equal([]);
  });

  it('the code fails to load: the eligibility-error state and an error event; no call counted; a restart recovers', async () => {
    let failing = true;
    use(
      toggle(true),
      eligibility(currentSnake),
      http.get(/\/src\/card\.ts/, () => (failing ? HttpResponse.text('Bad Gateway', { status: 502 }) : undefined)),
    );
    const el = await mount();
    await settle(el, 'eligibility-error');
    await waitUntil(() => cardScripts().length > 0, 'the card\'s code was never asked for');
    const [error] = events.of('tsa-letter-error');
    expect(error.phase).to.equal('eligibility');
    expect(error.message).to.match(/^The card could not load/);
    expect(error).not.to.have.property('httpStatus');
    // The call went out alongside the code, not after it; its answer went unread, so it is not
    // reported: only the toggle call is.
    expect(requests.map((r) => new URL(r.url).pathname)).to.include('/v0/tsa_letter');
    expect(events.of('tsa-letter-api').map((d) => d.api)).to.deep.equal(['GET /v0/feature_toggles']);
    // The loading message is the element's own, shown as the call leaves, before the code arrives.
    expect(events.of('tsa-letter-state').map((d) => d.state)).to.deep.equal(['loading-flag', 'loading-eligibility', 'eligibility-error']);
    // Nothing to show without the code; the live region is there, empty.
    expect(shadow(el).querySelector('.status[aria-live="polite"]')?.textContent?.trim()).to.equal('');

    failing = false;
    el.pdf = 'generated'; // any input change restarts the flow, and the load is tried again
    await settle(el, 'eligible');
    await waitUntil(() => shadow(el).querySelector('[part="download"]'), 'no card after the restart');
    await expect(el).to.be.accessible();
  });
});
