// Its own file: each test file gets a fresh page, so here nothing of the generator has been loaded.
import { expect, waitUntil } from '@open-wc/testing';
import currentSnake from '../src/mocks/va-api/tsa-letter.d.snake.json';
import { downloadLink, eligibility, letterScripts, mount, settle, toggle, use } from './support/card.js';

describe('<tsa-letter-card>: a touch is intent too', () => {
  it('touchstart on the link loads the letter generator before the tap ends', async () => {
    use(toggle(true), eligibility(currentSnake));
    const el = await mount('pdf="generated"');
    await settle(el, 'eligible');
    expect(letterScripts()).to.deep.equal([]);
    const link = downloadLink(el);
    // A plain event of the type: desktop Firefox has no Touch, and WebKit refuses to construct one.
    // The card's listener reads nothing of the touch, only that it began.
    link.dispatchEvent(new Event('touchstart', { bubbles: true, composed: true }));
    await waitUntil(() => letterScripts().some((name) => name.includes('letter-pdf')), 'a touch did not start the load');
  });
});
