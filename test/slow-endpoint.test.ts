// Staging's eligibility endpoint took 20–30 s. A slow but good answer is never an error: the card
// waits (default limit 90 s, beyond VA.gov's own ~60 s), keeps the loading message meanwhile, and
// shows the letter. A real 25 s answer, as QA's "staging-eligibility" scenario gives it.
import { expect, waitUntil } from '@open-wc/testing';
import { handlers, STAGING_ELIGIBILITY_MS } from '../src/mocks/index.js';
import { text } from '../src/text.js';
import { mount, recordEvents, settle, shadow, use } from './support/card.js';

describe('<tsa-letter-card>: the eligibility endpoint as slow as staging', () => {
  const events = recordEvents();

  it('a 25 s answer: the loading message stays the whole time, then the card; no error', async function () {
    this.timeout(STAGING_ELIGIBILITY_MS + 20_000);
    expect(STAGING_ELIGIBILITY_MS).to.equal(25_000);
    use(...handlers('staging-eligibility'));
    const started = performance.now();
    const el = await mount();
    await settle(el, 'loading-eligibility');
    // Sampled through the wait: still loading, still saying so, nothing failed.
    while (performance.now() - started < STAGING_ELIGIBILITY_MS - 2000) {
      expect(el.state).to.equal('loading-eligibility');
      expect(shadow(el).querySelector('.status[aria-live="polite"]')!.textContent!.trim()).to.equal(text.loading);
      await new Promise((r) => setTimeout(r, 1000));
    }
    await waitUntil(() => el.state === 'eligible', 'the slow answer was never shown', { timeout: 15_000, interval: 100 });
    expect(performance.now() - started).to.be.at.least(STAGING_ELIGIBILITY_MS);
    expect(events.of('tsa-letter-error')).to.deep.equal([]);
    const call = events.of('tsa-letter-api').find((d) => d.api === 'GET /v0/tsa_letter')!;
    expect(call.status).to.equal('successful');
    expect(call.durationMs).to.be.at.least(STAGING_ELIGIBILITY_MS);
    await settle(el, 'eligible');
    expect(shadow(el).querySelector('[part="download"]')).not.to.equal(null);
  });
});
