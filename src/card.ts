/**
 * What the card does once the toggle says on: reading the eligibility answer (2.2), the alerts
 * (3.2, 3.4), the card's download (2.3), and the styles; the card's templates (3.3) come with the
 * element (`card-view.ts`). A lazy chunk, requested alongside the eligibility call: the page views
 * where the toggle is off (most of them, until the release plan's last stage) never load it.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { downloadUrl } from './api-paths.js';
import { fetchOfficialLetter, gestureNow, offerLinkAgain, loadLetterPdf, SAVE_GRACE_MS, saveByScript, timers } from './delivery.js';
import { letterSource } from './download.js';
import type { LetterRecord } from './eligibility.js';
import { letterContent } from './letter-content.js';
import type { LetterContent } from './letter.js';
import { emit, type CardState } from './events.js';
import { aborted, ApiError } from './request.js';
import { reportApi, reportError, track } from './telemetry.js';
import { letterFilename, text } from './text.js';
import type { TsaLetterCard } from './tsa-letter-card.js';
import { alert } from './alert.js';
import { cardView, letterAvailable, type Progress } from './card-view.js';

export { eligibilityOutcome } from './eligibility.js';
export { styles } from './styles.js';

/**
 * What the card's live region holds in each state once this code is here (the state table;
 * the card itself is `DownloadCard`). The loading message comes before it, with the element.
 */
export function status(state: CardState, headingLevel: number): TemplateResult | typeof nothing {
  // The page may show one warning for all its letters: its slotted content replaces the card's alert.
  if (state === 'eligibility-error')
    return html`<slot name="eligibility-error">${alert('warning', headingLevel, text.eligibilityError.heading, text.eligibilityError.body)}</slot>`;
  // The swap from the loading message to the card, said once: it is not announced by itself.
  if (state === 'eligible') return letterAvailable();
  return nothing;
}

/**
 * The download's error alert, its two phone numbers as `tel:` links. It sits inside the letter's
 * item or card, so its heading is one level below the letter's, as the letters page's own is (an
 * h4 under the item's h3).
 */
function downloadFailed(headingLevel: number): TemplateResult {
  const e = text.downloadError;
  return alert('error', Math.min(headingLevel + 1, 6), e.heading, html`${e.beforePhone}<a href=${e.phoneHref}>${e.phone}</a>${e.betweenPhones}<a href=${e.ttyHref}>${e.tty}</a>${e.afterTty}`);
}

/**
 * One eligible Veteran's card: renders it, asks for the letter before the click, and saves it on the
 * click. Once the letter is in hand, the link is the file itself (`href` its object URL, `download`
 * its name), as the letters page's other links are: the Veteran's click or tap is the browser's own
 * download, with the gesture, which is what Safari on iOS needs.
 */
export class DownloadCard {
  private progress: Progress = 'idle';
  private delivering?: AbortController;
  /** The official letter's one request, while it is in flight: an open, an intent and a click all join it. */
  private asking?: Promise<Blob>;
  /** The official letter once received: the Veteran's own document, held only as long as this card. */
  private received?: Blob;
  /** Whether intent has asked already: a failure on intent stays quiet, and only a click asks again. */
  private askedOnIntent = false;
  /** The letter in hand and its object URL, the link's `href`: alive as long as the card holds the letter. */
  private held?: { pdf: Blob; url: string };
  /** When a letter was last saved by script: Safari may read its URL for a while after. */
  private savedByScriptAt = -Infinity;
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
    this.release();
  }

  /** The letter is in hand: the link becomes the file. */
  private hold(pdf: Blob): void {
    if (this.held?.pdf === pdf) return;
    this.release();
    this.held = { pdf, url: URL.createObjectURL(pdf) };
    this.host.requestUpdate();
  }

  /**
   * The card lets the letter go: its URL is revoked, at once, or once `SAVE_GRACE_MS` have passed
   * since a save by script that Safari may still be reading.
   */
  private release(): void {
    if (!this.held) return;
    const { url } = this.held;
    this.held = undefined;
    const wait = this.savedByScriptAt + SAVE_GRACE_MS - performance.now();
    if (wait > 0) timers.setTimeout(() => URL.revokeObjectURL(url), wait);
    else URL.revokeObjectURL(url);
  }

  /** The held letter, when it is the one a click would save now (a generated letter whose words have not changed since). */
  private get inHand(): Blob | undefined {
    const { held } = this;
    if (!held) return undefined;
    if (this.source === 'official') return held.pdf === this.received ? held.pdf : undefined;
    return this.built?.pdf === held.pdf && this.built.content === this.contentKey() ? held.pdf : undefined;
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
    // "Open in new tab" and friends: the browser's, on the file in hand or the official letter's URL.
    const modified = event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey;
    const pdf = this.inHand;
    if (modified && (pdf || this.source === 'official')) return;
    // A click while the first is under way, or the second of a double click (its `detail` counts
    // the clicks), saves nothing more; every other click saves one file.
    if (this.progress === 'preparing' || event.detail > 1) return event.preventDefault();
    if (!pdf) {
      event.preventDefault();
      return void this.deliver(gestureNow());
    }
    // The letter is in hand: the click goes on to the browser's own download of the link.
    const { host, source } = this;
    if (!emit(host, 'tsa-letter-download', { source, filename: letterFilename }, true)) return event.preventDefault();
    // The click that completes an offered link was counted when it was first made.
    if (this.progress !== 'ready') track(host, { event: 'letter-download', 'letter-type': text.title });
    this.handedOver(pdf, performance.now());
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
  private contentKey(): string {
    return JSON.stringify(letterContent(this.letter, this.host.recipientName, new Date()));
  }

  private letterPdf(buildLetterPdf: (content: LetterContent) => Blob): Blob {
    const key = this.contentKey();
    if (this.built?.content !== key) {
      const started = performance.now();
      const pdf = buildLetterPdf(JSON.parse(key) as LetterContent);
      performance.measure('tsa-letter:generate', { start: started, end: performance.now() });
      this.built = { content: key, pdf };
    }
    this.hold(this.built.pdf);
    return this.built.pdf;
  }

  /**
   * A click that has to wait for its letter: the request in flight or a new one, or jsPDF and the
   * build. `hadGesture` is whether the click came with the Veteran's gesture (where the browser says).
   */
  private async deliver(hadGesture: boolean | undefined): Promise<void> {
    const { host, source } = this;
    if (!emit(host, 'tsa-letter-download', { source, filename: letterFilename }, true)) return;
    track(host, { event: 'letter-download', 'letter-type': text.title });
    const started = performance.now();
    const controller = (this.delivering = new AbortController());
    this.show('preparing');
    try {
      const pdf = source === 'official' ? await this.officialLetter() : await this.generate();
      if (controller.signal.aborted) return;
      // Safari's engine, the gesture run out while the letter came: a save by script may be refused
      // there, so the link, now the file, is offered to select again (`offerLinkAgain`).
      if (offerLinkAgain(hadGesture)) return this.show('ready');
      saveByScript(this.held!.url, letterFilename, host.renderRoot);
      this.savedByScriptAt = performance.now();
      this.handedOver(pdf, started);
    } catch (error) {
      if (controller.signal.aborted) return;
      // The request's own failure was reported where it was made; a generated letter's is reported here.
      if (source === 'generated') reportError(host, { phase: 'generate', message: (error as Error).message });
      this.show('failed');
    }
  }

  private handedOver(pdf: Blob, started: number): void {
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
      this.received = official.pdf;
      if (this.source === 'official') this.hold(official.pdf);
      return official.pdf;
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

  /** The card as it is now (`card-view.ts`, whose templates were made ready while the answer was awaited). */
  render() {
    const { host } = this;
    return cardView({
      headingLevel: host.headingLevel,
      layout: host.layout,
      open: host.open,
      href: this.held?.url ?? this.officialUrl ?? '#',
      paragraphs: this.letter.paragraphs ?? text.paragraphs,
      progress: this.progress,
      failure: this.progress === 'failed' ? downloadFailed(host.headingLevel) : nothing,
      onDownload: this.onDownload,
      onIntent: this.onIntent,
      onToggle: this.onToggle,
    });
  }
}
