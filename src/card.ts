/**
 * Everything the card shows and does once the toggle says on: reading the eligibility answer (2.2),
 * the loading message and alerts (3.2, 3.4), the card (3.3), its download (2.3), and the styles. A
 * lazy chunk, requested alongside the eligibility call: the page views where the toggle is off
 * (most of them, until the release plan's last stage) never load it.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { downloadUrl } from './api-paths.js';
import { fetchOfficialLetter, loadLetterPdf, saveFile } from './delivery.js';
import { letterSource } from './download.js';
import type { LetterRecord } from './eligibility.js';
import { letterContent } from './letter-content.js';
import type { LetterContent } from './letter.js';
import { emit, type CardState } from './events.js';
import { downloadIcon, minusIcon, plusIcon } from './icons.js';
import { ApiError } from './request.js';
import { reportApi, reportError, track } from './telemetry.js';
import { letterFilename, text } from './text.js';
import type { TsaLetterCard } from './tsa-letter-card.js';
import { alert, heading, loading } from './view.js';

export { eligibilityOutcome } from './eligibility.js';
export { styles } from './styles.js';

/** What the card's live region holds in each state (the table of spec 3.2; the card itself is below). */
export function status(state: CardState, headingLevel: number): TemplateResult | typeof nothing {
  if (state === 'loading-eligibility') return loading(text.loading);
  if (state === 'eligibility-error') return alert('warning', headingLevel, text.eligibilityError.heading, text.eligibilityError.body);
  // The swap from the loading message to the card, said once: it is not announced by itself.
  if (state === 'eligible') return html`<span class="visually-hidden">${text.letterAvailable}</span>`;
  return nothing;
}

/** Progress of one download while the card is `eligible` (spec 3.2). */
type Progress = 'idle' | 'preparing' | 'done' | 'failed';

/** One eligible Veteran's card: renders it, and saves the letter on a click. */
export class DownloadCard {
  private progress: Progress = 'idle';
  private delivering?: AbortController;

  constructor(
    private readonly host: TsaLetterCard,
    private readonly letter: LetterRecord,
  ) {}

  /** The card leaves (restart, kill switch, removal): what is in flight stops. */
  stop(): void {
    this.delivering?.abort();
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

  private readonly onDownload = (event: MouseEvent): void => {
    // For the official letter, let the browser handle "open in new tab" and friends on its real URL.
    const modified = event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey;
    if (modified && this.source === 'official') return;
    event.preventDefault();
    // A second click while the first is under way must not save a second file.
    if (this.progress !== 'preparing') void this.deliver();
  };

  /**
   * Pointer over, focus on or touch of the link, for a generated letter: load jsPDF and build the
   * letter then, so that the click only hands it over. Passive: never delays scrolling. A failure
   * here is quiet; the click tries again and shows it.
   */
  private readonly onIntent = {
    handleEvent: (): void => {
      if (this.source !== 'generated') return;
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
    const controller = (this.delivering = new AbortController());
    this.show('preparing');
    const started = performance.now();
    try {
      const pdf = source === 'official' ? await this.fetchOfficial(controller.signal) : await this.generate();
      if (controller.signal.aborted) return;
      saveFile(pdf, letterFilename, host.renderRoot);
      this.show('done');
      emit(host, 'tsa-letter-downloaded', { source, bytes: pdf.size, durationMs: Math.round(performance.now() - started) });
    } catch (error) {
      if (controller.signal.aborted) return;
      const httpStatus = error instanceof ApiError ? error.httpStatus : undefined;
      reportError(host, { phase: source === 'official' ? 'download' : 'generate', httpStatus, message: (error as Error).message });
      this.show('failed');
    }
  }

  private async fetchOfficial(signal: AbortSignal): Promise<Blob> {
    const { host, officialUrl: url } = this;
    if (!url) throw new ApiError('no-document', 'No document to download');
    try {
      const official = await fetchOfficialLetter(url, signal, host.timeout);
      reportApi(host, 'download', 'successful', official.httpStatus, official.durationMs);
      return official.pdf;
    } catch (error) {
      if (error instanceof ApiError && error.reason !== 'aborted') reportApi(host, 'download', 'error', error.httpStatus, error.durationMs);
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
      <div role="status">${this.progress === 'preparing' ? loading(text.preparing) : nothing}</div>
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
