import { expect, waitUntil } from '@open-wc/testing';
import { http, HttpResponse } from 'msw';
import { handlers, stageGates } from '../src/mocks/index.js';
import currentSnake from '../src/mocks/va-api/tsa-letter.d.snake.json';
import none from '../src/mocks/va-api/tsa-letter.d.none.json';
import error500 from '../src/mocks/va-api/error.500.json';
import { captureSaves, downloadLink, eligibility, mount, recordEvents, settle, shadow, toggle, use, versionDownload } from './support/card.js';

type Entry = Record<string, unknown>;
const page = window as unknown as { dataLayer?: Entry[] };

describe('Analytics: VA.gov’s dataLayer payloads', () => {
  const events = recordEvents();
  const files = captureSaves();
  beforeEach(() => (page.dataLayer = []));
  afterEach(() => delete page.dataLayer);

  it('eligible, then a download: exactly these payloads, in order, with only these keys', async () => {
    use(toggle(true), eligibility(currentSnake), versionDownload());
    const el = await mount('pdf="official"');
    await settle(el, 'eligible');
    downloadLink(el).click();
    await waitUntil(() => files.saved.length === 1);
    expect(page.dataLayer).to.deep.equal([
      { event: 'api_call', 'api-name': 'GET /v0/tsa_letter', 'api-status': 'successful', 'has-letter': true },
      { event: 'letter-download', 'letter-type': 'TSA PreCheck Application Fee Waiver Letter' },
      { event: 'api_call', 'api-name': 'GET /v0/tsa_letter/:id/version/:version_id/download', 'api-status': 'successful' },
    ]);
  });

  it('not eligible: has-letter false', async () => {
    use(toggle(true), eligibility(none));
    await settle(await mount(), 'not-eligible');
    expect(page.dataLayer).to.deep.equal([{ event: 'api_call', 'api-name': 'GET /v0/tsa_letter', 'api-status': 'successful', 'has-letter': false }]);
  });

  it('an eligibility error: api-status error and no has-letter', async () => {
    use(toggle(true), eligibility(error500, 500));
    await settle(await mount(), 'eligibility-error');
    expect(page.dataLayer).to.deep.equal([{ event: 'api_call', 'api-name': 'GET /v0/tsa_letter', 'api-status': 'error' }]);
  });

  for (const [status, state] of [[401, 'signed out'], [403, 'not LOA3']] as const) {
    it(`${status} (${state}): nothing pushed, so neither the error rate nor the letter counts move`, async () => {
      use(toggle(true), eligibility({ errors: [] }, status));
      await settle(await mount(), 'unauthorized');
      expect(page.dataLayer).to.deep.equal([]);
      expect(events.of('tsa-letter-api').at(-1)).to.include({ api: 'GET /v0/tsa_letter', status: 'unauthorized', httpStatus: status });
      expect(events.of('tsa-letter-error'), 'not a failure').to.deep.equal([]);
    });
  }

  it('a failed download: api-status error', async () => {
    use(toggle(true), eligibility(currentSnake), versionDownload(() => HttpResponse.json(error500, { status: 500 })));
    const el = await mount('pdf="official"');
    await settle(el, 'eligible');
    downloadLink(el).click();
    await waitUntil(() => shadow(el).querySelector('[role="alert"]'));
    expect(page.dataLayer!.at(-1)).to.deep.equal({ event: 'api_call', 'api-name': 'GET /v0/tsa_letter/:id/version/:version_id/download', 'api-status': 'error' });
  });

  it('a generated letter: the click is counted, no API call is', async () => {
    use(toggle(true), eligibility(currentSnake));
    const el = await mount('pdf="generated"');
    await settle(el, 'eligible');
    downloadLink(el).click();
    await waitUntil(() => files.saved.length === 1, 'no file', { timeout: 8000 });
    expect(page.dataLayer!.slice(1)).to.deep.equal([{ event: 'letter-download', 'letter-type': 'TSA PreCheck Application Fee Waiver Letter' }]);
  });

  it('disable-analytics: nothing pushed, and the DOM events still fire', async () => {
    use(toggle(true), eligibility(currentSnake));
    await settle(await mount('disable-analytics'), 'eligible');
    expect(page.dataLayer).to.deep.equal([]);
    expect(events.of('tsa-letter-api').length).to.equal(2);
  });

  it('no window.dataLayer: nothing is created, nothing breaks', async () => {
    delete page.dataLayer;
    use(toggle(true), eligibility(currentSnake));
    await settle(await mount(), 'eligible');
    expect(page.dataLayer).to.equal(undefined);
  });
});

describe('Performance Timeline: one measure per call', () => {
  const events = recordEvents();
  const files = captureSaves();
  beforeEach(() => performance.clearMeasures());

  it('tsa-letter:toggle, tsa-letter:eligibility and tsa-letter:download, as long as the events say', async () => {
    use(toggle(true), eligibility(currentSnake), versionDownload());
    const el = await mount('pdf="official"');
    await settle(el, 'eligible');
    downloadLink(el).click();
    await waitUntil(() => files.saved.length === 1);
    const measures = performance.getEntriesByType('measure').filter((m) => m.name.startsWith('tsa-letter:'));
    expect(measures.map((m) => m.name)).to.deep.equal(['tsa-letter:toggle', 'tsa-letter:eligibility', 'tsa-letter:download']);
    const durations = events.of('tsa-letter-api').map((e) => e.durationMs);
    measures.forEach((m, i) => expect(Math.abs(m.duration - durations[i])).to.be.below(1));
  });
});

describe('Privacy: nothing personal leaves the card', () => {
  const events = recordEvents();
  const files = captureSaves();
  const secrets = {
    email: 'maria.nunez.secret@mail.test',
    name: 'María José Núñez-Secretname',
    icn: '1012845331V153043',
    documentId: '{5EC2E7A1-0000-4000-8000-5EC2E75EC2E7}',
    documentVersion: 'a1b2c3d4-5ec2-4e75-8ec2-e75ec2e75ec2',
  };
  const record = {
    data: {
      id: secrets.icn,
      type: 'tsa_letter',
      attributes: {
        document_id: secrets.documentId,
        document_version: secrets.documentVersion,
        modified_datetime: '2025-09-09T14:18:53',
        name: secrets.name,
        icn: secrets.icn,
        email: secrets.email,
        description: { paragraphs: [`Issued to ${secrets.name} (${secrets.email}), ICN ${secrets.icn}.`] },
      },
    },
  };
  const lines: string[] = [];
  const methods = ['log', 'info', 'warn', 'error', 'debug'] as const;
  const originals = methods.map((m) => console[m]);
  beforeEach(() => {
    (window as unknown as { dataLayer: unknown[] }).dataLayer = [];
    performance.clearMeasures();
    lines.length = 0;
    methods.forEach((m, i) => (console[m] = (...args: unknown[]) => (lines.push(args.map(String).join(' ')), originals[i].apply(console, args))));
  });
  afterEach(() => {
    methods.forEach((m, i) => (console[m] = originals[i]));
    delete (window as unknown as { dataLayer?: unknown[] }).dataLayer;
  });

  const leaks = () => {
    const everything = JSON.stringify({
      events: events.all,
      dataLayer: (window as unknown as { dataLayer: unknown[] }).dataLayer,
      measures: performance.getEntriesByType('measure').map((m) => m.name),
      console: lines,
    });
    return Object.entries(secrets).filter(([, value]) => everything.includes(value) || everything.includes(encodeURIComponent(value)));
  };

  it('an eligible Veteran with a name and email, who downloads both letters: no leak', async () => {
    use(
      ...handlers('eligible', { rollout: { gates: stageGates('uat', [secrets.email]), email: secrets.email } }),
      http.get('/v0/tsa_letter', () => HttpResponse.json(record)),
      versionDownload(),
    );
    const el = await mount('pdf="official"');
    el.recipientName = secrets.name;
    await settle(el, 'eligible');
    downloadLink(el).click();
    await waitUntil(() => files.saved.length === 1);
    el.pdf = 'generated';
    await el.updateComplete; // the change restarts the flow
    await settle(el, 'eligible');
    downloadLink(el).click();
    await waitUntil(() => files.saved.length === 2, 'no generated file', { timeout: 8000 });
    expect(events.all.length).to.be.greaterThan(8);
    expect(leaks()).to.deep.equal([]);
  });

  it('every failure, with the same record: no leak in errors either', async () => {
    use(toggle(true), http.get('/v0/tsa_letter', () => HttpResponse.json(record)), versionDownload(() => HttpResponse.json({ errors: [{ detail: `No letter ${secrets.documentId} for ${secrets.icn}` }] }, { status: 404 })));
    const el = await mount('pdf="official"');
    await settle(el, 'eligible');
    downloadLink(el).click();
    await waitUntil(() => shadow(el).querySelector('[role="alert"]'));
    use(http.get('/v0/tsa_letter', () => HttpResponse.json({ errors: [{ detail: `ICN ${secrets.icn} not found` }] }, { status: 422 })));
    el.feature = 'tsa_safe_travel_letter_again';
    use(toggle(true));
    await settle(el, 'eligibility-error');
    expect(events.of('tsa-letter-error').length).to.equal(2);
    expect(leaks()).to.deep.equal([]);
  });
});
