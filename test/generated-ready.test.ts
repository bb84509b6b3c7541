// The generated letter is built on the Veteran's intent, once jsPDF is in, so the click only hands
// it over; it is built again when what it says has changed.
import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import currentSnake from '../src/mocks/va-api/tsa-letter.d.snake.json';
import { captureSaves, downloadLink, eligibility, mount, recordEvents, requests, settle, toggle, use, versionDownload } from './support/card.js';
import { readPdf } from './support/pdf.js';

const builds = () => performance.getEntriesByName('tsa-letter:generate').length;

describe('<tsa-letter-card>: a generated letter ready before the click', () => {
  const files = captureSaves();
  const events = recordEvents();

  it('intent builds it; the click hands that one over; a changed name builds it again', async () => {
    use(toggle(true), eligibility(currentSnake));
    const el = await mount('pdf="generated"');
    el.recipientName = 'María José Núñez';
    await settle(el, 'eligible');
    const before = builds();

    // Keyboard focus is intent: jsPDF loads and the letter is built, with no click yet.
    const start = document.createElement('button');
    el.before(start);
    start.focus();
    await sendKeys({ press: 'Tab' });
    await waitUntil(() => builds() === before + 1, 'the letter was not built on intent', { timeout: 8000 });
    expect(files.saved).to.have.length(0);

    await sendKeys({ press: 'Enter' });
    await waitUntil(() => files.saved.length === 1, 'no file saved');
    expect(builds(), 'the click built nothing more').to.equal(before + 1);
    await files.settled();
    expect((await readPdf(files.saved[0].bytes)).text).to.contain('María José Núñez');
    expect(events.of('tsa-letter-downloaded')).to.have.length(1);

    // The name changes: the next click builds the letter anew, with the new name.
    el.recipientName = 'Zoë Smith';
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => files.saved.length === 2, 'no second file');
    expect(builds(), 'built again for the new name').to.equal(before + 2);
    await files.settled();
    expect((await readPdf(files.saved[1].bytes)).text).to.contain('Zoë Smith');

    // Nothing changed: a third click hands over the same letter again.
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => files.saved.length === 3, 'no third file');
    expect(builds()).to.equal(before + 2);
    start.remove();
  });

  it('an official letter builds nothing on intent (it asks for the VA document instead)', async () => {
    use(toggle(true), eligibility(currentSnake), versionDownload());
    const el = await mount('pdf="official"');
    await settle(el, 'eligible');
    const before = builds();
    downloadLink(el).dispatchEvent(new Event('pointerenter'));
    downloadLink(el).focus();
    await new Promise((r) => setTimeout(r, 300));
    expect(builds()).to.equal(before);
    expect(requests.filter((r) => r.url.includes('/download'))).to.have.length(1);
  });
});
