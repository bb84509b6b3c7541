/**
 * The eligible Veteran's card as templates, what it does being in the card's lazy code
 * (`card.ts`). They come with the element: Lit makes each template ready (parsed, its parts found)
 * the first time it renders, and the element has that done while the eligibility answer is awaited
 * (`prepareCardView`). Otherwise it is done after both the answer and the code arrive, on the way to
 * the card: on a phone, several times the time its code takes to run.
 */
import { html, nothing, render, type TemplateResult } from 'lit';
import { downloadIcon, minusIcon, plusIcon } from './icons.js';
import { loading } from './loading.js';
import { letterFilename, text } from './text.js';

/** A heading of the page's chosen level (Lit cannot bind a tag name; five small templates cost less than static-html). */
export function heading(level: number, content: unknown, part?: string, className = 'heading'): TemplateResult {
  switch (level) {
    case 2:
      return html`<h2 class=${className} part=${part ?? nothing}>${content}</h2>`;
    case 4:
      return html`<h4 class=${className} part=${part ?? nothing}>${content}</h4>`;
    case 5:
      return html`<h5 class=${className} part=${part ?? nothing}>${content}</h5>`;
    case 6:
      return html`<h6 class=${className} part=${part ?? nothing}>${content}</h6>`;
    default:
      return html`<h3 class=${className} part=${part ?? nothing}>${content}</h3>`;
  }
}

export type Layout = 'card' | 'accordion';

/**
 * Progress of one download while the card is `eligible`. `ready`: in Safari's engine, the
 * letter came after the Veteran's gesture ran out, so the link is offered to select again instead of
 * a save the browser may refuse.
 */
export type Progress = 'idle' | 'preparing' | 'ready' | 'done' | 'failed';

/** What one render of the card needs: the page's inputs, the letter's, the download's progress, and the handlers. */
export interface CardView {
  headingLevel: number;
  layout: Layout;
  open: boolean;
  href: string;
  paragraphs: readonly string[];
  progress: Progress;
  /** The download's error alert once `progress` is `failed`, else `nothing`: the card's code draws it, as it draws the other alerts. */
  failure: unknown;
  onDownload: (event: MouseEvent) => void;
  /** Pointer over, focus on or touch of the link: an object, for its `passive` option. */
  onIntent: EventListenerObject & AddEventListenerOptions;
  onToggle: () => void;
}

/** The live region's words once the card is there: the swap from the loading message, said once. */
export const letterAvailable = () => html`<span class="visually-hidden">${text.letterAvailable}</span>`;

/**
 * The card in the page's layout: a bordered card, or one item of the letters page's accordion whose
 * panel holds the same body. One card, one download, two looks.
 */
export function cardView(view: CardView): TemplateResult {
  const level = view.headingLevel;
  const body = html`
    <div part="body"><slot name="description">${view.paragraphs.map((p) => html`<p>${p}</p>`)}</slot></div>
    <p class="download">
      <a part="download" href=${view.href} download=${letterFilename} type="application/pdf" @click=${view.onDownload}
        @pointerenter=${view.onIntent} @focus=${view.onIntent} @touchstart=${view.onIntent}
        >${downloadIcon}<span>${text.downloadLink} (<abbr title=${text.pdfAbbrTitle}>${text.pdfAbbr}</abbr>)</span></a
      >
    </p>
    <div class="progress" aria-live="polite">${view.progress === 'preparing' ? loading(text.preparing) : view.progress === 'ready' ? html`<p class="ready">${text.readyAgain}</p>` : nothing}</div>
    ${view.failure}
  `;
  if (view.layout !== 'accordion') return html`<div class="card" part="base">${heading(level, text.title, 'heading')}${body}</div>`;
  const { open } = view;
  return html`
    <div class="accordion-item" part="base">
      ${heading(
        level,
        html`<button type="button" class="accordion-button" aria-expanded=${open ? 'true' : 'false'} aria-controls="panel" @click=${view.onToggle}>
          ${text.title}${open ? minusIcon : plusIcon}
        </button>`,
        'heading',
        'accordion-heading',
      )}
      <div id="panel" class="panel" ?hidden=${!open}>${body}</div>
    </div>
  `;
}

const idle = (): void => undefined;

/**
 * Makes the card's templates ready for this heading level and layout, as the card will first show
 * (its default paragraphs, the item in its current state), by rendering it once into a fragment
 * that is then dropped. Nothing is asked for and nothing fires: only the real card's handlers do.
 */
export function prepareCardView(headingLevel: number, layout: Layout, open: boolean): void {
  const view: CardView = {
    headingLevel, layout, open, href: '#', paragraphs: text.paragraphs, progress: 'idle', failure: nothing,
    onDownload: idle, onIntent: { handleEvent: idle }, onToggle: idle,
  };
  render(letterAvailable(), document.createDocumentFragment());
  render(cardView(view), document.createDocumentFragment());
}
