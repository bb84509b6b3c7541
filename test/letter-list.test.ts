// vets-website's letters page (`LetterList`: React in StrictMode, a Redux-shaped store, VA's own
// accordion items with h3 headlines) with the card dropped in exactly as docs/vets-website.md says,
// in React 17 (vets-website's) and React 18.
import { expect, waitUntil } from '@open-wc/testing';
import { sendMouse } from '@web/test-runner-commands';
import React18 from 'react';
import ReactDOM18 from 'react-dom';
import ReactDOMClient from 'react-dom/client';
import { TsaLetterCard as Wrapper18 } from '../src/react.js';
import currentSnake from '../src/mocks/va-api/tsa-letter.d.snake.json';
import none from '../src/mocks/va-api/tsa-letter.d.none.json';
import error503 from '../src/mocks/va-api/error.503.json';
import { text } from '../src/text.js';
import type { CardState, TsaLetterCard } from '../src/define.js';
import { React as React17, ReactDOM as ReactDOM17, reactWrapper } from './react-17/index.js';
import { asked, eligibility, recordEvents, requests, settle, shadow, use, versionDownload } from './support/card.js';
import { emptyStateHeading, letterListPage, type Letter, type Store } from './support/letter-list.js';
import { loadVaDesignSystem } from './support/va-components.js';

type Entry = Record<string, unknown>;
const page = window as unknown as { dataLayer?: Entry[] };

before(async function () {
  this.timeout(20_000);
  await loadVaDesignSystem();
});

const neighbour: Letter = { name: 'Civil Service Preference Letter', paragraphs: text.paragraphs };
const commissary: Letter = { name: 'Commissary Letter', paragraphs: ['If you’re a Veteran with a service-connected disability rating, this letter can help you.'] };

const store = ({ toggle = true, loa = 3, letters = [neighbour, commissary], lettersAvailability = 'available' as Store['letters']['lettersAvailability'] } = {}): Store => ({
  featureToggles: { tsaSafeTravelLetter: toggle },
  user: { profile: { loa: { current: loa } } },
  letters: { letters, lettersAvailability },
});

/** What each frame showed, read before it was painted. */
interface Frame {
  state: CardState | undefined;
  emptyState: boolean;
  accordion: boolean;
  warnings: number;
}

const renderers = {
  17: async () => {
    const { TsaLetterCard } = await reactWrapper();
    const app = letterListPage(React17 as unknown as typeof React18, TsaLetterCard);
    return (host: HTMLElement, s: Store) => {
      ReactDOM17.render(app(s), host);
      return () => ReactDOM17.unmountComponentAtNode(host);
    };
  },
  18: async () => {
    const app = letterListPage(React18, Wrapper18);
    return (host: HTMLElement, s: Store) => {
      const root = ReactDOMClient.createRoot(host);
      root.render(app(s));
      return () => ReactDOM18.flushSync(() => root.unmount());
    };
  },
};

for (const version of [17, 18] as const) {
  describe(`The letters page (LetterList in React ${version}, StrictMode) with the card dropped in as docs/vets-website.md says`, () => {
    const events = recordEvents();
    let render: Awaited<ReturnType<(typeof renderers)[typeof version]>>;
    let host: HTMLElement;
    let unmount = () => {};
    let frames: Frame[] = [];
    let sampling = false;

    before(async () => (render = await renderers[version]()));
    beforeEach(() => {
      page.dataLayer = [];
      host = document.createElement('div');
      host.style.cssText = "width: 1024px; font-family: 'Source Sans Pro Web', sans-serif; font-size: 16px";
      document.body.append(host);
    });
    afterEach(() => {
      sampling = false;
      unmount();
      host.remove();
      delete page.dataLayer;
    });

    const card = () => host.querySelector<TsaLetterCard>('tsa-letter-card');
    const accordion = () => host.querySelector('va-accordion')!;
    const emptyState = () => [...host.querySelectorAll('h3')].some((h) => h.textContent === emptyStateHeading);
    const warnings = () => host.querySelectorAll('va-alert[status="warning"]').length;
    const paths = () => requests.map((r) => new URL(r.url).pathname);

    /** Renders the page and samples every frame until the test ends. */
    async function open(s: Store): Promise<TsaLetterCard> {
      frames = [];
      sampling = true;
      const sample = () => {
        if (!sampling) return;
        frames.push({ state: card()?.state, emptyState: emptyState(), accordion: accordion()?.getBoundingClientRect().height > 0, warnings: warnings() });
        requestAnimationFrame(sample);
      };
      requestAnimationFrame(sample);
      unmount = render(host, s);
      await waitUntil(() => card(), 'the page never rendered the card');
      return card()!;
    }

    /** The page once it has settled: what it shows now, and after a frame (the page's last render applied). */
    async function settled(el: TsaLetterCard, state: CardState): Promise<void> {
      await settle(el, state);
      await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
    }

    it('eligible: one eligibility request, no toggle request, no download until the item opens and then one', async () => {
      use(eligibility(currentSnake), versionDownload());
      const el = await open(store());
      await settled(el, 'eligible');
      await new Promise((resolve) => setTimeout(resolve, 200));
      expect(paths()).to.deep.equal(['/v0/tsa_letter']);
      expect(el.getAttribute('data-testid'), 'the wrapper passes the Cypress specs\' selector through').to.equal('tsa-letter-accordion');
      shadow(el).querySelector<HTMLButtonElement>('.accordion-button')!.click();
      await asked('/download');
      expect(paths().map((p) => (p.endsWith('/download') ? 'download' : p))).to.deep.equal(['/v0/tsa_letter', 'download']);
      expect(frames.some((f) => f.emptyState), 'the empty state never shows').to.equal(false);
      expect(events.of('tsa-letter-error')).to.deep.equal([]);
      expect(warnings()).to.equal(0);
    });

    it('eligible with no other letter: the accordion holds the card, and the empty state never shows', async () => {
      use(eligibility(currentSnake));
      const el = await open(store({ letters: [] }));
      await settled(el, 'eligible');
      expect(accordion().getBoundingClientRect().height).to.be.greaterThan(0);
      expect(frames.some((f) => f.emptyState), 'the empty state never shows').to.equal(false);
      expect(frames.filter((f) => f.accordion).every((f) => f.state !== 'loading-flag' && f.state !== 'idle'), 'no empty accordion before the card shows anything').to.equal(true);
    });

    for (const [name, s] of [
      ['not LOA3', store({ loa: 1, letters: [] })],
      ['the toggle off', store({ toggle: false, letters: [] })],
    ] as const) {
      it(`${name}, no other letter: nothing asked, no error reported, the empty state and never an accordion`, async () => {
        const el = await open(s);
        await settled(el, name === 'not LOA3' ? 'unauthorized' : 'flag-off');
        expect(paths()).to.deep.equal([]);
        expect(events.of('tsa-letter-error')).to.deep.equal([]);
        expect(events.of('tsa-letter-api')).to.deep.equal([]);
        expect(page.dataLayer).to.deep.equal([]);
        expect(emptyState()).to.equal(true);
        expect(frames.some((f) => f.accordion), 'no Expand all bar over nothing, in any frame').to.equal(false);
        expect(warnings()).to.equal(0);
      });
    }

    it('not eligible, no other letter: the empty state once the answer says so, never before, and then no accordion', async () => {
      use(eligibility(none));
      const el = await open(store({ letters: [] }));
      await settled(el, 'not-eligible');
      expect(emptyState()).to.equal(true);
      expect(accordion().getBoundingClientRect().height).to.equal(0);
      expect(frames.filter((f) => f.emptyState).every((f) => f.state === 'not-eligible'), 'the empty state only once the answer is in').to.equal(true);
    });

    for (const letters of [[neighbour], []]) {
      it(`an eligibility error${letters.length ? '' : ', no other letter'}: the page's one warning, nothing from the card`, async () => {
        use(eligibility(error503, 503));
        const el = await open(store({ letters }));
        await settled(el, 'eligibility-error');
        expect(warnings()).to.equal(1);
        expect(host.querySelector('va-alert h4')!.textContent).to.contain(text.eligibilityError.heading);
        // The card's own alert stays the slot's unused fallback: never rendered.
        expect(shadow(el).querySelector('[part="alert"]')?.getClientRects().length ?? 0, 'no alert of the card’s own').to.equal(0);
        expect(el.getBoundingClientRect().height).to.equal(0);
        expect(emptyState(), 'the warning, not the empty state').to.equal(false);
        expect(accordion().getBoundingClientRect().height > 0).to.equal(letters.length > 0);
        expect(page.dataLayer).to.deep.equal([{ event: 'api_call', 'api-name': 'GET /v0/tsa_letter', 'api-status': 'error' }]);
      });
    }

    it('a failed download in the open item: the error alert’s heading one level below the item’s, as the page’s own is (h4 under h3)', async () => {
      use(eligibility(currentSnake), versionDownload(() => new Response(null, { status: 500 })));
      const el = await open(store({ letters: [neighbour] }));
      await settled(el, 'eligible');
      el.open = true;
      await waitUntil(() => shadow(el).querySelector('[role="alert"]'), 'no error alert in the open item');
      expect(shadow(el).querySelector('.accordion-button')!.parentElement!.localName).to.equal('h3');
      expect(shadow(el).querySelector('[role="alert"] .heading')!.localName).to.equal('h4');
      expect(warnings(), 'not the page’s warning').to.equal(0);
    });

    it('beside its neighbour: the same heading level, open height, focus ring after a mouse click, and link', async () => {
      use(eligibility(currentSnake), versionDownload());
      const el = await open(store({ letters: [neighbour] }));
      await settled(el, 'eligible');
      const item = host.querySelector('va-accordion-item')!;
      await waitUntil(() => item.shadowRoot?.querySelector('button'), 'VA’s item never rendered');
      const vaButton = item.shadowRoot!.querySelector('button')!;
      const button = shadow(el).querySelector<HTMLButtonElement>('.accordion-button')!;
      expect(button.parentElement!.localName).to.equal('h3');
      expect(vaButton.parentElement!.localName).to.equal('h3');

      // Each opened by a real mouse click on its header, as a Veteran would (ours first: it is below
      // VA's, which moves it when it opens); the ring is read right after each click.
      const ring = (b: Element) => {
        const s = getComputedStyle(b);
        return { style: s.outlineStyle, width: s.outlineWidth, color: s.outlineColor, offset: s.outlineOffset };
      };
      const click = async (target: Element) => {
        const b = target.getBoundingClientRect();
        await sendMouse({ type: 'click', position: [Math.round(b.left + 40), Math.round(b.top + b.height / 2)] });
        return ring(target);
      };
      const ours = await click(button);
      await asked('/download');
      expect(await click(vaButton), 'the ring after a mouse click').to.deep.equal(ours);
      await waitUntil(() => item.querySelector('va-link')?.shadowRoot?.querySelector('abbr'), 'VA’s link never rendered');
      await new Promise((resolve) => setTimeout(resolve, 100));
      expect(ours.style).to.equal('solid');

      const near = (a: number, b: number, what: string) => expect(Math.abs(a - b), `${what}: ours ${a}, VA's ${b}`).to.be.at.most(0.5);
      // The open item around its words: header, padding, gaps and the link's row. (The neighbours'
      // words run wider: LetterList wraps them in a div, past va-accordion-item's reading width.)
      const words = (ps: Iterable<Element>) => [...ps].reduce((sum, p) => sum + p.getBoundingClientRect().height, 0);
      const around = (itemBox: Element, ps: Iterable<Element>) => itemBox.getBoundingClientRect().height - words(ps);
      near(around(el, shadow(el).querySelectorAll('[part="body"] p')), around(item, item.querySelectorAll('p')), 'open item, around its words');
      const vaLink = item.querySelector('va-link')!.shadowRoot!.querySelector('a')!;
      const link = shadow(el).querySelector('a[part="download"]')!;
      // From the icon's right edge to the first letter of the link's text.
      const gap = (a: Element, icon: Element) => {
        const walker = document.createTreeWalker(a, NodeFilter.SHOW_TEXT, { acceptNode: (n) => (n.textContent!.trim() ? NodeFilter.FILTER_ACCEPT : NodeFilter.FILTER_REJECT) });
        const range = document.createRange();
        range.selectNodeContents(walker.nextNode()!);
        return range.getBoundingClientRect().left - icon.getBoundingClientRect().right;
      };
      const vaIcon = vaLink.querySelector('va-icon')!;
      near(gap(link, link.querySelector('svg')!), gap(vaLink, vaIcon), 'from the icon to the text');
      near(link.querySelector('svg')!.getBoundingClientRect().width, vaIcon.getBoundingClientRect().width, 'icon width');
      for (const prop of ['color', 'font-size', 'font-weight', 'text-decoration-line'] as const)
        expect(getComputedStyle(link).getPropertyValue(prop), prop).to.equal(getComputedStyle(vaLink).getPropertyValue(prop));
    });
  });
}
