// Its own file, a fresh page: no card has rendered here yet, so none of its templates is ready.
// The card's templates (`card-view.ts`) are made ready while the eligibility answer is awaited, so
// that showing the card, once the answer and the card's code are in, only copies them.
import { expect } from '@open-wc/testing';
import { delay, http } from 'msw';
import currentSnake from '../src/mocks/va-api/tsa-letter.d.snake.json';
import { text } from '../src/text.js';
import { downloadLink, eligibility, mount, recordEvents, settle, shadow, toggle, use } from './support/card.js';

/**
 * Counts the `<template>` elements made while `during` runs: Lit makes one for each template the
 * first time it renders it, and none after. Watched, not replaced: each call still creates the element.
 */
async function templatesMade(during: () => Promise<void>): Promise<number> {
  let made = 0;
  const create = document.createElement;
  document.createElement = function (this: Document, name: string, options?: ElementCreationOptions) {
    if (name.toLowerCase() === 'template') made++;
    return create.call(this, name, options);
  } as typeof document.createElement;
  try {
    await during();
  } finally {
    // An own property shadowing the prototype's method: deleting it restores the original.
    delete (document as { createElement?: unknown }).createElement;
  }
  return made;
}

describe('<tsa-letter-card>: the card\'s templates are made ready while the answer is awaited', () => {
  const events = recordEvents();

  for (const [layout, attributes] of [
    ['card', 'heading-level="2"'],
    ['accordion', 'layout="accordion" open heading-level="4"'],
  ] as const) {
    it(`${layout}: made during the wait, none when the card shows; nothing asked for or fired meanwhile`, async () => {
      let release!: () => void;
      const held = new Promise<void>((resolve) => (release = resolve));
      use(
        toggle(true),
        http.get('/v0/tsa_letter', async () => {
          await held;
          return undefined;
        }),
        eligibility(currentSnake),
      );
      let el!: Awaited<ReturnType<typeof mount>>;
      const duringWait = await templatesMade(async () => {
        el = await mount(`pdf="generated" ${attributes}`);
        await settle(el, 'loading-eligibility');
        // After the loading message's frame, in a task of their own.
        await delay(200);
      });
      expect(duringWait, 'no templates made ready during the wait').to.be.greaterThan(0);
      expect(events.all.map((e) => e.type), 'something fired while the templates were made').to.deep.equal([
        'tsa-letter-state', 'tsa-letter-state', 'tsa-letter-api',
      ]);
      expect(shadow(el).querySelector('.card, .accordion-item, [part="download"]'), 'the card shown before the answer').to.equal(null);

      const onShow = await templatesMade(async () => {
        release();
        await settle(el, 'eligible');
        await el.updateComplete;
      });
      expect(downloadLink(el), 'no card').to.exist;
      expect(shadow(el).querySelector(layout === 'card' ? '.card h2' : '.accordion-item h4'), 'the heading at the page\'s level').to.exist;
      expect(shadow(el).querySelector('.status')?.textContent?.trim()).to.equal(text.letterAvailable);
      expect(onShow, 'templates made after the answer: they were not ready').to.equal(0);
      await expect(el).to.be.accessible();
    });
  }
});
