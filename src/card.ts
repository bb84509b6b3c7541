/**
 * Everything the card shows and does once the toggle says on: reading the eligibility answer (2.2),
 * the alerts (3.2, 3.4), the card (3.3), its download (2.3), and the styles. A
 * lazy chunk, requested alongside the eligibility call: the page views where the toggle is off
 * (most of them, until the release plan's last stage) never load it.
 */
import { html, nothing, render, type TemplateResult } from 'lit';
import { downloadUrl } from './api-paths.js';
import { fetchOfficialLetter, loadLetterPdf, saveFile } from './delivery.js';
import { letterSource } from './download.js';
import type { LetterRecord } from './eligibility.js';
import { letterContent } from './letter-content.js';
import type { LetterContent } from './letter.js';
import { emit, type CardState } from './events.js';
import { downloadIcon, minusIcon, plusIcon } from './icons.js';
import { aborted, ApiError } from './request.js';
import { reportApi, reportError, track } from './telemetry.js';
import { letterFilename, text } from './text.js';
import type { TsaLetterCard } from './tsa-letter-card.js';
import { loading } from './loading.js';
import { alert, heading } from './view.js';

export { eligibilityOutcome } from './eligibility.js';
export { styles } from './styles.js';

/**
 * What the card's live region holds in each state once this code is here (the table of spec 3.2;
 * the card itself is below). The loading message comes before it, with the element.
 */
export function status(state: CardState, headingLevel: number): TemplateResult | typeof nothing {
  // The page may show one warning for all its letters: its slotted content replaces the card's alert.
  if (state === 'eligibility-error')
    return html`<slot name="eligibility-error">${alert('warning', headingLevel, text.eligibilityError.heading, text.eligibilityError.body)}</slot>`;
  // The swap from the loading message to the card, said once: it is not announced by itself.
  if (state === 'eligible') return html`<span class="visually-hidden">${text.letterAvailable}</span>`;
  return nothing;
}

/**
 * Lit makes each template ready (parsed, its parts found) the first time it renders. Rendering the
 * card once, from an empty record, into a fragment that is then dropped does that while the answer
 * is awaited, so that the card's own first render only copies them. Nothing is asked for: only a
 * click or an intent on the real card does that.
 */
export function prepare(host: TsaLetterCard): void {
  render(html`${status('eligible', host.headingLevel)}${new DownloadCard(host, {}).render()}`, document.createDocumentFragment());
}

/** Progress of one download while the card is `eligible` (spec 3.2). */
type Progress = 'idle' | 'preparing' | 'done' | 'failed';

/** One eligible Veteran's card: renders it, asks for the letter before the click, and saves it on the click. */
export class DownloadCard {
  private progress: Progress = 'idle';
  private delivering?: AbortController;
  /** The official letter's one request, while it is in flight: an open, an intent and a click all join it. */
  private asking?: Promise<Blob>;
  /** The official letter once received: the Veteran's own document, held only as long as this card. */
  private received?: Blob;
  /** Whether intent has asked already: a failure on intent stays quiet, and only a click asks again. */
  private askedOnIntent = false;
  private readonly fetching = new AbortController();

  constructor(
    private readonly host: TsaLetterCard,
    private readonly letter: LetterRecord,
  ) {}

  /** The card leaves (restart, kill switch, removal): what is in flight stops, and the letter is let go. */
  stop(): void {
    this.delivering?.abort();
    this.fetching.abort();
    this.asking = this.received = undefined;
  }

  private get source() {
    return letterSource(this.host.pdf, this.letter);
  }

  /** The official letter's URL, when the record names a document. */
  private get officialUrl(): string | undefined {
    const { documentId, documentVersion } = this.letter;
    return documentId && downloadUrl(this.host.apiBase, documentId, documentVersion);
  }

  private show(progress: Progress): void {
    this.progress = progress;
    this.host.requestUpdate();
  }

  /**
   * The item opened (the Veteran, the page's `open`, Expand all): ask for the official letter now,
   * as every letter on the letters page does, so that the click finds it ready. A failure shows the
   * download error in the open panel at once, as the page does.
   */
  opened(): void {
    if (this.source !== 'official' || !this.officialUrl || this.received || this.asking) return;
    this.officialLetter().then(
      () => this.progress === 'failed' && this.show('idle'),
      () => this.progress !== 'preparing' && this.show('failed'),
    );
  }

  private readonly onDownload = (event: MouseEvent): void => {
    // For the official letter, let the browser handle "open in new tab" and friends on its real URL.
    const modified = event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey;
    if (modified && this.source === 'official') return;
    event.preventDefault();
    // A second click while the first is under way must not save a second file.
    if (this.progress !== 'preparing') void this.deliver();
  };

  /**
   * Pointer over, focus on or touch of the link: ask for the official letter, or load jsPDF and
   * build the generated one, so that the click only hands it over. Passive: never delays
   * scrolling. A failure here is quiet; the click tries again and shows it.
   */
  private readonly onIntent = {
    handleEvent: (): void => {
      if (this.source === 'official') {
        if (this.askedOnIntent) return;
        this.askedOnIntent = true;
        if (!this.received && !this.asking && this.officialUrl) this.officialLetter().catch(() => undefined);
        return;
      }
      loadLetterPdf()
        .then(({ buildLetterPdf }) => void (this.source === 'generated' && this.letterPdf(buildLetterPdf)))
        .catch(() => undefined);
    },
    passive: true,
  };

  /** The generated letter built last, and the content it says: good while that content holds. */
  private built?: { content: string; pdf: Blob };

  /**
   * The generated letter for the inputs as they are now (the record, `recipientName`, today's
   * date): the one already built when they have not changed, else a new one.
   */
  private letterPdf(buildLetterPdf: (content: LetterContent) => Blob): Blob {
    const content = letterContent(this.letter, this.host.recipientName, new Date());
    const key = JSON.stringify(content);
    if (this.built?.content === key) return this.built.pdf;
    const started = performance.now();
    const pdf = buildLetterPdf(content);
    performance.measure('tsa-letter:generate', { start: started, end: performance.now() });
    this.built = { content: key, pdf };
    return pdf;
  }

  private async deliver(): Promise<void> {
    const { host, source } = this;
    if (!emit(host, 'tsa-letter-download', { source, filename: letterFilename }, true)) return;
    track(host, { event: 'letter-download', 'letter-type': text.title });
    const started = performance.now();
    // The letter already here is handed over in the click's own task: no request, no wait.
    if (source === 'official' && this.received) return this.save(this.received, started);
    const controller = (this.delivering = new AbortController());
    this.show('preparing');
    try {
      const pdf = source === 'official' ? await this.officialLetter() : await this.generate();
      if (!controller.signal.aborted) this.save(pdf, started);
    } catch (error) {
      if (controller.signal.aborted) return;
      // The request's own failure was reported where it was made; a generated letter's is reported here.
      if (source === 'generated') reportError(host, { phase: 'generate', message: (error as Error).message });
      this.show('failed');
    }
  }

  private save(pdf: Blob, started: number): void {
    saveFile(pdf, letterFilename, this.host.renderRoot);
    this.show('done');
    emit(this.host, 'tsa-letter-downloaded', { source: this.source, bytes: pdf.size, durationMs: Math.round(performance.now() - started) });
  }

  /**
   * The official letter: the one received, the request in flight, or a new request. Each request
   * made is reported once (`tsa-letter-api`, and `tsa-letter-error` when it fails), whoever asked.
   */
  private officialLetter(): Promise<Blob> {
    if (this.received) return Promise.resolve(this.received);
    if (this.asking) return this.asking;
    const { officialUrl: url } = this;
    const { signal } = this.fetching;
    const asking = this.requestOfficial(url, signal).finally(() => {
      if (this.asking === asking) this.asking = undefined;
    });
    this.asking = asking;
    return asking;
  }

  private async requestOfficial(url: string | undefined, signal: AbortSignal): Promise<Blob> {
    const { host } = this;
    try {
      if (!url) throw new ApiError('no-document', 'No document to download');
      const official = await fetchOfficialLetter(url, signal, host.timeout);
      if (signal.aborted) throw aborted();
      reportApi(host, 'download', 'successful', official.httpStatus, official.durationMs);
      return (this.received = official.pdf);
    } catch (error) {
      if (!(error instanceof ApiError) || error.reason !== 'aborted') {
        const httpStatus = error instanceof ApiError ? error.httpStatus : undefined;
        if (url && error instanceof ApiError) reportApi(host, 'download', 'error', httpStatus, error.durationMs);
        reportError(host, { phase: 'download', httpStatus, message: (error as Error).message });
      }
      throw error;
    }
  }

  private async generate(): Promise<Blob> {
    const { buildLetterPdf } = await loadLetterPdf();
    return this.letterPdf(buildLetterPdf);
  }

  /** The accordion header: the Veteran opens and closes the panel (Enter, Space and a click are the button's own). */
  private readonly onToggle = (): void => {
    this.host.open = !this.host.open;
  };

  /**
   * The card (spec 3.3) in the page's layout: a bordered card, or one item of the letters page's
   * accordion whose panel holds the same body. One card, one download, two looks.
   */
  render() {
    const { host, letter } = this;
    const level = host.headingLevel;
    const paragraphs = letter.paragraphs ?? text.paragraphs;
    const href = this.officialUrl ?? '#';
    const e = text.downloadError;
    const body = html`
      <div part="body"><slot name="description">${paragraphs.map((p) => html`<p>${p}</p>`)}</slot></div>
      <p class="download">
        <a part="download" href=${href} download=${letterFilename} type="application/pdf" @click=${this.onDownload}
          @pointerenter=${this.onIntent} @focus=${this.onIntent} @touchstart=${this.onIntent}
          >${downloadIcon}<span>${text.downloadLink} (<abbr title=${text.pdfAbbrTitle}>${text.pdfAbbr}</abbr>)</span></a
        >
      </p>
      <div class="progress" aria-live="polite">${this.progress === 'preparing' ? loading(text.preparing) : nothing}</div>
      ${this.progress === 'failed'
        ? alert('error', level, e.heading, html`${e.beforePhone}<a href=${e.phoneHref}>${e.phone}</a>${e.betweenPhones}<a href=${e.ttyHref}>${e.tty}</a>${e.afterTty}`)
        : nothing}
    `;
    if (host.layout !== 'accordion') return html`<div class="card" part="base">${heading(level, text.title, 'heading')}${body}</div>`;
    const { open } = host;
    return html`
      <div class="accordion-item" part="base">
        ${heading(
          level,
          html`<button type="button" class="accordion-button" aria-expanded=${open ? 'true' : 'false'} aria-controls="panel" @click=${this.onToggle}>
            ${text.title}${open ? minusIcon : plusIcon}
          </button>`,
          'heading',
          'accordion-heading',
        )}
        <div id="panel" class="panel" ?hidden=${!open}>${body}</div>
      </div>
    `;
  }
}
