// Its own file: each test file gets a fresh page, so here jsPDF has never been loaded.
import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { http, HttpResponse } from 'msw';
import currentSnake from '../src/mocks/va-api/tsa-letter.d.snake.json';
import { captureSaves, eligibility, letterScripts, mount, recordEvents, settle, shadow, toggle, use } from './support/card.js';

describe('<tsa-letter-card>: the generator fails to load, then recovers', () => {
  const events = recordEvents();
  const files = captureSaves();

  it('focus starts the load; a failed load shows the error on click (phase "generate"); a retry works', async () => {
    let failing = true;
    use(
      toggle(true),
      eligibility(currentSnake),
      http.get(/letter-pdf/, () => (failing ? HttpResponse.text('Service Unavailable', { status: 503 }) : undefined)),
    );
    const el = await mount('pdf="generated"');
    await settle(el, 'eligible');
    expect(letterScripts()).to.deep.equal([]);

    // Keyboard focus is intent too; its failed load is silent until the Veteran clicks.
    const before = document.createElement('button');
    el.before(before);
    before.focus();
    await sendKeys({ press: 'Tab' });
    await waitUntil(() => letterScripts().length > 0, 'focus did not start the load');
    await new Promise((r) => setTimeout(r, 200));
    expect(shadow(el).querySelector('[role="alert"]'), 'no alert before a click').to.equal(null);

    await sendKeys({ press: 'Enter' });
    await waitUntil(() => shadow(el).querySelector('[role="alert"]'), 'no error alert', { timeout: 5000 });
    expect(el.state).to.equal('eligible');
    const [error] = events.of('tsa-letter-error');
    expect(error.phase).to.equal('generate');
    expect(files.saved).to.have.length(0);

    failing = false;
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => files.saved.length === 1, 'the retry saved nothing', { timeout: 8000 });
    await waitUntil(() => shadow(el).querySelector('[role="alert"]') === null, 'the alert stayed');
    before.remove();
  });
});
