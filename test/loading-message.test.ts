// Its own file, a fresh page: the card's code has never been loaded here, so the first test can
// hold it on its way. The order matters: once loaded, the code stays loaded for the page.
// The loading message is the element's own, drawn as the eligibility request leaves; the card's
// code, once in, makes its templates ready while the answer is awaited, asking for nothing.
import { expect, waitUntil } from '@open-wc/testing';
import { delay, http } from 'msw';
import currentSnake from '../src/mocks/va-api/tsa-letter.d.snake.json';
import { text } from '../src/text.js';
import type { TsaLetterCard } from '../src/define.js';
import {
  asked, cardScripts, downloadLink, eligibility, mount, recordEvents, requests, settle, shadow, toggle, use, versionDownload,
} from './support/card.js';

/** A promise and its release: an answer held until the test lets it go. */
function gate() {
  let release!: () => void;
  const held = new Promise<void>((resolve) => (release = resolve));
  return { held, release };
}

const liveRegion = (el: TsaLetterCard) => shadow(el).querySelector<HTMLElement>('.status[aria-live="polite"]')!;
const paths = () => requests.map((r) => new URL(r.url).pathname);

describe('<tsa-letter-card>: the loading message comes with the element', () => {
  const events = recordEvents();

  it("is drawn while the card's code is still on its way, in the live region, and gives way to the card", async () => {
    const chunk = gate();
    let chunkAsked = false;
    use(
      toggle(true),
      eligibility(currentSnake),
      // The card's code, held: answered by the dev server only once released.
      http.get(/\/src\/card\.ts/, async () => {
        chunkAsked = true;
        await chunk.held;
        return undefined;
      }),
    );
    performance.clearResourceTimings(); // the buffer keeps 250 entries, which the runner's modules fill
    const since = performance.now();
    const el = await mount('pdf="generated"');
    await settle(el, 'loading-eligibility');
    await waitUntil(() => chunkAsked, "the card's code was never asked for");
    await asked('/v0/tsa_letter');
    await el.updateComplete;
    expect(liveRegion(el).textContent?.replace(/\s+/g, ' ').trim()).to.equal(text.loading);
    expect(shadow(el).querySelector('.loading .spinner'), 'no loading indicator').to.exist;
    expect(downloadLink(el), 'a card before its code').to.equal(null);
    await expect(el).to.be.accessible();

    chunk.release();
    await settle(el, 'eligible');
    await waitUntil(() => downloadLink(el), 'no card once the code arrived');
    expect(liveRegion(el).textContent?.trim()).to.equal(text.letterAvailable);
    expect(events.of('tsa-letter-state').map((d) => d.state)).to.deep.equal(['loading-flag', 'loading-eligibility', 'eligible']);
    expect(cardScripts().length, "the card's code asked for once").to.equal(1);
    // The call leaves before the code is asked for: on VA.gov the answer is the longer wait.
    const started = (part: string) => performance.getEntriesByType('resource').find((e) => e.name.includes(part) && e.startTime >= since)?.startTime;
    expect(started('/v0/tsa_letter'), 'no Resource Timing entry for the call').to.be.a('number');
    expect(started('/src/card.ts'), "no Resource Timing entry for the card's code").to.be.a('number');
    expect(started('/v0/tsa_letter')!).to.be.at.most(started('/src/card.ts')!);
    await expect(el).to.be.accessible();
  });

  it("while the answer is awaited, the card's code in: nothing asked for, nothing fired, nothing shown but the message", async () => {
    const answer = gate();
    use(
      toggle(true),
      http.get('/v0/tsa_letter', async () => {
        await answer.held;
        return undefined;
      }),
      eligibility(currentSnake),
      versionDownload(),
    );
    // An open accordion item asks for the official letter as soon as the real card is there: the
    // card rendered ahead of the answer must not.
    const el = await mount('layout="accordion" open pdf="official"');
    await settle(el, 'loading-eligibility');
    await delay(300);
    await el.updateComplete;
    expect(paths()).to.deep.equal(['/v0/feature_toggles', '/v0/tsa_letter']);
    expect(events.all.map((e) => e.type)).to.deep.equal(['tsa-letter-state', 'tsa-letter-state', 'tsa-letter-api']);
    expect(shadow(el).querySelector('.accordion-item, .card, [part="download"]'), 'the card shown before the answer').to.equal(null);
    expect(liveRegion(el).textContent?.replace(/\s+/g, ' ').trim()).to.equal(text.loading);

    answer.release();
    await settle(el, 'eligible');
    await asked('/download');
    expect(paths().filter((p) => p.endsWith('/download')), 'the real card asks once on open').to.have.length(1);
    await expect(el).to.be.accessible();
  });
});
