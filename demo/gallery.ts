import { handlers, toggleHandler, type Scenario } from '../src/mocks/index.js';
import type { CardState, Layout } from '../src/define.js';
import { serve } from './network.js';

/** Every state a designer reviews, each card on its own scenario; nothing to click. */
interface Tile {
  id: string;
  title: string;
  state: CardState | 'idle';
  shows: string;
  scenario?: Scenario;
  /** Answers that never come, to hold a loading state. */
  hold?: 'toggle';
  /** The page clicks the download link itself, to show a download state. */
  click?: boolean;
  /** `accordion`: one item of the letters page's accordion; `open` expands it. */
  layout?: Layout;
  open?: boolean;
}

const tiles: Tile[] = [
  { id: 'eligible', title: 'Eligible', state: 'eligible', shows: 'The card, with the download link.', scenario: 'eligible' },
  { id: 'eligible-content', title: 'Eligible, with letter content', state: 'eligible', shows: 'The record’s paragraphs replace the default two.', scenario: 'eligible-with-content' },
  { id: 'loading-eligibility', title: 'Loading eligibility', state: 'loading-eligibility', shows: 'A spinner and the loading message, announced politely.', scenario: 'slow-eligibility' },
  { id: 'eligibility-error', title: 'Eligibility error', state: 'eligibility-error', shows: 'The warning alert.', scenario: 'eligibility-error' },
  { id: 'download-preparing', title: 'Download: preparing', state: 'eligible', shows: 'After a click, while the PDF comes: “Loading your letter...”.', scenario: 'slow-download', click: true },
  { id: 'download-failed', title: 'Download: failed', state: 'eligible', shows: 'After a failed download: the error alert inside the card.', scenario: 'download-error', click: true },
  { id: 'accordion-closed', title: 'Accordion item, collapsed', state: 'eligible', shows: 'layout="accordion": the letters page’s item, its title in the header bar.', scenario: 'eligible', layout: 'accordion' },
  { id: 'accordion-open', title: 'Accordion item, expanded', state: 'eligible', shows: 'The description and the download link in the panel, at VA’s reading width.', scenario: 'eligible', layout: 'accordion', open: true },
  { id: 'accordion-preparing', title: 'Accordion item: preparing', state: 'eligible', shows: 'After a click, while the PDF comes.', scenario: 'slow-download', layout: 'accordion', open: true, click: true },
  { id: 'accordion-failed', title: 'Accordion item: download failed', state: 'eligible', shows: 'The error alert inside the panel.', scenario: 'download-error', layout: 'accordion', open: true, click: true },
  { id: 'loading-flag', title: 'Loading the toggle', state: 'loading-flag', shows: 'Nothing: no flash of content for users without the toggle.', hold: 'toggle' },
  { id: 'flag-off', title: 'Toggle off', state: 'flag-off', shows: 'Nothing; the card takes no space.', scenario: 'toggle-off' },
  { id: 'not-eligible', title: 'Not eligible', state: 'not-eligible', shows: 'Nothing.', scenario: 'not-eligible' },
  { id: 'unauthorized', title: 'Signed out or not LOA3', state: 'unauthorized', shows: 'Nothing, and no error alert.', scenario: 'signed-out' },
  { id: 'idle', title: 'Idle', state: 'idle', shows: 'Nothing: the card has not been added to a page yet.' },
];

export function renderGallery(root: HTMLElement): void {
  serve(
    'gallery',
    tiles.flatMap((tile) => {
      const apiBase = `/gallery/${tile.id}`;
      if (tile.hold === 'toggle') return [toggleHandler(true, { apiBase, latency: Infinity })];
      return tile.scenario ? handlers(tile.scenario, { apiBase, slowMs: Infinity }) : [];
    }),
  );
  for (const tile of tiles) {
    const figure = document.createElement('figure');
    // Tiles whose card renders nothing sit side by side; the rest take the full width.
    const rendersNothing = ['idle', 'loading-flag', 'flag-off', 'not-eligible', 'unauthorized'].includes(tile.state);
    figure.className = rendersNothing ? 'tile empty' : 'tile';
    figure.dataset.tile = tile.id;
    figure.innerHTML = `
      <figcaption><h3></h3><p class="shows"></p><p class="meta">state <code></code></p></figcaption>
      <div class="frames">
        <div class="frame phone"><p class="frame-label">320 px</p></div>
        <div class="frame desktop"><p class="frame-label">640 px</p></div>
      </div>`;
    figure.querySelector('h3')!.textContent = tile.title;
    figure.querySelector('.shows')!.textContent = tile.shows;
    figure.querySelector('code')!.textContent = tile.state;
    for (const frame of figure.querySelectorAll('.frame')) {
      const card = document.createElement('tsa-letter-card');
      card.setAttribute('api-base', `/gallery/${tile.id}`);
      card.setAttribute('pdf', 'official');
      if (tile.layout) card.setAttribute('layout', tile.layout);
      if (tile.open) card.setAttribute('open', '');
      card.dataset.expect = tile.state;
      if (tile.state === 'idle') card.dataset.idle = '';
      else frame.append(card);
      if (tile.click) {
        card.addEventListener('tsa-letter-state', (e) => {
          if (e.detail.state === 'eligible') card.updateComplete.then(() => card.shadowRoot!.querySelector<HTMLElement>('a[part="download"]')!.click());
        });
      }
    }
    root.append(figure);
  }
}
