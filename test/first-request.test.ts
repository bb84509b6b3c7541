// The card's first request leaves in the task that connects it, before its first render: the
// card's own milliseconds start there (issue: the card's own milliseconds, as a real page meets
// them). Resource Timing dates a request from the fetch call, so its start says in which task it
// was made.
import { expect, fixture, html } from '@open-wc/testing';
import currentSnake from '../src/mocks/va-api/tsa-letter.d.snake.json';
import type { TsaLetterCard } from '../src/define.js';
import { eligibility, requests, settle, toggle, use } from './support/card.js';

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
