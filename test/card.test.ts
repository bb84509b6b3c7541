import { expect, waitUntil } from '@open-wc/testing';
import { delay, http, HttpResponse } from 'msw';
import { text } from '../src/text.js';
import type { ApiStatus } from '../src/events.js';
import currentSnake from '../src/mocks/va-api/tsa-letter.d.snake.json';
import withContent from '../src/mocks/va-api/tsa-letter.d.with-content.camel.json';
import none from '../src/mocks/va-api/tsa-letter.d.none.json';
import error401 from '../src/mocks/va-api/error.401.json';
import error403 from '../src/mocks/va-api/error.403.json';
import error404 from '../src/mocks/va-api/error.404.json';
import error422 from '../src/mocks/va-api/error.422.json';
import error500 from '../src/mocks/va-api/error.500.json';
import error503 from '../src/mocks/va-api/error.503.json';
import { eligibility, expectOnlyAccept, hang, mount, recordEvents, requests, settle, shadow, toggle, use, visibleText, downloadLink } from './support/card.js';

const height = (el: Element) => el.getBoundingClientRect().height;

describe('<tsa-letter-card>: states and what each shows', () => {
  const events = recordEvents();

  it('eligible: the card with the exact heading, paragraphs and download link', async () => {
    use(toggle(true), eligibility(currentSnake));
    const el = await mount();
    await settle(el, 'eligible');
    const root = shadow(el);
    expect(root.querySelector('h3')!.textContent).to.equal(text.title);
    const paragraphs = [...root.querySelectorAll('[part="body"] p')].map((p) => p.textContent);
    expect(paragraphs).to.deep.equal([
      'The TSA PreCheck Application Fee Waiver Letter shows you’re eligible for free enrollment in Transportation Security Administration (TSA) PreCheck.',
      'You’ll need to print this letter and bring it with you when completing your TSA PreCheck application.',
    ]);
    const link = downloadLink(el);
    expect(link.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Download TSA PreCheck Application Fee Waiver Letter (PDF)');
    const abbr = link.querySelector('abbr')!;
    expect(abbr.textContent).to.equal('PDF');
    expect(abbr.title).to.equal('Portable Document Format');
    expect(link.getAttribute('download')).to.equal('TSA PreCheck Application Fee Waiver Letter.pdf');
    expect(link.getAttribute('type')).to.equal('application/pdf');
    expect(el.getAttribute('state')).to.equal('eligible');
    await expect(el).to.be.accessible();
  });

  it('eligible with letter content: its paragraphs replace the default ones, as text', async () => {
    const hostile = structuredClone(withContent);
    hostile.data.attributes.description.paragraphs.push('<img src=x onerror="window.__pwned=1"> & <b>bold</b>');
    use(toggle(true), eligibility(hostile));
    const el = await mount();
    await settle(el, 'eligible');
    const paragraphs = [...shadow(el).querySelectorAll('[part="body"] p')].map((p) => p.textContent);
    expect(paragraphs).to.deep.equal(hostile.data.attributes.description.paragraphs);
    expect(shadow(el).querySelector('[part="body"] img, [part="body"] b')).to.equal(null);
    expect(visibleText(el)).not.to.contain('shows you’re eligible');
    await expect(el).to.be.accessible();
  });

  it('loading-eligibility: the message in a polite live region, after the toggle', async () => {
    use(toggle(true), http.get('/v0/tsa_letter', hang));
    const el = await mount();
    await settle(el, 'loading-eligibility');
    const status = shadow(el).querySelector('.status[aria-live="polite"]')!;
    expect(status.textContent!.trim()).to.equal(text.loading);
    expect(text.loading).to.equal('Determining TSA PreCheck Application Fee Waiver Letter eligibility...');
    expect(shadow(el).querySelector('.spinner')!.getAttribute('aria-hidden')).to.equal('true');
    await expect(el).to.be.accessible();
    el.remove();
  });

  it('eligibility-error: the warning alert with the exact text', async () => {
    use(toggle(true), eligibility(error500, 500));
    const el = await mount();
    await settle(el, 'eligibility-error');
    const alert = shadow(el).querySelector('[part="alert"]')!;
    expect(alert.classList.contains('warning')).to.equal(true);
    expect(alert.querySelector('h3')!.textContent).to.equal('Warning Alert Some letters may not be available');
    expect(alert.querySelector('h3 .visually-hidden')!.textContent, 'the status, as va-alert reads it, hidden').to.equal('Warning Alert ');
    expect(alert.querySelector('p')!.textContent).to.equal(
      'One of our systems appears to be down. If you believe you’re missing a letter or document from the list above, please try again later.',
    );
    expect(alert.closest('[aria-live="polite"]'), 'announced politely').not.to.equal(null);
    expect(shadow(el).querySelector('[part="download"]')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  const nothingShown: [string, () => void, string][] = [
    ['flag-off', () => use(toggle(false)), 'flag-off'],
    ['not-eligible', () => use(toggle(true), eligibility(none)), 'not-eligible'],
    ['unauthorized (401)', () => use(toggle(true), eligibility(error401, 401)), 'unauthorized'],
    ['unauthorized (403)', () => use(toggle(true), eligibility(error403, 403)), 'unauthorized'],
  ];
  for (const [name, arrange, state] of nothingShown) {
    it(`${name}: nothing rendered, no space taken`, async () => {
      arrange();
      const el = await mount();
      await settle(el, state as never);
      expect(visibleText(el)).to.equal('');
      expect(height(el)).to.equal(0);
      expect(shadow(el).querySelector('[part="alert"]')).to.equal(null);
    });
  }

  it('loading-flag: nothing shown while the toggle is asked (no flash for users without it)', async () => {
    use(http.get('/v0/feature_toggles', hang));
    const el = await mount();
    await settle(el, 'loading-flag');
    expect(visibleText(el)).to.equal('');
    expect(height(el)).to.equal(0);
    // A block already, before the card's code brings the rest of its look: Firefox rebuilds the
    // accessible tree of a host whose display changes, and the loading message would go unspoken.
    expect(getComputedStyle(el).display).to.equal('block');
    el.remove();
  });

  for (const [flag, state] of [[false, 'flag-off'], [true, 'not-eligible']] as const) {
    it(`${state}: a screen reader finds nothing either (a plain polite region, no role="status")`, async () => {
      use(toggle(flag), eligibility(none));
      const el = await mount();
      await settle(el, state);
      // Orca reads an empty role="status" as "statusbar" when it reads the page through.
      expect(shadow(el).querySelector('[role]')).to.equal(null);
      const region = shadow(el).querySelector('.status')!;
      expect(region.getAttribute('aria-live')).to.equal('polite');
      expect(region.textContent!.trim()).to.equal('');
      expect(height(el)).to.equal(0);
    });
  }

  it('idle before it is connected', () => {
    const el = document.createElement('tsa-letter-card');
    expect(el.state).to.equal('idle');
  });

  it('fires tsa-letter-state for every change, with the previous state', async () => {
    use(toggle(true), eligibility(currentSnake));
    const el = await mount();
    await settle(el, 'eligible');
    expect(events.of('tsa-letter-state')).to.deep.equal([
      { state: 'loading-flag', previous: 'idle', shows: false, empty: false, unavailable: false },
      { state: 'loading-eligibility', previous: 'loading-flag', shows: true, empty: false, unavailable: false },
      { state: 'eligible', previous: 'loading-eligibility', shows: true, empty: false, unavailable: false },
    ]);
  });

  it('state is read-only', async () => {
    use(toggle(false));
    const el = await mount();
    await settle(el, 'flag-off');
    expect(() => ((el as unknown as { state: string }).state = 'eligible')).to.throw();
    expect(el.state).to.equal('flag-off');
  });
});

describe('<tsa-letter-card>: heading-level', () => {
  for (const [attribute, tag] of [
    ['2', 'H2'],
    ['3', 'H3'],
    ['4', 'H4'],
    ['5', 'H5'],
    ['6', 'H6'],
    ['1', 'H3'],
    ['7', 'H3'],
    ['x', 'H3'],
  ]) {
    it(`heading-level="${attribute}" gives an ${tag}, in the card and in the alert`, async () => {
      use(toggle(true), eligibility(currentSnake));
      const el = await mount(`heading-level="${attribute}"`);
      await settle(el, 'eligible');
      expect(shadow(el).querySelector('[part="heading"]')!.tagName).to.equal(tag);
      use(eligibility(error500, 500));
      el.feature = 'restart';
      use(http.get('/v0/feature_toggles', () => HttpResponse.json({ data: { features: [{ name: 'restart', value: true }] } })));
      await settle(el, 'eligibility-error');
      expect(shadow(el).querySelector('[part="alert"] .heading')!.tagName).to.equal(tag);
    });
  }

  it('the property changes the heading live', async () => {
    use(toggle(true), eligibility(currentSnake));
    const el = await mount();
    await settle(el, 'eligible');
    el.headingLevel = 2;
    await el.updateComplete;
    expect(shadow(el).querySelector('[part="heading"]')!.tagName).to.equal('H2');
  });
});

describe('<tsa-letter-card>: the toggle', () => {
  const events = recordEvents();

  it('asks for its toggle by name, with cookies and an Accept header only', async () => {
    use(toggle(false));
    const el = await mount();
    await settle(el, 'flag-off');
    expect(requests.map((r) => r.url)).to.deep.equal([`${location.origin}/v0/feature_toggles?features=tsa_safe_travel_letter`]);
    const [request] = requests;
    expect(request.credentials).to.equal('include');
    expectOnlyAccept(request, 'application/json');
    expect(events.of('tsa-letter-error')).to.deep.equal([], 'a toggle that is off is not a failure');
    expect(events.of('tsa-letter-api')).to.have.length(1);
    expect(events.of('tsa-letter-api')[0]).to.include({ api: 'GET /v0/feature_toggles', status: 'successful', httpStatus: 200 });
  });

  it('a custom feature name is asked for and read back', async () => {
    use(
      http.get('/v0/feature_toggles', ({ request }) =>
        HttpResponse.json({ data: { features: [{ name: new URL(request.url).searchParams.get('features'), value: true }] } }),
      ),
      eligibility(none),
    );
    const el = await mount('feature="my_letter_toggle"');
    await settle(el, 'not-eligible');
    expect(requests[0].url).to.contain('features=my_letter_toggle');
  });

  it('accepts the camelCase spelling', async () => {
    use(http.get('/v0/feature_toggles', () => HttpResponse.json({ data: { features: [{ name: 'tsaSafeTravelLetter', value: true }] } })), eligibility(none));
    const el = await mount();
    await settle(el, 'not-eligible');
  });

  const failures: [string, () => Response | Promise<Response>, number | undefined][] = [
    ['a missing entry', () => HttpResponse.json({ data: { features: [] } }), 200],
    ['a non-boolean value', () => HttpResponse.json({ data: { features: [{ name: 'tsa_safe_travel_letter', value: 'true' }] } }), 200],
    ['a 500', () => HttpResponse.json(error500, { status: 500 }), 500],
    ['a 404', () => HttpResponse.json(error404, { status: 404 }), 404],
    ['malformed JSON', () => new HttpResponse('{"data":{"features":[', { headers: { 'Content-Type': 'application/json' } }), 200],
    ['an HTML page', () => new HttpResponse('<!doctype html><p>Maintenance</p>', { headers: { 'Content-Type': 'text/html' } }), 200],
    ['a network error', () => HttpResponse.error(), undefined],
  ];
  for (const [name, respond, httpStatus] of failures) {
    it(`${name} means off: flag-off, an error event, and no eligibility call`, async () => {
      use(http.get('/v0/feature_toggles', respond));
      const el = await mount();
      await settle(el, 'flag-off');
      expect(visibleText(el)).to.equal('');
      const [error] = events.of('tsa-letter-error');
      expect(error.phase).to.equal('flag');
      expect(error.httpStatus).to.equal(httpStatus);
      expect(error.message).to.be.a('string').and.not.equal('');
      expect(events.of('tsa-letter-api')[0]).to.include({ api: 'GET /v0/feature_toggles', status: 'error' });
      expect(requests.filter((r) => r.url.includes('/v0/tsa_letter'))).to.have.length(0);
    });
  }
});

describe('<tsa-letter-card>: eligibility', () => {
  const events = recordEvents();

  it('is asked only after the toggle has answered, never in parallel', async () => {
    const log: string[] = [];
    use(
      http.get('/v0/feature_toggles', async () => {
        log.push('toggle asked');
        await delay(150);
        log.push('toggle answered');
        return HttpResponse.json({ data: { features: [{ name: 'tsa_safe_travel_letter', value: true }] } });
      }),
      http.get('/v0/tsa_letter', () => {
        log.push('eligibility asked');
        return HttpResponse.json(currentSnake);
      }),
    );
    const el = await mount();
    await settle(el, 'eligible');
    expect(log).to.deep.equal(['toggle asked', 'toggle answered', 'eligibility asked']);
  });

  it('is never asked when the toggle is off', async () => {
    use(toggle(false));
    const el = await mount();
    await settle(el, 'flag-off');
    await delay(100);
    expect(requests.map((r) => new URL(r.url).pathname)).to.deep.equal(['/v0/feature_toggles']);
  });

  it('ungated: no toggle call at all', async () => {
    use(eligibility(currentSnake));
    const el = await mount('ungated');
    await settle(el, 'eligible');
    expect(requests.map((r) => new URL(r.url).pathname)).to.deep.equal(['/v0/tsa_letter']);
    expect(events.of('tsa-letter-state')[0]).to.deep.equal({ state: 'loading-eligibility', previous: 'idle', shows: true, empty: false, unavailable: false });
  });

  it('sends cookies and only an Accept header, to api-base', async () => {
    use(http.get('https://api.va.gov/v0/feature_toggles', () => HttpResponse.json({ data: { features: [{ name: 'tsa_safe_travel_letter', value: true }] } })));
    use(http.get('https://api.va.gov/v0/tsa_letter', () => HttpResponse.json(none)));
    const el = await mount('api-base="https://api.va.gov"');
    await settle(el, 'not-eligible');
    const request = requests.find((r) => r.url === 'https://api.va.gov/v0/tsa_letter')!;
    expect(request.credentials).to.equal('include');
    expectOnlyAccept(request, 'application/json');
  });

  // 401 and 403 are answers about the Veteran, not the endpoint failing: `unauthorized`, no error.
  const table: [string, () => ReturnType<typeof eligibility>, string, ApiStatus, boolean | undefined][] = [
    ['200, current shape', () => eligibility(currentSnake), 'eligible', 'successful', true],
    ['200, no letter', () => eligibility(none), 'not-eligible', 'successful', false],
    ['401', () => eligibility(error401, 401), 'unauthorized', 'unauthorized', undefined],
    ['403', () => eligibility(error403, 403), 'unauthorized', 'unauthorized', undefined],
    ['404', () => eligibility(error404, 404), 'not-eligible', 'successful', false],
    ['422', () => eligibility(error422, 422), 'eligibility-error', 'error', undefined],
    ['429', () => eligibility({ errors: [] }, 429), 'eligibility-error', 'error', undefined],
    ['500', () => eligibility(error500, 500), 'eligibility-error', 'error', undefined],
    ['503', () => eligibility(error503, 503), 'eligibility-error', 'error', undefined],
  ];
  for (const [name, handler, state, status, hasLetter] of table) {
    it(`${name} → ${state}`, async () => {
      use(toggle(true), handler());
      const el = await mount();
      await settle(el, state as never);
      const api = events.of('tsa-letter-api').find((e) => e.api === 'GET /v0/tsa_letter')!;
      expect(api.status).to.equal(status);
      expect(api.httpStatus).to.equal(Number(name.slice(0, 3)));
      expect(api.hasLetter).to.equal(hasLetter);
      expect(api.durationMs).to.be.a('number').at.least(0);
      const errors = events.of('tsa-letter-error');
      if (status === 'error') expect(errors).to.deep.include({ phase: 'eligibility', httpStatus: api.httpStatus, message: errors[0]?.message });
      else expect(errors).to.deep.equal([]);
      if (state === 'unauthorized') expect(shadow(el).querySelector('[part="alert"]'), 'not an error alert').to.equal(null);
    });
  }

  it('a network error → eligibility-error, with no httpStatus', async () => {
    use(toggle(true), http.get('/v0/tsa_letter', () => HttpResponse.error()));
    const el = await mount();
    await settle(el, 'eligibility-error');
    expect(events.of('tsa-letter-error')).to.have.length(1);
    expect(events.of('tsa-letter-error')[0].phase).to.equal('eligibility');
    expect(events.of('tsa-letter-error')[0]).not.to.have.property('httpStatus');
  });
});

describe('<tsa-letter-card>: its lifecycle', () => {
  const events = recordEvents();

  it('stops when removed from the page: the late answer is never processed', async () => {
    use(
      toggle(true),
      http.get('/v0/tsa_letter', async () => {
        await delay(300);
        return HttpResponse.json(currentSnake);
      }),
    );
    const el = await mount();
    await settle(el, 'loading-eligibility');
    el.remove();
    await delay(500);
    expect(el.state).to.equal('loading-eligibility');
    expect(events.of('tsa-letter-api').map((e) => e.api)).to.deep.equal(['GET /v0/feature_toggles']);
  });

  it('starts again when re-added, reusing a toggle value younger than flag-max-age', async () => {
    use(toggle(true), eligibility(currentSnake));
    const el = await mount();
    await settle(el, 'eligible');
    const parent = el.parentElement!;
    el.remove();
    requests.length = 0;
    parent.append(el);
    await settle(el, 'eligible');
    expect(requests.map((r) => new URL(r.url).pathname)).to.deep.equal(['/v0/tsa_letter']);
  });

  it('with flag-max-age="0", a re-added card asks for the toggle again', async () => {
    use(toggle(true), eligibility(currentSnake));
    const el = await mount('flag-max-age="0"');
    await settle(el, 'eligible');
    const parent = el.parentElement!;
    el.remove();
    requests.length = 0;
    parent.append(el);
    await waitUntil(() => requests.length === 2, 'no new requests after re-adding');
    await settle(el, 'eligible');
    expect(requests.map((r) => new URL(r.url).pathname)).to.deep.equal(['/v0/feature_toggles', '/v0/tsa_letter']);
  });

  it('a change of api-base mid-flight restarts; the older answer is never rendered', async () => {
    const other = `${location.origin}/other`;
    use(
      toggle(true),
      http.get('/v0/tsa_letter', async () => {
        await delay(300);
        return HttpResponse.json(currentSnake);
      }),
      http.get(`${other}/v0/feature_toggles`, () => HttpResponse.json({ data: { features: [{ name: 'tsa_safe_travel_letter', value: true }] } })),
      http.get(`${other}/v0/tsa_letter`, () => HttpResponse.json(none)),
    );
    const el = await mount();
    await settle(el, 'loading-eligibility');
    el.apiBase = other;
    await settle(el, 'not-eligible');
    await delay(500);
    expect(el.state).to.equal('not-eligible');
    expect(events.of('tsa-letter-state').map((e) => e.state)).not.to.include('eligible');
  });

  for (const [name, change] of [
    ['feature', (el: HTMLElement) => el.setAttribute('feature', 'tsa_safe_travel_letter_v2')],
    ['ungated', (el: HTMLElement) => el.setAttribute('ungated', '')],
    ['pdf', (el: HTMLElement) => el.setAttribute('pdf', 'official')],
  ] as const) {
    it(`a change of ${name} restarts the flow`, async () => {
      use(
        http.get('/v0/feature_toggles', ({ request }) =>
          HttpResponse.json({ data: { features: [{ name: new URL(request.url).searchParams.get('features'), value: true }] } }),
        ),
        http.get('/v0/tsa_letter', async () => {
          await delay(200);
          return HttpResponse.json(currentSnake);
        }),
      );
      const el = await mount();
      await settle(el, 'loading-eligibility');
      change(el);
      await settle(el, 'eligible');
      expect(requests.filter((r) => r.url.endsWith('/v0/tsa_letter'))).to.have.length(2);
      expect(events.of('tsa-letter-api').filter((e) => e.api === 'GET /v0/tsa_letter'), 'the aborted call is not reported').to.have.length(1);
    });
  }

  it('three cards on one page share one toggle request', async () => {
    use(toggle(true), eligibility(currentSnake));
    const host = document.createElement('div');
    host.innerHTML = '<tsa-letter-card></tsa-letter-card>'.repeat(3);
    document.body.append(host);
    try {
      const cards = [...host.children] as HTMLElementTagNameMap['tsa-letter-card'][];
      for (const card of cards) await settle(card, 'eligible');
      expect(requests.filter((r) => r.url.includes('/v0/feature_toggles'))).to.have.length(1);
      expect(requests.filter((r) => r.url.endsWith('/v0/tsa_letter'))).to.have.length(3);
      expect(events.of('tsa-letter-api').filter((e) => e.api === 'GET /v0/feature_toggles'), 'one call, reported once').to.have.length(1);
    } finally {
      host.remove();
    }
  });

  it('a card removed while sharing the toggle request does not stop the others', async () => {
    use(
      http.get('/v0/feature_toggles', async () => {
        await delay(200);
        return HttpResponse.json({ data: { features: [{ name: 'tsa_safe_travel_letter', value: true }] } });
      }),
      eligibility(none),
    );
    const host = document.createElement('div');
    host.innerHTML = '<tsa-letter-card></tsa-letter-card>'.repeat(2);
    document.body.append(host);
    try {
      const [first, second] = [...host.children] as HTMLElementTagNameMap['tsa-letter-card'][];
      await settle(first, 'loading-flag');
      first.remove();
      await settle(second, 'not-eligible');
      expect(requests.filter((r) => r.url.includes('/v0/feature_toggles'))).to.have.length(1);
    } finally {
      host.remove();
    }
  });
});

describe('<tsa-letter-card>: custom states for the page’s CSS', () => {
  it('the state is a custom state too: :state(eligible), and only that one', async () => {
    use(toggle(true), eligibility(currentSnake));
    const el = await mount();
    await settle(el, 'eligible');
    expect(el.matches(':state(eligible)')).to.equal(true);
    expect(el.matches(':state(loading-eligibility)')).to.equal(false);
    expect(el.matches(':state(loading-flag)')).to.equal(false);
  });

  it('follows every change', async () => {
    use(toggle(false));
    const el = await mount();
    await settle(el, 'flag-off');
    expect(el.matches(':state(flag-off)')).to.equal(true);
  });

  it('the class says its version', async () => {
    const { TsaLetterCard } = await import('../src/define.js');
    expect(TsaLetterCard.version).to.match(/^\d+\.\d+\.\d+/);
  });
});
