// The letters page's own pattern (layout="accordion"), the page's words (slots), and what a
// screen reader and a keyboard user meet on the way (issue: made for the real letters page).
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { http, HttpResponse } from 'msw';
import currentSnake from '../src/mocks/va-api/tsa-letter.d.snake.json';
import withContent from '../src/mocks/va-api/tsa-letter.d.with-content.camel.json';
import none from '../src/mocks/va-api/tsa-letter.d.none.json';
import error500 from '../src/mocks/va-api/error.500.json';
import { text } from '../src/text.js';
import type { TsaLetterCard } from '../src/define.js';
import { asked, captureSaves, downloadLink, eligibility, hang, mount, recordEvents, requests, settle, shadow, slowPdf, toggle, use, versionDownload } from './support/card.js';
import { loadVaDesignSystem } from './support/va-components.js';

const button = (el: TsaLetterCard) => shadow(el).querySelector<HTMLButtonElement>('.accordion-button')!;
const panel = (el: TsaLetterCard) => shadow(el).querySelector<HTMLElement>('.panel')!;
const shown = (el: Element | null | undefined) => Boolean(el && el.getClientRects().length > 0);
/** The deepest focused element, through shadow roots. */
function focused(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

describe('<tsa-letter-card layout="accordion">: one item of the letters page', () => {
  // A real save would open Firefox's download handling in the middle of the suite.
  const files = captureSaves();
  it('a header button inside a heading of heading-level, collapsed unless open; the body and the link in the panel', async () => {
    use(toggle(true), eligibility(currentSnake), versionDownload());
    const el = await mount('layout="accordion" heading-level="4"');
    await settle(el, 'eligible');
    const header = button(el);
    expect(header.parentElement!.localName).to.equal('h4');
    expect(header.getAttribute('type')).to.equal('button');
    expect(header.textContent!.trim()).to.equal(text.title);
    expect(header.getAttribute('aria-expanded')).to.equal('false');
    expect(header.getAttribute('aria-controls')).to.equal(panel(el).id);
    expect(panel(el).hidden).to.equal(true);
    expect(shown(downloadLink(el)), 'the link waits in the closed panel').to.equal(false);
    expect(panel(el).contains(downloadLink(el))).to.equal(true);
    expect(panel(el).querySelectorAll('[part="body"] p')).to.have.length(2);
    expect(shadow(el).querySelector('.card'), 'no bordered card').to.equal(null);
    expect(el.open).to.equal(false);
    expect(el.hasAttribute('open')).to.equal(false);
    await expect(el).to.be.accessible();
  });

  it('a click opens and closes it; open reflects the Veteran’s choice', async () => {
    use(toggle(true), eligibility(currentSnake), versionDownload());
    const el = await mount('layout="accordion"');
    await settle(el, 'eligible');
    button(el).click();
    await el.updateComplete;
    await asked('/download'); // opening asks for the letter
    expect(el.open).to.equal(true);
    expect(el.hasAttribute('open')).to.equal(true);
    expect(button(el).getAttribute('aria-expanded')).to.equal('true');
    expect(shown(downloadLink(el))).to.equal(true);
    await expect(el).to.be.accessible();
    button(el).click();
    await el.updateComplete;
    expect(el.open).to.equal(false);
    expect(el.hasAttribute('open')).to.equal(false);
    expect(shown(downloadLink(el))).to.equal(false);
  });

  it('by keyboard: Tab reaches the header, Enter and Space toggle it, Tab then reaches the link; focus stays put', async () => {
    use(toggle(true), eligibility(currentSnake), versionDownload());
    const el = await mount('layout="accordion"');
    await settle(el, 'eligible');
    const before = document.createElement('button');
    before.textContent = 'before';
    el.before(before);
    before.focus();
    await sendKeys({ press: 'Tab' });
    expect(focused()).to.equal(button(el));
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(el.open, 'Enter opens').to.equal(true);
    expect(focused(), 'focus stays on the header').to.equal(button(el));
    await sendKeys({ press: ' ' }); // the Space key, by the name every driver knows
    await el.updateComplete;
    expect(el.open, 'Space closes').to.equal(false);
    await sendKeys({ press: ' ' }); // the Space key, by the name every driver knows
    await el.updateComplete;
    expect(el.open, 'Space opens').to.equal(true);
    await sendKeys({ press: 'Tab' });
    expect(focused()).to.equal(downloadLink(el));
    await asked('/download'); // opening asked for the letter
    before.remove();
  });

  it('open="true" / open="false", as VA’s accordion writes them, and the open attribute alone', async () => {
    use(toggle(true), eligibility(currentSnake), versionDownload());
    let opened = 0;
    for (const [attribute, open] of [['open="true"', true], ['open="false"', false], ['open', true]] as const) {
      const el = await mount(`layout="accordion" ${attribute}`);
      await settle(el, 'eligible');
      if (open) await asked('/download', ++opened);
      expect(el.open, attribute).to.equal(open);
      expect(shown(downloadLink(el)), attribute).to.equal(open);
    }
  });

  it('every state passes axe: loading, the warning alert, closed, open, preparing, the download error', async () => {
    use(toggle(true), eligibility(currentSnake), versionDownload(slowPdf(400)));
    const loading = await mount('layout="accordion"');
    use(http.get('/v0/tsa_letter', hang));
    await settle(loading, 'loading-eligibility');
    expect(shadow(loading).querySelector('.status[aria-live="polite"]')!.textContent!.trim()).to.equal(text.loading);
    await expect(loading).to.be.accessible();
    loading.remove();

    use(eligibility(error500, 500));
    const failing = await mount('layout="accordion"');
    await settle(failing, 'eligibility-error');
    expect(shadow(failing).querySelector('.status[aria-live="polite"] .alert.warning'), 'the warning alert, where the item would be').not.to.equal(null);
    await expect(failing).to.be.accessible();
    failing.remove();

    use(eligibility(currentSnake));
    const el = await mount('layout="accordion" pdf="official"');
    await settle(el, 'eligible');
    await expect(el).to.be.accessible();
    el.open = true;
    await el.updateComplete;
    await expect(el).to.be.accessible();
    // The letter is on its way since the item opened: the click joins it.
    downloadLink(el).click();
    await waitUntil(() => panel(el).querySelector('.progress[aria-live="polite"]')!.textContent!.includes(text.preparing), 'no progress in the panel');
    await expect(el).to.be.accessible();
    await waitUntil(() => files.saved.length === 1, 'the download never ended');
    await waitUntil(() => panel(el).querySelector('.progress[aria-live="polite"]')!.textContent!.trim() === '', 'the progress stayed');
    el.remove();

    use(versionDownload(() => HttpResponse.json(error500, { status: 500 })));
    const unavailable = await mount('layout="accordion" pdf="official" open');
    await settle(unavailable, 'eligible');
    await waitUntil(() => panel(unavailable).querySelector('.alert.error[role="alert"]'), 'no error alert in the open panel');
    await expect(unavailable).to.be.accessible();
  });
});

describe("<tsa-letter-card layout=\"accordion\"> in VA's own va-accordion", () => {
  before(async function () {
    this.timeout(20_000);
    await loadVaDesignSystem();
  });

  it("the page's Expand all and Collapse all reach the card, as its last item", async () => {
    use(toggle(true), eligibility(currentSnake), versionDownload());
    const page = await fixture<HTMLElement>(html`
      <va-accordion bordered>
        <va-accordion-item header="Benefit summary letter" level="3"><p>Text.</p></va-accordion-item>
        <tsa-letter-card layout="accordion"></tsa-letter-card>
      </va-accordion>
    `);
    const accordion = page.localName === 'va-accordion' ? page : page.querySelector('va-accordion')!;
    const el = accordion.querySelector<TsaLetterCard>('tsa-letter-card')!;
    const item = accordion.querySelector('va-accordion-item')!;
    await settle(el, 'eligible');
    const downloads = () => requests.filter((r) => r.url.includes('/download')).length;
    expect(downloads(), 'nothing asked while collapsed').to.equal(0);
    const control = (name: 'expand' | 'collapse') =>
      accordion.shadowRoot?.querySelector<HTMLElement>(`[data-testid="${name}-all-accordions"]`);
    await waitUntil(() => control('expand'), 'va-accordion rendered no Expand all');

    control('expand')!.click();
    await waitUntil(() => el.open, 'Expand all did not open the card');
    await el.updateComplete;
    expect(item.getAttribute('open')).to.equal('true');
    expect(shown(downloadLink(el))).to.equal(true);
    await waitUntil(() => downloads() === 1, 'Expand all did not ask for the letter, as opening does');
    await asked('/download');

    control('collapse')!.click();
    await waitUntil(() => !el.open, 'Collapse all did not close the card');
    expect(item.getAttribute('open')).to.equal('false');
    await el.updateComplete;
    expect(shown(downloadLink(el))).to.equal(false);

    // Removed from the accordion, it no longer follows it.
    const outside = document.createElement('div');
    page.after(outside);
    outside.append(el);
    await settle(el, 'eligible');
    control('expand')!.click();
    await waitUntil(() => item.getAttribute('open') === 'true');
    expect(el.open).to.equal(false);
    outside.remove();
  });
});

describe('<tsa-letter-card>: the arrival is announced, focus is never moved or lost', () => {
  const files = captureSaves();
  for (const layout of ['card', 'accordion']) {
    it(`${layout}: loading → eligible is announced politely, once, naming the letter`, async () => {
      let answer: (() => void) | undefined;
      use(
        toggle(true),
        http.get('/v0/tsa_letter', () => new Promise<Response>((resolve) => (answer = () => resolve(HttpResponse.json(currentSnake))))),
        versionDownload(),
      );
      const el = await mount(`layout="${layout}"`);
      await settle(el, 'loading-eligibility');
      const status = shadow(el).querySelector('.status[aria-live="polite"]')!;
      const announced: string[] = [];
      new MutationObserver(() => announced.push(status.textContent!.trim())).observe(status, { childList: true, subtree: true, characterData: true });
      expect(status.textContent!.trim()).to.equal(text.loading);
      await waitUntil(() => answer, 'the call never went out');
      answer!();
      await settle(el, 'eligible');
      expect(status.textContent!.trim()).to.equal(text.letterAvailable);
      expect(text.letterAvailable).to.contain(text.title);
      expect(status.querySelector('.visually-hidden'), 'said, not shown').not.to.equal(null);
      // Later renders (opening, closing) leave the region alone: said once.
      if (layout === 'accordion') {
        el.open = true;
        await el.updateComplete;
        el.open = false;
        await el.updateComplete;
        await asked('/download');
      }
      el.requestUpdate();
      await el.updateComplete;
      expect(announced.filter((said) => said === text.letterAvailable)).to.have.length(1);
      await expect(el).to.be.accessible();
    });

    for (const where of ['before', 'after']) {
      it(`${layout}: focus ${where} the card stays there when the loading message goes away`, async () => {
        let answer: (() => void) | undefined;
        use(
          toggle(true),
          http.get('/v0/tsa_letter', () => new Promise<Response>((resolve) => (answer = () => resolve(HttpResponse.json(currentSnake))))),
          versionDownload(),
        );
        const el = await mount(`layout="${layout}"`);
        const other = document.createElement('button');
        other.textContent = where;
        if (where === 'before') el.before(other);
        else el.after(other);
        await settle(el, 'loading-eligibility');
        other.focus();
        await waitUntil(() => answer, 'the call never went out');
        answer!();
        await settle(el, 'eligible');
        expect(document.activeElement).to.equal(other);
        expect(document.activeElement).not.to.equal(document.body);
        other.remove();
      });
    }

    it(`${layout}: focus inside the card stays on the link while the download prepares and finishes`, async () => {
      use(toggle(true), eligibility(currentSnake), versionDownload(slowPdf(300)));
      const el = await mount(`layout="${layout}" pdf="official" open`);
      await settle(el, 'eligible');
      downloadLink(el).focus();
      expect(focused()).to.equal(downloadLink(el));
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => shadow(el).textContent!.includes(text.preparing), 'no progress');
      expect(focused(), 'while preparing').to.equal(downloadLink(el));
      await waitUntil(() => files.saved.length === 1, 'no file saved');
      await el.updateComplete;
      expect(focused(), 'once saved').to.equal(downloadLink(el));
    });
  }
});

describe("<tsa-letter-card>: the page's own words (slots)", () => {
  const events = recordEvents();

  it('slot="description" replaces the card’s paragraphs, before the record’s own', async () => {
    use(toggle(true), eligibility(withContent), versionDownload());
    for (const layout of ['card', 'accordion']) {
      const host = await fixture<HTMLElement>(html`<div></div>`);
      host.innerHTML = `<tsa-letter-card layout="${layout}" open><p slot="description">The page's own explanation.</p></tsa-letter-card>`;
      const el = host.firstElementChild as TsaLetterCard;
      await settle(el, 'eligible');
      if (layout === 'accordion') await asked('/download');
      const slot = shadow(el).querySelector<HTMLSlotElement>('slot[name="description"]')!;
      expect(slot.assignedElements().map((p) => p.textContent)).to.deep.equal(["The page's own explanation."]);
      expect(shown(el.querySelector('p')), `${layout}: the page's words show`).to.equal(true);
      const fallback = [...slot.querySelectorAll('p')];
      expect(fallback.map((p) => p.textContent), 'the record’s paragraphs stand behind it').to.deep.equal(withContent.data.attributes.description.paragraphs);
      expect(fallback.some(shown), `${layout}: neither the record's nor the default paragraphs show`).to.equal(false);
      await expect(el).to.be.accessible();
    }
  });

  it('slot="eligibility-error": an empty element replaces the whole warning: nothing shown, no space taken; state, event and telemetry stay', async () => {
    use(toggle(true), eligibility(error500, 500));
    const host = await fixture<HTMLDivElement>(html`<div><tsa-letter-card layout="accordion"><div slot="eligibility-error"></div></tsa-letter-card></div>`);
    const el = host.querySelector<TsaLetterCard>('tsa-letter-card')!;
    await settle(el, 'eligibility-error');
    expect(shown(shadow(el).querySelector('.alert')), 'no alert of the card').to.equal(false);
    expect(el.getBoundingClientRect().height).to.equal(0);
    expect(events.of('tsa-letter-error')).to.have.length(1);
    expect(events.of('tsa-letter-error')[0].phase).to.equal('eligibility');
    expect(events.of('tsa-letter-api').find((e) => e.api === 'GET /v0/tsa_letter')).to.include({ status: 'error', httpStatus: 500 });
    await expect(el).to.be.accessible();
  });

  it('slot="eligibility-error": the page’s own content shows in its place', async () => {
    use(toggle(true), eligibility(error500, 500));
    const host = await fixture<HTMLDivElement>(html`<div><tsa-letter-card><p slot="eligibility-error">The page's own words.</p></tsa-letter-card></div>`);
    const el = host.querySelector<TsaLetterCard>('tsa-letter-card')!;
    const words = host.querySelector('p')!;
    await settle(el, 'eligibility-error');
    expect(words.getClientRects().length).to.be.greaterThan(0);
    expect(shown(shadow(el).querySelector('.alert'))).to.equal(false);
    await expect(el).to.be.accessible();
  });

  it('slot="eligibility-error" never shows in eligible', async () => {
    use(toggle(true), eligibility(currentSnake));
    const host = await fixture<HTMLDivElement>(html`<div><tsa-letter-card><p slot="eligibility-error">The page's own words.</p></tsa-letter-card></div>`);
    const el = host.querySelector<TsaLetterCard>('tsa-letter-card')!;
    await settle(el, 'eligible');
    expect(host.querySelector('p')!.getClientRects().length).to.equal(0);
  });

  it('slot="not-eligible" shows only in not-eligible; unslotted, not-eligible takes no space', async () => {
    use(toggle(true), eligibility(none));
    const host = await fixture<HTMLElement>(html`<div></div>`);
    host.innerHTML = '<tsa-letter-card><p slot="not-eligible">You don’t have this letter because…</p></tsa-letter-card>';
    const el = host.firstElementChild as TsaLetterCard;
    await settle(el, 'not-eligible');
    expect(shown(el.querySelector('p'))).to.equal(true);
    expect(el.getBoundingClientRect().height).to.be.greaterThan(0);
    await expect(el).to.be.accessible();

    const bare = await mount();
    await settle(bare, 'not-eligible');
    expect(bare.getBoundingClientRect().height, 'unslotted: no space').to.equal(0);
  });

  for (const [state, handlers] of [
    ['flag-off', () => [toggle(false)]],
    ['eligible', () => [toggle(true), eligibility(currentSnake)]],
    ['eligibility-error', () => [toggle(true), eligibility(error500, 500)]],
    ['loading-eligibility', () => [toggle(true), http.get('/v0/tsa_letter', hang)]],
    ['unauthorized', () => [toggle(true), eligibility({ errors: [] }, 401)]],
  ] as const) {
    it(`slot="not-eligible" never shows in ${state}`, async () => {
      use(...handlers());
      const host = await fixture<HTMLElement>(html`<div></div>`);
      host.innerHTML = '<tsa-letter-card><p slot="not-eligible">You don’t have this letter because…</p></tsa-letter-card>';
      const el = host.firstElementChild as TsaLetterCard;
      await settle(el, state);
      expect(shown(el.querySelector('p'))).to.equal(false);
      el.remove();
    });
  }
});
