import { expect } from '@open-wc/testing';
import { http, HttpResponse } from 'msw';
import { eligibilityRaw, hang, mount, recordEvents, settle, use, toggle } from './support/card.js';

// Whatever the API returns, the card lands in a defined state, fires tsa-letter-error, and nothing
// escapes to the host page (test/support/card.ts fails any test that sees an uncaught error).
describe('<tsa-letter-card>: bad input never breaks the host page', () => {
  const events = recordEvents();

  const eligibilityAnswers: [string, () => ReturnType<typeof eligibilityRaw>][] = [
    ['wrong types', () => eligibilityRaw(JSON.stringify({ data: { attributes: { document_id: 42, document_version: true } } }))],
    ['JSON that is a string', () => eligibilityRaw('"eligible"')],
    ['JSON null', () => eligibilityRaw('null')],
    ['an HTML page with status 200', () => eligibilityRaw('<!doctype html><html><body>Please sign in</body></html>', 200, 'text/html')],
    ['truncated JSON', () => eligibilityRaw('{"data":{"id":"","type":"tsa_letter","attributes":{"document_id":"c75')],
    ['an empty body', () => eligibilityRaw(null)],
    ['a body of bytes that are not UTF-8', () => eligibilityRaw(new Uint8Array([0xff, 0xfe, 0x00, 0x7b]))],
    ['a huge body (2 MB)', () => eligibilityRaw(JSON.stringify({ data: { attributes: { document_id: 'x'.repeat(2_000_000) } } }))],
    ['a network error', () => http.get('/v0/tsa_letter', () => HttpResponse.error())],
  ];
  for (const [name, handler] of eligibilityAnswers) {
    it(`eligibility answers ${name}: eligibility-error and an event`, async () => {
      use(toggle(true), handler());
      const el = await mount();
      await settle(el, 'eligibility-error');
      const errors = events.of('tsa-letter-error');
      expect(errors).to.have.length(1);
      expect(errors[0].phase).to.equal('eligibility');
      expect(errors[0].message).to.be.a('string').and.not.equal('');
    });
  }

  it('a hung eligibility connection times out (timeout="300"): eligibility-error', async () => {
    use(toggle(true), http.get('/v0/tsa_letter', hang));
    const el = await mount('timeout="300"');
    await settle(el, 'eligibility-error', 3000);
    expect(events.of('tsa-letter-error')[0]).to.deep.include({ phase: 'eligibility' });
    expect(events.of('tsa-letter-error')[0].message).to.contain('300 ms');
  });

  it('a body that starts and then hangs also times out', async () => {
    use(
      toggle(true),
      http.get('/v0/tsa_letter', () => {
        const stream = new ReadableStream({
          start(controller) {
            controller.enqueue(new TextEncoder().encode('{"data":'));
          },
        });
        return new HttpResponse(stream, { headers: { 'Content-Type': 'application/json' } });
      }),
    );
    const el = await mount('timeout="300"');
    await settle(el, 'eligibility-error', 3000);
  });

  it('a hung toggle connection times out: flag-off, and no eligibility call', async () => {
    use(http.get('/v0/feature_toggles', hang));
    const el = await mount('timeout="300"');
    await settle(el, 'flag-off', 3000);
    expect(events.of('tsa-letter-error')[0].phase).to.equal('flag');
  });

  it('the default timeout is 90 s: longer than VA.gov\'s own limits (30 s per upstream call, ~60 s at the proxy)', async () => {
    const el = document.createElement('tsa-letter-card');
    expect(el.timeout).to.equal(90_000);
  });
});
