// Its own file: each test file gets a fresh page, so here the download code has never been loaded.
import { expect, waitUntil } from '@open-wc/testing';
import { http, HttpResponse } from 'msw';
import currentSnake from '../src/mocks/va-api/tsa-letter.d.snake.json';
import { captureSaves, downloadLink, eligibility, mount, recordEvents, settle, shadow, toggle, use, versionDownload } from './support/card.js';

describe('<tsa-letter-card>: the download code fails to load, then recovers', () => {
  const events = recordEvents();
  const files = captureSaves();

  it('official letter: the error alert (phase "download"), and a retry that works', async () => {
    let failing = true;
    use(
      toggle(true),
      eligibility(currentSnake),
      versionDownload(),
      http.get(/\/src\/delivery/, () => (failing ? HttpResponse.text('Bad Gateway', { status: 502 }) : undefined)),
    );
    const el = await mount('pdf="official"');
    await settle(el, 'eligible');
    downloadLink(el).click();
    await waitUntil(() => shadow(el).querySelector('[role="alert"]'), 'no error alert', { timeout: 5000 });
    expect(events.of('tsa-letter-error')[0].phase).to.equal('download');
    expect(el.state).to.equal('eligible');

    failing = false;
    downloadLink(el).click();
    await waitUntil(() => files.saved.length === 1, 'the retry saved nothing', { timeout: 5000 });
    await waitUntil(() => shadow(el).querySelector('[role="alert"]') === null, 'the alert stayed');
  });
});
