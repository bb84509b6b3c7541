import { delay, http } from 'msw';
import { handlers, letterResponse, type Scenario } from '../src/mocks/index.js';
import { text } from '../src/text.js';
import type { CardState, Layout } from '../src/define.js';
import { radioOption } from './controls.js';
import { serve } from './network.js';

const API_BASE = '/letters-page';

interface PageState {
  id: string;
  label: string;
  scenario: Scenario;
  state: CardState;
  open?: boolean;
  click?: boolean;
  /** The Veteran has no other letter: the page's list holds only the card, if anything. */
  alone?: boolean;
  /** The Veteran's level of assurance, as the page knows it (`profile.loa.current`). */
  loa?: number;
  /** The page explains why there is no letter (`slot="not-eligible"`). */
  explains?: boolean;
}

/** The states a designer checks on the page, each a scenario and, for some, what the Veteran did. */
export const pageStates: PageState[] = [
  { id: 'eligible', label: 'Eligible, collapsed', scenario: 'eligible', state: 'eligible' },
  { id: 'eligible-open', label: 'Eligible, expanded', scenario: 'eligible', state: 'eligible', open: true },
  { id: 'loading', label: 'Loading eligibility', scenario: 'slow-eligibility', state: 'loading-eligibility' },
  { id: 'eligibility-error', label: 'Eligibility error', scenario: 'eligibility-error', state: 'eligibility-error' },
  { id: 'download-failed', label: 'Download failed', scenario: 'download-error', state: 'eligible', open: true, click: true },
  { id: 'not-eligible', label: 'Not eligible (the page explains)', scenario: 'not-eligible', state: 'not-eligible', explains: true },
  { id: 'flag-off', label: 'Toggle off', scenario: 'toggle-off', state: 'flag-off' },
  { id: 'not-loa3', label: 'Not LOA3 (nothing asked)', scenario: 'eligible', state: 'unauthorized', loa: 1 },
  { id: 'only-this-letter', label: 'No other letter, eligible', scenario: 'eligible', state: 'eligible', alone: true },
  { id: 'no-letters', label: 'No letters at all (the empty state)', scenario: 'not-eligible', state: 'not-eligible', alone: true },
  { id: 'alone-error', label: 'No other letter, eligibility error', scenario: 'eligibility-error', state: 'eligibility-error', alone: true },
];

/** How long the page's other letters take to come, as a real one does (vets-api builds each PDF). */
const OTHER_LETTER_MS = 1200;

/** The other letters of the page, as VA's own accordion items: the company the card keeps. */
const otherLetters: [string, string][] = [
  ['Benefit summary and service verification letter', 'This letter shows your service history and some of your VA benefits. You can use it to apply for housing help, a civil service job, or a state or local property tax break.'],
  ['Commissary letter', 'If you’re a Veteran with a service-connected disability rating, this letter can help you get access to commissaries, exchanges and morale, welfare and recreation services.'],
  ['Proof of service card', 'This card shows that you served honorably in the Armed Forces. You can use it to get Veteran discounts at stores, businesses and restaurants.'],
  ['Civil service preference letter', 'This letter shows that you’re a disabled Veteran and you qualify for preference for civil service jobs.'],
];

/**
 * One of the page's other letters, as vets-website's `DownloadLetterBlobLink` behaves: the first
 * time its item opens (the Veteran, Expand all), it asks for the PDF, shows VA's loading indicator,
 * then the download link to the file it received.
 */
function otherLetter(title: string, description: string, index: number): HTMLElement {
  const item = document.createElement('va-accordion-item');
  // As LetterList writes each item: an h3 headline, the words, then the download.
  const headline = document.createElement('h3');
  headline.slot = 'headline';
  headline.textContent = title;
  const words = document.createElement('div');
  words.innerHTML = '<p></p>';
  words.firstElementChild!.textContent = description;
  const download = document.createElement('div');
  item.append(headline, words, download);
  const ask = async () => {
    observer.disconnect();
    download.innerHTML = '<va-loading-indicator message="Loading your letter..."></va-loading-indicator>';
    const pdf = await (await fetch(`${API_BASE}/v0/letters/${index}`)).blob();
    download.className = 'vads-u-margin-top--1';
    download.innerHTML = '<va-link download filetype="PDF"></va-link>';
    const link = download.firstElementChild!;
    link.setAttribute('href', URL.createObjectURL(pdf));
    link.setAttribute('filename', `${title}.pdf`);
    link.setAttribute('text', `Download ${title}`);
  };
  const observer = new MutationObserver(() => item.getAttribute('open') === 'true' && void ask());
  observer.observe(item, { attributes: true, attributeFilter: ['open'] });
  return item;
}

/** The page's one warning for all its letters, below the accordion (vets-website's `LetterList`). */
function pageWarning(): HTMLElement {
  const warning = document.createElement('va-alert');
  warning.setAttribute('status', 'warning');
  warning.className = 'page-warning';
  warning.innerHTML = '<h4 slot="headline"></h4><p></p>';
  warning.querySelector('h4')!.textContent = text.eligibilityError.heading;
  warning.querySelector('p')!.textContent = text.eligibilityError.body;
  return warning;
}

/** The page's empty state (vets-website's `LetterList`), when it has no letter and no warning to show. */
function emptyState(): HTMLElement {
  const empty = document.createElement('div');
  empty.className = 'empty-state';
  empty.innerHTML = `<h3>You don't have any benefit letters or documents available.</h3>
    <p>Most Veterans find benefit letters and documents here such as:</p>
    <ul><li>Benefit Summary and Service Verification Letter</li><li>Proof of Service Card</li><li>Civil Service Preference Letter</li></ul>
    <p>If you think you should have a benefit letter and document that's not here, call the VA benefits hotline at 800-827-1000 (TTY: 711) for help.</p>`;
  return empty;
}

function frame(width: number, layout: Layout, stateId: string): HTMLElement {
  const page = pageStates.find((s) => s.id === stateId)!;
  const wrapper = document.createElement('div');
  wrapper.className = 'letters-frame';
  wrapper.style.width = `${width}px`;
  wrapper.dataset.width = String(width);
  wrapper.innerHTML = `
    <p class="frame-label">${width} px</p>
    <article class="letters-page">
      <h1>VA letters and documents</h1>
      <p class="intro">To see an explanation about each letter, select the letter name.</p>
      <div class="letters-list"><va-accordion bordered></va-accordion></div>
    </article>`;
  const list = wrapper.querySelector<HTMLElement>('.letters-list')!;
  const accordion = wrapper.querySelector('va-accordion')!;
  const letters = page.alone ? [] : otherLetters;
  letters.forEach(([title, description], index) => accordion.append(otherLetter(title, description, index)));
  // The card, as docs/vets-website.md drops it into LetterList: the accordion's last child, told
  // what the page knows (the toggle, the Veteran's LOA), its warning left to the page.
  const card = document.createElement('tsa-letter-card');
  card.setAttribute('api-base', API_BASE);
  card.setAttribute('pdf', 'official');
  card.setAttribute('layout', layout);
  card.setAttribute('flag', String(page.scenario !== 'toggle-off'));
  card.setAttribute('loa', String(page.loa ?? 3));
  card.dataset.expect = page.state;
  card.dataset.letters = String(letters.length);
  if (page.open) card.setAttribute('open', '');
  if (page.explains) {
    const explanation = document.createElement('p');
    explanation.slot = 'not-eligible';
    explanation.className = 'not-eligible';
    explanation.textContent = 'You don’t have a TSA PreCheck Application Fee Waiver Letter. Veterans with a service-connected disability rating can get one; if you think you should have it, call us at 800-827-1000.';
    card.append(explanation);
  }
  const noWarning = document.createElement('div');
  noWarning.slot = 'eligibility-error';
  card.append(noWarning);
  // LetterList's three decisions, on what the card says and nothing else: the list is there when
  // it holds something, the empty state once nothing will be, the one warning when a call failed.
  const article = wrapper.querySelector('.letters-page')!;
  const decide = ({ shows = false, empty = false, unavailable = false }) => {
    list.hidden = letters.length === 0 && !shows;
    article.querySelector('.page-warning')?.remove();
    article.querySelector('.empty-state')?.remove();
    if (unavailable) article.append(pageWarning());
    else if (letters.length === 0 && empty) article.append(emptyState());
  };
  decide({});
  card.addEventListener('tsa-letter-state', (e) => decide(e.detail));
  // In the accordion layout the open item shows a failed download by itself; the card waits for a click.
  if (page.click && layout === 'card') {
    card.addEventListener('tsa-letter-state', (e) => {
      if (e.detail.state === 'eligible') card.updateComplete.then(() => card.shadowRoot!.querySelector<HTMLElement>('a[part="download"]')!.click());
    });
  }
  accordion.append(card);
  return wrapper;
}

/**
 * The letters page as VA.gov shows it: VA's own accordion for the other letters, the card as its
 * last item, in the chosen layout and state, at a phone width and a desktop width.
 */
export function renderLettersPage(root: HTMLElement): void {
  const form = root.querySelector<HTMLFormElement>('form')!;
  const states = form.querySelector<HTMLDivElement>('.page-states')!;
  const frames = root.querySelector<HTMLDivElement>('.letters-frames')!;
  for (const { id, label } of pageStates) states.append(radioOption('page-state', id, label, id === 'eligible-open'));
  const show = () => {
    const data = new FormData(form);
    const stateId = String(data.get('page-state'));
    const layout = String(data.get('page-layout')) as Layout;
    // The loading state holds: its answer never comes.
    serve('letters-page', [
      ...handlers(pageStates.find((s) => s.id === stateId)!.scenario, { apiBase: API_BASE, slowMs: Infinity }),
      http.get(`${API_BASE}/v0/letters/:index`, async () => (await delay(OTHER_LETTER_MS), letterResponse())),
    ]);
    frames.replaceChildren(frame(1024, layout, stateId), frame(320, layout, stateId));
  };
  form.addEventListener('change', show);
  show();
}
