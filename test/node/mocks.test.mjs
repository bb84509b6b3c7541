// The QA mocks in Node, imported by the package's own name (its exports map), with msw/node.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { setupServer } from 'msw/node';
import { evaluate, handlers, scenarios, stageGates } from 'tsa-letter-card/mocks';

const api = 'https://api.va.gov';
const server = setupServer();
before(() => server.listen({ onUnhandledRequest: 'error' }));
after(() => server.close());

const get = (path) => fetch(`${api}${path}`, { credentials: 'include', headers: { Accept: 'application/json' } });

describe('tsa-letter-card/mocks in Node (setupServer)', () => {
  it('eligible: the toggle, the current shape, and a real PDF', async () => {
    server.resetHandlers(...handlers('eligible', { apiBase: api }));
    const toggle = await (await get('/v0/feature_toggles?features=tsa_safe_travel_letter')).json();
    assert.deepEqual(toggle, { data: { type: 'feature_toggles', features: [{ name: 'tsa_safe_travel_letter', value: true }] } });
    const letter = await (await get('/v0/tsa_letter')).json();
    assert.equal(letter.data.attributes.document_id, 'c75438b4-47f8-44d3-9e35-798158591456');
    const pdf = await get(`/v0/tsa_letter/${letter.data.attributes.document_id}/version/${letter.data.attributes.document_version}/download`);
    assert.equal(pdf.headers.get('content-type'), 'application/pdf');
    assert.match(pdf.headers.get('content-disposition'), /VETS Safe Travel Outreach Letter\.pdf/);
    assert.equal(Buffer.from(await pdf.arrayBuffer()).subarray(0, 5).toString(), '%PDF-');
  });

  const statuses = { 'signed-out': 401, 'not-loa3': 403, 'eligibility-error': 503 };
  for (const [scenario, status] of Object.entries(statuses)) {
    it(`${scenario}: eligibility answers ${status}`, async () => {
      server.resetHandlers(...handlers(scenario, { apiBase: api }));
      assert.equal((await get('/v0/tsa_letter')).status, status);
    });
  }

  it('toggle-off and toggle-error', async () => {
    server.resetHandlers(...handlers('toggle-off', { apiBase: api }));
    assert.equal((await (await get('/v0/feature_toggles?features=tsa_safe_travel_letter')).json()).data.features[0].value, false);
    server.resetHandlers(...handlers('toggle-error', { apiBase: api }));
    assert.equal((await get('/v0/feature_toggles?features=tsa_safe_travel_letter')).status, 500);
  });

  it('the toggle decided by Flipper for a signed-in user, by stage', async () => {
    let stage = 'uat';
    server.resetHandlers(...handlers('eligible', { apiBase: api, rollout: { gates: () => stageGates(stage, ['qa.tester@va.gov']), email: 'QA.Tester@va.gov' } }));
    const value = async () => (await (await get('/v0/feature_toggles?features=tsa_safe_travel_letter')).json()).data.features[0].value;
    assert.equal(await value(), true);
    stage = 'rolled-back';
    assert.equal(await value(), false);
    assert.equal(evaluate('tsa_safe_travel_letter', { percentageOfActors: 10 }, { id: 'vet1@example.com' }).bucket, 7992);
  });

  it('names sixteen scenarios, each a set of handlers (staging-eligibility among them)', () => {
    assert.equal(Object.keys(scenarios).length, 16);
    assert.ok('staging-eligibility' in scenarios);
    for (const name of Object.keys(scenarios)) assert.ok(handlers(name).length >= 1, name);
  });
});
