import { expect, waitUntil } from '@open-wc/testing';
import { delay, http, HttpResponse } from 'msw';
import { clock } from '../src/toggle.js';
import currentSnake from '../src/mocks/va-api/tsa-letter.d.snake.json';
import { captureSaves, downloadLink, eligibility, mount, pdfResponse, recordEvents, requests, settle, toggle, use, versionDownload } from './support/card.js';

/** A toggle whose value the test flips, as a rollback in Flipper would. */
function switchable(initially: boolean) {
  const state = { on: initially };
  use(http.get('/v0/feature_toggles', () => HttpResponse.json({ data: { features: [{ name: 'tsa_safe_travel_letter', value: state.on }] } })));
  return state;
}

/** The tab goes hidden, then visible again: as switching away and back. */
function switchTabAwayAndBack() {
  for (const visibility of ['hidden', 'visible']) {
    Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => visibility });
    document.dispatchEvent(new Event('visibilitychange'));
  }
  delete (document as { visibilityState?: string }).visibilityState;
}

const toggleCalls = () => requests.filter((r) => r.url.includes('/v0/feature_toggles')).length;

describe('The kill switch: a visible tab re-asks for the toggle', () => {
  const events = recordEvents();
  const files = captureSaves();
  let now = 1_000_000;
  const realNow = clock.now;
  beforeEach(() => (clock.now = () => now));
  afterEach(() => (clock.now = realNow));
  const later = (ms: number) => (now += ms);

  it('a rollback: 30 s later, back on the tab, the card disappears and says so', async () => {
    const flag = switchable(true);
    use(eligibility(currentSnake));
    const el = await mount();
    await settle(el, 'eligible');
    flag.on = false;
    later(30_000);
    events.clear();
    switchTabAwayAndBack();
    await settle(el, 'flag-off');
    expect(el.getBoundingClientRect().height).to.equal(0);
    expect(events.of('tsa-letter-state')).to.deep.equal([{ state: 'flag-off', previous: 'eligible', shows: false, empty: true, unavailable: false }]);
    expect(events.of('tsa-letter-api')[0]).to.include({ api: 'GET /v0/feature_toggles', status: 'successful' });
    expect(toggleCalls()).to.equal(2);
  });

  it('less than 30 s later: no new request', async () => {
    const flag = switchable(true);
    use(eligibility(currentSnake));
    const el = await mount();
    await settle(el, 'eligible');
    flag.on = false;
    later(29_999);
    switchTabAwayAndBack();
    await delay(200);
    expect(toggleCalls()).to.equal(1);
    expect(el.state).to.equal('eligible');
  });

  it('a tab that only goes hidden asks nothing', async () => {
    switchable(true);
    use(eligibility(currentSnake));
    const el = await mount();
    await settle(el, 'eligible');
    later(60_000);
    Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => 'hidden' });
    document.dispatchEvent(new Event('visibilitychange'));
    delete (document as { visibilityState?: string }).visibilityState;
    await delay(200);
    expect(toggleCalls()).to.equal(1);
  });

  it('turned on while the card was off: the flow starts', async () => {
    const flag = switchable(false);
    use(eligibility(currentSnake));
    const el = await mount();
    await settle(el, 'flag-off');
    flag.on = true;
    later(31_000);
    switchTabAwayAndBack();
    await settle(el, 'eligible');
  });

  it('flag-max-age sets the interval', async () => {
    const flag = switchable(true);
    use(eligibility(currentSnake));
    const el = await mount('flag-max-age="5000"');
    await settle(el, 'eligible');
    flag.on = false;
    later(4_000);
    switchTabAwayAndBack();
    await delay(150);
    expect(el.state).to.equal('eligible');
    later(1_000);
    switchTabAwayAndBack();
    await settle(el, 'flag-off');
  });

  it('what is in flight is aborted: a late eligibility answer is never rendered', async () => {
    const flag = switchable(true);
    use(
      http.get('/v0/tsa_letter', async () => {
        await delay(400);
        return HttpResponse.json(currentSnake);
      }),
    );
    const el = await mount();
    await settle(el, 'loading-eligibility');
    flag.on = false;
    later(30_000);
    switchTabAwayAndBack();
    await settle(el, 'flag-off');
    await delay(600);
    expect(el.state).to.equal('flag-off');
    expect(events.of('tsa-letter-api').filter((e) => e.api === 'GET /v0/tsa_letter')).to.deep.equal([]);
  });

  it('a download in flight is aborted: no file is saved', async () => {
    const flag = switchable(true);
    use(
      eligibility(currentSnake),
      versionDownload(async () => {
        await delay(400);
        return pdfResponse();
      }),
    );
    const el = await mount('pdf="official"');
    await settle(el, 'eligible');
    downloadLink(el).click();
    await delay(50);
    flag.on = false;
    later(30_000);
    switchTabAwayAndBack();
    await settle(el, 'flag-off');
    await delay(600);
    expect(files.saved).to.deep.equal([]);
  });

  it('the kill switch lets the received letter go: back on, the open item asks again', async () => {
    const flag = switchable(true);
    use(eligibility(currentSnake), versionDownload());
    const el = await mount('layout="accordion" open');
    await settle(el, 'eligible');
    const downloads = () => requests.filter((r) => r.url.includes('/download')).length;
    await waitUntil(() => downloads() === 1 && events.of('tsa-letter-api').some((e) => e.api.endsWith('/download')));
    flag.on = false;
    later(30_000);
    switchTabAwayAndBack();
    await settle(el, 'flag-off');
    flag.on = true;
    later(30_000);
    switchTabAwayAndBack();
    await settle(el, 'eligible');
    await waitUntil(() => downloads() === 2, 'the letter was kept through the kill switch');
    downloadLink(el).click();
    await waitUntil(() => files.saved.length === 1);
    expect(downloads()).to.equal(2);
  });

  it('an ungated card never re-asks', async () => {
    use(eligibility(currentSnake), toggle(false));
    const el = await mount('ungated');
    await settle(el, 'eligible');
    later(60_000);
    switchTabAwayAndBack();
    await delay(200);
    expect(toggleCalls()).to.equal(0);
    expect(el.state).to.equal('eligible');
  });

  it('cards share a toggle value for flag-max-age, then ask again; nothing is stored beyond the page', async () => {
    switchable(true);
    use(eligibility(currentSnake));
    await settle(await mount(), 'eligible');
    later(10_000);
    await settle(await mount(), 'eligible');
    expect(toggleCalls(), 'a value 10 s old is shared').to.equal(1);
    later(20_000);
    await settle(await mount(), 'eligible');
    expect(toggleCalls(), 'a value 30 s old is not').to.equal(2);
    expect(Object.keys(localStorage).length + Object.keys(sessionStorage).length).to.equal(0);
    await waitUntil(() => true);
  });
});
