// Its own file: each test file gets a fresh page, so here jsPDF has never been loaded.
import { expect, waitUntil } from '@open-wc/testing';
import { sendMouse } from '@web/test-runner-commands';
import { delay, http, passthrough } from 'msw';
import currentSnake from '../src/mocks/va-api/tsa-letter.d.snake.json';
import { captureSaves, downloadLink, eligibility, letterScripts, mount, settle, shadow, toggle, use } from './support/card.js';

describe('<tsa-letter-card>: jsPDF loads on intent, never on page load', () => {
  const files = captureSaves();

  it('nothing of the generator is requested until the pointer is over the link; a click before it has loaded waits, with the progress shown, and saves one file', async () => {
    // The network holds the generator back for a moment, as a slow connection would.
    let asked = false;
    use(
      toggle(true),
      eligibility(currentSnake),
      http.get(/letter-pdf/, async () => {
        asked = true;
        await delay(600);
        return passthrough();
      }),
    );
    const el = await mount('pdf="generated"');
    await settle(el, 'eligible');
    await new Promise((r) => setTimeout(r, 300));
    expect(letterScripts(), 'requested before any intent').to.deep.equal([]);

    const box = downloadLink(el).getBoundingClientRect();
    await sendMouse({ type: 'move', position: [Math.round(box.left + 20), Math.round(box.top + box.height / 2)] });
    // Asked for, not yet arrived (a resource timing entry appears only once it has loaded).
    await waitUntil(() => asked, 'hovering did not start the load');

    downloadLink(el).click();
    downloadLink(el).click();
    const status = shadow(el).querySelector('.card .progress[aria-live="polite"]')!;
    await waitUntil(() => status.textContent!.includes('Loading your letter...'), 'no progress while the generator loads');
    await expect(el).to.be.accessible();
    await waitUntil(() => files.saved.length === 1, 'no file saved', { timeout: 8000 });
    await waitUntil(() => status.textContent!.trim() === '', 'the progress stayed');
    await new Promise((r) => setTimeout(r, 300));
    expect(files.saved, 'two clicks, one file').to.have.length(1);
    expect(letterScripts().some((name) => name.includes('letter-pdf'))).to.equal(true);
    expect(letterScripts().some((name) => name.includes('jspdf'))).to.equal(true);
    await sendMouse({ type: 'move', position: [0, 0] });
  });
});
