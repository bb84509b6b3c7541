// The README's example for QA, kept true by running it: a page that embeds the card, tested in a
// real browser with the package's mocks.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { setupWorker } from 'msw/browser';
import { handlers, stageGates } from 'tsa-letter-card/mocks';
import { forgetToggles } from 'tsa-letter-card';

const worker = setupWorker();
before(() => worker.start({ quiet: true, onUnhandledRequest: 'bypass' }));
afterEach(() => {
  worker.resetHandlers();
  forgetToggles(); // the page keeps toggle values for 30 s; each test is a new page load
});
after(() => worker.stop());

describe('the letters page', () => {
  it('offers the TSA letter to an eligible Veteran', async () => {
    worker.use(...handlers('eligible'));
    const page = await fixture(html`<section><h2>Other letters</h2><tsa-letter-card></tsa-letter-card></section>`);
    const card = page.querySelector('tsa-letter-card')!;
    await waitUntil(() => card.getAttribute('state') === 'eligible');
    expect(card.shadowRoot!.textContent).to.contain('Download TSA PreCheck Application Fee Waiver Letter');
  });

  it('shows nothing while the toggle is off for this user at the 10 % stage', async () => {
    worker.use(...handlers('eligible', { rollout: { gates: stageGates('canary-10'), email: 'vet2@example.com' } }));
    const page = await fixture(html`<section><tsa-letter-card></tsa-letter-card></section>`);
    const card = page.querySelector('tsa-letter-card')!;
    await waitUntil(() => card.getAttribute('state') === 'flag-off');
    expect(card.getBoundingClientRect().height).to.equal(0);
  });

  it('warns when eligibility is down', async () => {
    worker.use(...handlers('eligibility-error'));
    const page = await fixture(html`<section><tsa-letter-card></tsa-letter-card></section>`);
    const card = page.querySelector('tsa-letter-card')!;
    await waitUntil(() => card.getAttribute('state') === 'eligibility-error');
    expect(card.shadowRoot!.textContent).to.contain('Some letters may not be available');
  });
});
