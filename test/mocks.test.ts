import { expect, waitUntil } from '@open-wc/testing';
import { handlers, scenarios, stageGates, type Scenario } from '../src/mocks/index.js';
import { captureSaves, downloadLink, mount, recordEvents, requests, settle, shadow, use } from './support/card.js';
import type { CardState } from '../src/define.js';

// What QA gets from each scenario: the state the real card lands in, and what a click then does.
const expectations: [Scenario, CardState, 'saved' | 'alert' | null][] = [
  ['eligible', 'eligible', 'saved'],
  ['eligible-list', 'eligible', 'saved'],
  ['eligible-bare', 'eligible', 'saved'],
  ['eligible-with-content', 'eligible', 'saved'],
  ['not-eligible', 'not-eligible', null],
  ['toggle-off', 'flag-off', null],
  ['toggle-error', 'flag-off', null],
  ['signed-out', 'unauthorized', null],
  ['not-loa3', 'unauthorized', null],
  ['eligibility-error', 'eligibility-error', null],
  ['eligibility-malformed', 'eligibility-error', null],
  ['slow-eligibility', 'eligible', 'saved'],
  ['download-error', 'eligible', 'alert'],
  ['download-not-pdf', 'eligible', 'alert'],
  ['slow-download', 'eligible', 'saved'],
];

describe('QA mocks: every scenario drives the real card', () => {
  const events = recordEvents();
  const files = captureSaves();

  it('every scenario is covered here (staging-eligibility, 25 s long, in slow-endpoint.test.ts)', () => {
    expect([...expectations.map(([s]) => s), 'staging-eligibility'].sort()).to.deep.equal(Object.keys(scenarios).sort());
  });

  for (const [scenario, state, click] of expectations) {
    it(`${scenario} → ${state}${click ? `, a click → ${click === 'saved' ? 'the sample letter saved' : 'the error alert'}` : ''}`, async () => {
      use(...handlers(scenario, { slowMs: 400 }));
      const el = await mount('pdf="official"');
      if (scenario === 'slow-eligibility') await settle(el, 'loading-eligibility');
      await settle(el, state);
      if (scenario === 'eligible-with-content') expect(shadow(el).querySelector('[part="body"] p')!.textContent).to.contain('confirms that you are eligible');
      if (!click) return;
      downloadLink(el).click();
      if (scenario === 'slow-download') await waitUntil(() => shadow(el).querySelector('.card .progress[aria-live="polite"]')!.textContent!.includes('Loading your letter...'));
      if (click === 'saved') {
        await waitUntil(() => files.saved.length === 1, 'no file saved', { timeout: 3000 });
        await files.settled();
        expect(new TextDecoder().decode(files.saved[0].bytes)).to.contain('VETS Safe Travel Outreach Letter');
      } else {
        await waitUntil(() => shadow(el).querySelector('[role="alert"]'), 'no error alert');
      }
    });
  }

  it('the list and bare shapes are downloaded from the id-only URL', async () => {
    use(...handlers('eligible-bare'));
    const el = await mount('pdf="official"');
    await settle(el, 'eligible');
    downloadLink(el).click();
    await waitUntil(() => files.saved.length === 1);
    expect(requests.at(-1)!.url).to.match(/\/v0\/tsa_letter\/%7B73CD7B28-F695-4337-BBC1-2443A913ACF6%7D$/);
  });

  it('api-base: the handlers answer under any prefix', async () => {
    use(...handlers('not-eligible', { apiBase: `${location.origin}/api` }));
    const el = await mount(`api-base="${location.origin}/api"`);
    await settle(el, 'not-eligible');
    expect(events.of('tsa-letter-error')).to.deep.equal([]);
  });
});

describe('QA mocks: the toggle decided by Flipper for the signed-in user', () => {
  const cases: [string, Parameters<typeof stageGates>[0], string | undefined, CardState][] = [
    ['UAT, a UAT user', 'uat', 'vet1@example.com', 'eligible'],
    ['UAT, the email typed in capitals (VA.gov lowercases it)', 'uat', 'VET1@Example.com', 'eligible'],
    ['UAT, another user', 'uat', 'vet2@example.com', 'flag-off'],
    ['10 %, a user in bucket 7992 (not in UAT)', 'canary-10', 'vet1@example.com', 'eligible'],
    ['50 %, a user in bucket 83478', 'canary-50', 'vet2@example.com', 'flag-off'],
    ['100 %, anyone', 'all', 'vet2@example.com', 'eligible'],
    ['100 %, signed out: the toggle is on, eligibility says 401 in production', 'all', undefined, 'eligible'],
    ['rolled back, a former UAT user', 'rolled-back', 'vet1@example.com', 'flag-off'],
    ['off', 'off', 'vet1@example.com', 'flag-off'],
  ];
  for (const [name, stage, email, state] of cases) {
    it(name, async () => {
      // UAT holds vet1 only in the UAT cases, so that elsewhere the percentage alone decides.
      const uat = stage === 'uat' || stage === 'rolled-back' ? ['vet1@example.com'] : [];
      use(...handlers('eligible', { rollout: { gates: stageGates(stage, uat), email } }));
      const el = await mount();
      await settle(el, state);
    });
  }

  it('a stage read at each request: a rollback reaches the next page load', async () => {
    let stage: Parameters<typeof stageGates>[0] = 'all';
    use(...handlers('eligible', { rollout: { gates: () => stageGates(stage), email: 'vet2@example.com' } }));
    const first = await mount();
    await settle(first, 'eligible');
    stage = 'rolled-back';
    const second = await mount('flag-max-age="0"'); // a new page load: no toggle value carried over
    await settle(second, 'flag-off');
  });

  it('without `features`, the toggle comes back in both spellings', async () => {
    use(...handlers('eligible'));
    const body = await (await fetch('/v0/feature_toggles')).json();
    expect(body).to.deep.equal({
      data: { type: 'feature_toggles', features: [{ name: 'tsaSafeTravelLetter', value: true }, { name: 'tsa_safe_travel_letter', value: true }] },
    });
  });
});
