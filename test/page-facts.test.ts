// What a page knows already (the toggle, the Veteran's level of assurance) and what the card tells
// the page back (`shows`, `empty`, `unavailable`): the letters page decides its list, its empty state and its
// one warning on these, without naming the card's states.
import { expect } from '@open-wc/testing';
import { http, HttpResponse } from 'msw';
import currentSnake from '../src/mocks/va-api/tsa-letter.d.snake.json';
import none from '../src/mocks/va-api/tsa-letter.d.none.json';
import error500 from '../src/mocks/va-api/error.500.json';
import type { CardState } from '../src/define.js';
import { eligibility, mount, recordEvents, requests, settle, toggle, use } from './support/card.js';

type Entry = Record<string, unknown>;
const page = window as unknown as { dataLayer?: Entry[] };
const paths = () => requests.map((r) => new URL(r.url).pathname);

describe('The page says what it knows: `flag` and `loa`', () => {
  const events = recordEvents();
  beforeEach(() => (page.dataLayer = []));
  afterEach(() => delete page.dataLayer);

  const flags: [string, string, CardState, string[]][] = [
    ['flag (present)', 'flag', 'eligible', ['/v0/tsa_letter']],
    ['flag="true" (React 18 and earlier write a boolean so)', 'flag="true"', 'eligible', ['/v0/tsa_letter']],
    ['flag="on"', 'flag="on"', 'eligible', ['/v0/tsa_letter']],
    ['flag="false"', 'flag="false"', 'flag-off', []],
    ['flag="off"', 'flag="off"', 'flag-off', []],
  ];
  for (const [name, attributes, state, asked] of flags) {
    it(`${name}: no toggle request; ${state}`, async () => {
      use(eligibility(currentSnake));
      const el = await mount(attributes);
      await settle(el, state);
      expect(paths()).to.deep.equal(asked);
      expect(events.of('tsa-letter-api').map((e) => e.api), 'no toggle call is reported').not.to.include('GET /v0/feature_toggles');
    });
  }

  it('the `flag` property (React 19 and the wrapper set it): false is off, with no request', async () => {
    const el = document.createElement('tsa-letter-card');
    el.flag = false;
    document.body.append(el);
    await settle(el, 'flag-off');
    expect(paths()).to.deep.equal([]);
    el.remove();
  });

  it('the page turning its flag off (a rollback it hears of) hides the card and asks nothing', async () => {
    use(eligibility(currentSnake));
    const el = await mount('flag');
    await settle(el, 'eligible');
    el.flag = false;
    await settle(el, 'flag-off');
    expect(paths()).to.deep.equal(['/v0/tsa_letter']);
  });

  it('without `flag`, the card asks for the toggle as before', async () => {
    use(toggle(true), eligibility(currentSnake));
    await settle(await mount(), 'eligible');
    expect(paths()).to.deep.equal(['/v0/feature_toggles', '/v0/tsa_letter']);
  });

  for (const loa of [1, 2]) {
    it(`loa="${loa}": unauthorized with no eligibility request, no error, nothing pushed`, async () => {
      const el = await mount(`flag loa="${loa}"`);
      await settle(el, 'unauthorized');
      expect(paths()).to.deep.equal([]);
      expect(events.of('tsa-letter-api')).to.deep.equal([]);
      expect(events.of('tsa-letter-error')).to.deep.equal([]);
      expect(page.dataLayer).to.deep.equal([]);
      expect(el.empty).to.equal(true);
    });
  }

  it('loa="1" with the toggle off: flag-off, nothing asked', async () => {
    const el = await mount('flag="false" loa="1"');
    await settle(el, 'flag-off');
    expect(paths()).to.deep.equal([]);
  });

  it('loa="3" asks for eligibility', async () => {
    use(eligibility(currentSnake));
    const el = await mount('flag loa="3"');
    await settle(el, 'eligible');
    expect(paths()).to.deep.equal(['/v0/tsa_letter']);
  });

  it('an LOA3 Veteran the API still refuses (403, no ICN): unauthorized, reported as such, not as an error', async () => {
    use(eligibility({ errors: [] }, 403));
    const el = await mount('flag loa="3"');
    await settle(el, 'unauthorized');
    expect(events.of('tsa-letter-api')).to.have.length(1);
    expect(events.of('tsa-letter-api')[0]).to.include({ status: 'unauthorized', httpStatus: 403 });
    expect(events.of('tsa-letter-error')).to.deep.equal([]);
    expect(page.dataLayer).to.deep.equal([]);
  });
});

describe('What the card tells the page: `shows`, `empty` and `unavailable`', () => {
  const events = recordEvents();

  // [scenario, handlers, the page's slots, final state, empty, unavailable]
  const table: [string, () => void, string, CardState, boolean, boolean][] = [
    ['eligible', () => use(eligibility(currentSnake)), '', 'eligible', false, false],
    ['no letter', () => use(eligibility(none)), '', 'not-eligible', true, false],
    ['no letter, the page explains', () => use(eligibility(none)), '<p slot="not-eligible">Why not</p>', 'not-eligible', false, false],
    ['signed out (401)', () => use(eligibility({ errors: [] }, 401)), '', 'unauthorized', true, false],
    ['an outage, the card warns', () => use(eligibility(error500, 500)), '', 'eligibility-error', false, true],
    ['an outage, the page warns (empty slot)', () => use(eligibility(error500, 500)), '<div slot="eligibility-error"></div>', 'eligibility-error', true, true],
    ['an outage, the page’s own words in the slot', () => use(eligibility(error500, 500)), '<p slot="eligibility-error">Down</p>', 'eligibility-error', false, true],
    ['a network error, the page warns', () => use(http.get('/v0/tsa_letter', () => HttpResponse.error())), '<div slot="eligibility-error"></div>', 'eligibility-error', true, true],
  ];
  for (const [name, serve, slots, state, empty, unavailable] of table) {
    it(`${name}: ${state}, empty ${empty}, unavailable ${unavailable}, in the properties, the attributes and the event`, async () => {
      serve();
      const host = await mount('flag');
      host.innerHTML = slots;
      await settle(host, state);
      const expected = { shows: !empty, empty, unavailable };
      expect({ shows: host.shows, empty: host.empty, unavailable: host.unavailable }).to.deep.equal(expected);
      expect({ shows: host.hasAttribute('shows'), empty: host.hasAttribute('empty'), unavailable: host.hasAttribute('unavailable') }).to.deep.equal(expected);
      const { shows: s, empty: e, unavailable: u } = events.of('tsa-letter-state').at(-1)!;
      expect({ shows: s, empty: e, unavailable: u }).to.deep.equal(expected);
      // Before the answer: nothing claimed while asking for the toggle, the loading message after it.
      expect(events.of('tsa-letter-state').slice(0, -1).map((d) => [d.state, d.shows, d.empty, d.unavailable])).to.deep.equal([
        ['loading-flag', false, false, false],
        ['loading-eligibility', true, false, false],
      ]);
      expect(host.getBoundingClientRect().height > 0, 'takes space only when it shows').to.equal(!empty);
    });
  }

  it('the toggle off: empty from the first event the page hears', async () => {
    const el = await mount('flag="false"');
    await settle(el, 'flag-off');
    expect(events.of('tsa-letter-state').map((e) => [e.shows, e.empty])).to.deep.equal([[false, false], [false, true]]);
    expect(el.hasAttribute('empty')).to.equal(true);
    expect(el.hasAttribute('shows')).to.equal(false);
  });
});

describe('In a DOM without ElementInternals (jsdom, where vets-website runs its unit tests)', () => {
  it('the card is made, runs its flow and tells the page, instead of throwing while React renders it', async () => {
    const attachInternals = Object.getOwnPropertyDescriptor(HTMLElement.prototype, 'attachInternals')!;
    delete (HTMLElement.prototype as Partial<HTMLElement>).attachInternals;
    let el: HTMLElement & { state: string; empty: boolean };
    try {
      el = document.createElement('tsa-letter-card') as typeof el;
    } finally {
      Object.defineProperty(HTMLElement.prototype, 'attachInternals', attachInternals);
    }
    el.setAttribute('flag', 'false');
    document.body.append(el);
    await settle(el as never, 'flag-off');
    expect(el.empty).to.equal(true);
    el.remove();
  });
});
