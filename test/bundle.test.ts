// The drop-in bundle as a page loads it (`dist/tsa-letter-card.js` and its chunks, built by
// `npm test` first), in each engine: no source module of the card is loaded on this page.
import { expect, waitUntil } from '@open-wc/testing';
import { downloadHandlers, eligibilityHandler, toggleHandler } from '../src/mocks/index.js';
import currentSnake from '../src/mocks/va-api/tsa-letter.d.snake.json';
import { use } from './support/network.js';
import { captureSaves } from './support/saves.js';

import { link, mount, reach } from './support/bundle.js';

describe('The built drop-in bundle on a page', () => {
  const files = captureSaves();

  for (const pdf of ['official', 'generated']) {
    it(`reaches eligible against the mocks, and a click saves the ${pdf} letter`, async () => {
      use(toggleHandler(true), eligibilityHandler(currentSnake), ...downloadHandlers());
      const el = await mount(`pdf="${pdf}"`);
      await reach(el, 'eligible');
      await waitUntil(() => link(el), 'no download link');
      link(el).click();
      await waitUntil(() => files.saved.length > 0, 'no file saved', { timeout: 8000 });
      await files.settled();
      expect(files.saved).to.have.length(1);
      expect(files.saved[0].filename).to.equal('TSA PreCheck Application Fee Waiver Letter.pdf');
      expect(new TextDecoder().decode(files.saved[0].bytes.slice(0, 5))).to.equal('%PDF-');
    });
  }
});
