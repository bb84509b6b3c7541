// The card's first request leaves in the task that connects it, before its first render: the
// card's own milliseconds start there (issue: the card's own milliseconds, as a real page meets
// them). Resource Timing dates a request from the fetch call, so its start says in which task it
// was made.
import { expect, fixture, html } from '@open-wc/testing';
import currentSnake from '../src/mocks/va-api/tsa-letter.d.snake.json';
import type { TsaLetterCard } from '../src/define.js';
import { delay } from 'msw';
import { eligibility, mount, requests, settle, toggle, use } from './support/card.js';

/** The start of the first request to `part` made at or after `since`, from Resource Timing. */
function requestStart(part: string, since: number): number | undefined {
  return performance.getEntriesByType('resource').find((e) => e.name.includes(part) && e.startTime >= since)?.startTime;
}

describe('The first request', () => {
  for (const [how, connect] of [
    ['appended by the page', (host: HTMLElement, card: HTMLElement) => host.append(card)],
    ['parsed from HTML', (host: HTMLElement) => void (host.innerHTML = '<tsa-letter-card></tsa-letter-card>')],
  ] as const) {
    it(`${how}: the toggle is asked for in the connecting task, before the card's first render`, async () => {
      use(toggle(true), eligibility(currentSnake));
      performance.clearResourceTimings(); // the buffer keeps 250 entries, which the runner's modules fill
      const host = await fixture<HTMLElement>(html`<div></div>`);
      const made = document.createElement('tsa-letter-card') as TsaLetterCard;
      // What the card has rendered when the flow starts (the state event comes just before the call).
      let renderedBefore: number | undefined;
      host.addEventListener('tsa-letter-state', (e) => {
        const card = e.target as TsaLetterCard;
        if ((e as CustomEvent).detail.state === 'loading-flag') renderedBefore = card.shadowRoot!.querySelectorAll('*').length;
      });
      const connectedAt = performance.now();
      connect(host, made);
      const card = host.querySelector<TsaLetterCard>('tsa-letter-card')!;
      // A timer set in the connecting task runs in a later task: the request must be older.
      const nextTask = await new Promise<number>((resolve) => setTimeout(() => resolve(performance.now())));
      await settle(card, 'eligible');
      expect(requests.map((r) => new URL(r.url).pathname)[0]).to.equal('/v0/feature_toggles');
      const started = requestStart('/v0/feature_toggles', connectedAt);
      expect(started, 'no Resource Timing entry for the toggle call').to.be.a('number');
      expect(started!, 'the toggle request left in a later task').to.be.below(nextTask);
      expect(renderedBefore, 'the flow waited for the first render').to.equal(0);
    });
  }
});

describe('The toggle request', () => {
  it("leaves before the loading-flag state reaches the page's listeners", async () => {
    use(toggle(true), eligibility(currentSnake));
    performance.clearResourceTimings();
    const host = await fixture<HTMLElement>(html`<div></div>`);
    let announcedAt: number | undefined;
    host.addEventListener('tsa-letter-state', (e) => {
      if ((e as CustomEvent).detail.state === 'loading-flag') announcedAt = performance.now();
    });
    const connectedAt = performance.now();
    host.append(document.createElement('tsa-letter-card'));
    await settle(host.querySelector<TsaLetterCard>('tsa-letter-card')!, 'eligible');
    const started = requestStart('/v0/feature_toggles', connectedAt);
    expect(announcedAt, 'no loading-flag state').to.be.a('number');
    expect(started, 'no Resource Timing entry for the toggle call').to.be.a('number');
    expect(started!).to.be.at.most(announcedAt!);
  });
});

describe('The eligibility request', () => {
  it("leaves before the toggle's report reaches the page's listeners", async () => {
    use(toggle(true), eligibility(currentSnake));
    performance.clearResourceTimings();
    const host = await fixture<HTMLElement>(html`<div></div>`);
    // A page's analytics listener on the toggle's report: the request must not wait for it.
    let reportedAt: number | undefined;
    host.addEventListener('tsa-letter-api', (e) => {
      if ((e as CustomEvent).detail.api === 'GET /v0/feature_toggles') reportedAt = performance.now();
    });
    const connectedAt = performance.now();
    host.append(document.createElement('tsa-letter-card'));
    await settle(host.querySelector<TsaLetterCard>('tsa-letter-card')!, 'eligible');
    const started = requestStart('/v0/tsa_letter', connectedAt);
    expect(reportedAt, 'the toggle call was not reported').to.be.a('number');
    expect(started, 'no Resource Timing entry for the eligibility call').to.be.a('number');
    expect(started!).to.be.at.most(reportedAt!);
  });
});

// The flow starts in a microtask queued as the card connects, before Lit's first update: what the
// page sets in that same task still applies, and the first update's view of the inputs (all of
// them "changed") does not start it twice.
describe('What the page sets in the connecting task', () => {
  const paths = () => requests.map((r) => `${r.method} ${new URL(r.url).pathname}`);

  it('a flagSource set just after append: no call to the toggle endpoint, one eligibility call', async () => {
    use(eligibility(currentSnake));
    const host = await fixture<HTMLElement>(html`<div></div>`);
    const card = document.createElement('tsa-letter-card') as TsaLetterCard;
    host.append(card);
    card.flagSource = { isEnabled: () => true };
    await settle(card, 'eligible');
    await delay(100);
    expect(paths()).to.deep.equal(['GET /v0/tsa_letter']);
  });

  it('attributes and properties set just after append: the flow starts once, with them', async () => {
    use(toggle(true), eligibility(currentSnake));
    const host = await fixture<HTMLElement>(html`<div></div>`);
    const card = document.createElement('tsa-letter-card') as TsaLetterCard;
    host.append(card);
    card.setAttribute('api-base', location.origin);
    card.pdf = 'generated';
    card.ungated = false;
    await settle(card, 'eligible');
    await delay(100);
    expect(paths()).to.deep.equal(['GET /v0/feature_toggles', 'GET /v0/tsa_letter']);
    expect(requests.every((r) => r.url.startsWith(`${location.origin}/v0/`))).to.equal(true);
  });

  it('parsed from HTML with every flow input as an attribute: one toggle call, one eligibility call', async () => {
    use(toggle(true), eligibility(currentSnake));
    const card = await mount(`api-base="${location.origin}" feature="tsa_safe_travel_letter" pdf="official"`);
    await settle(card, 'eligible');
    await delay(100);
    expect(paths()).to.deep.equal(['GET /v0/feature_toggles', 'GET /v0/tsa_letter']);
  });

  it('an input set again to the value it has: no new request', async () => {
    use(toggle(true), eligibility(currentSnake));
    const card = await mount('pdf="generated"');
    await settle(card, 'eligible');
    const source = { isEnabled: () => true };
    card.setAttribute('pdf', 'generated');
    card.feature = 'tsa_safe_travel_letter';
    card.apiBase = '';
    await card.updateComplete;
    await delay(100);
    expect(paths()).to.deep.equal(['GET /v0/feature_toggles', 'GET /v0/tsa_letter']);
    expect(card.state).to.equal('eligible');
    // A new value does restart it: the test could fail.
    card.flagSource = source;
    await settle(card, 'eligible');
    await delay(100);
    expect(paths()).to.deep.equal(['GET /v0/feature_toggles', 'GET /v0/tsa_letter', 'GET /v0/tsa_letter']);
  });
});
