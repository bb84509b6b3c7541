import { html, LitElement, nothing, type TemplateResult } from 'lit';
import { Task, initialState } from '@lit/task';
import { apiName, downloadUrl, eligibilityUrl, type ApiName } from './api-paths.js';
import { DownloadError, fetchOfficialLetter, saveFile } from './download.js';
import { eligibilityOutcome, type LetterRecord } from './eligibility.js';
import { emit, type CardState, type ErrorDetail } from './events.js';
import { downloadIcon, errorIcon, warningIcon } from './icons.js';
import { parseJson, request, RequestError } from './request.js';
import { styles } from './styles.js';
import { letterFilename, text } from './text.js';
import { fetchToggle } from './toggle.js';

export type PdfMode = 'official' | 'generated' | 'auto';
export type { CardState } from './events.js';

/** Progress of one download while the card is `eligible` (spec 3.2). */
type Delivery = 'idle' | 'preparing' | 'done' | 'failed';

/** A heading of the page's chosen level (Lit cannot bind a tag name; five small templates cost less than static-html). */
function heading(level: number, content: string, part?: string): TemplateResult {
  switch (level) {
    case 2:
      return html`<h2 class="heading" part=${part ?? nothing}>${content}</h2>`;
    case 4:
      return html`<h4 class="heading" part=${part ?? nothing}>${content}</h4>`;
    case 5:
      return html`<h5 class="heading" part=${part ?? nothing}>${content}</h5>`;
    case 6:
      return html`<h6 class="heading" part=${part ?? nothing}>${content}</h6>`;
    default:
      return html`<h3 class="heading" part=${part ?? nothing}>${content}</h3>`;
  }
}

/**
 * Lets an eligible Veteran download the TSA PreCheck Application Fee Waiver Letter. Reads the feature
 * toggle, then the Veteran's eligibility, then shows a download card; renders nothing where the
 * Veteran has nothing to see.
 *
 * @summary The TSA PreCheck Application Fee Waiver Letter download card for VA.gov's letters page.
 *
 * @attr {string} state - Read-only, reflected: the current state (`idle`, `loading-flag`, `flag-off`,
 *   `loading-eligibility`, `not-eligible`, `unauthorized`, `eligible`, `eligibility-error`).
 *
 * @fires {CustomEvent<StateDetail>} tsa-letter-state - Every state change: `{ state, previous }`.
 * @fires {CustomEvent<ApiDetail>} tsa-letter-api - After each API call: `{ api, status, httpStatus, durationMs, hasLetter? }`.
 * @fires {CustomEvent<DownloadDetail>} tsa-letter-download - Before a download; cancelable: `preventDefault()` stops it.
 * @fires {CustomEvent<DownloadedDetail>} tsa-letter-downloaded - After the file was handed to the browser: `{ source, bytes, durationMs }`.
 * @fires {CustomEvent<ErrorDetail>} tsa-letter-error - On every failure: `{ phase, httpStatus?, message }`.
 *
 * @csspart base - The card's box.
 * @csspart heading - The card's heading.
 * @csspart body - The card's paragraphs.
 * @csspart download - The download link.
 * @csspart alert - The warning or error alert.
 *
 * @cssprop --tsa-letter-card-border-color - The card's border (default `--vads-color-gray-medium`, #757575).
 * @cssprop --tsa-letter-card-link-color - Links and the spinner (default `--vads-color-primary`, #005ea2).
 * @cssprop --tsa-letter-card-focus-color - The focus ring (default `--vads-color-action-focus-on-light`, #face00).
 * @cssprop --tsa-letter-card-color - Body text (default `--vads-color-base`, #1b1b1b).
 * @cssprop --tsa-letter-card-background - The card's background (default `--vads-color-white`).
 * @cssprop --tsa-letter-card-alert-background - Alerts' background (default `--vads-color-base-lightest`, #f0f0f0).
 * @cssprop --tsa-letter-card-warning-color - The warning alert's border (default `--vads-color-warning`, #ffbe2e).
 * @cssprop --tsa-letter-card-error-color - The error alert's border (default `--vads-color-error`, #d54309).
 * @cssprop --tsa-letter-card-font-family - Body font (Source Sans Pro stack).
 * @cssprop --tsa-letter-card-heading-font-family - Heading font (Bitter stack).
 */
export class TsaLetterCard extends LitElement {
  static override styles = styles;

  // Declared here rather than with decorators: same behaviour, without the decorator helpers in the bundle.
  static override properties = {
    apiBase: { attribute: 'api-base' },
    feature: {},
    ungated: { type: Boolean },
    pdf: {},
    headingLevel: { attribute: 'heading-level', type: Number },
    disableAnalytics: { attribute: 'disable-analytics', type: Boolean },
    timeout: { type: Number },
    current: { state: true, attribute: false },
    letter: { state: true, attribute: false },
    delivery: { state: true, attribute: false },
  };

  /** Prefix of every API URL; `""` is the page's own origin. */
  apiBase = '';

  /** The feature toggle's name. */
  feature = 'tsa_safe_travel_letter';

  /** Skip the toggle entirely (once the toggle is removed from VA.gov). */
  ungated = false;

  /**
   * Which PDF the link saves: `official` (the VA document), `generated` (built in the browser),
   * `auto` (official when the record names a document, generated otherwise). Only `official` is
   * built so far: `generated` and `auto` save the official document.
   */
  pdf: PdfMode = 'auto';

  /** Level of the card's heading, 2 to 6; anything else is 3. */
  headingLevel = 3;

  /** No pushes to `window.dataLayer`; DOM events still fire. */
  disableAnalytics = false;

  /** Milliseconds each API call may take, body included, before it counts as failed. */
  timeout = 15000;

  /** Read-only: the current state (spec 3.2), reflected to the `state` attribute. */
  get state(): CardState {
    return this.current;
  }

  private current: CardState = 'idle';
  private letter?: LetterRecord;
  private delivery: Delivery = 'idle';
  private delivering?: AbortController;
  private reconnecting = false;

  /** One run of the flow per set of inputs; a newer run aborts the older one (spec 3.1). */
  private readonly flow = new Task(this, {
    args: () => [this.apiBase, this.feature, this.ungated, this.pdf] as const,
    task: async (_args, { signal }) => {
      await this.load(signal);
      return initialState;
    },
  });

  override connectedCallback(): void {
    super.connectedCallback();
    this.setAttribute('state', this.current);
    if (this.reconnecting) {
      this.reconnecting = false;
      void this.flow.run();
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    // Nothing may keep running once the card has left the page; re-adding it starts again.
    this.flow.abort();
    this.delivering?.abort();
    this.reconnecting = true;
  }

  // ---- the flow: toggle, then eligibility (spec 2.1, 2.2) -------------------------------------

  private async load(signal: AbortSignal): Promise<void> {
    this.delivering?.abort();
    this.delivery = 'idle';
    this.letter = undefined;
    const { apiBase, feature, timeout } = this;
    try {
      if (!this.ungated) {
        this.enter('loading-flag');
        const toggle = await fetchToggle({ apiBase, feature, signal, timeoutMs: timeout });
        if (signal.aborted) return;
        if (toggle.report) this.reportApi(apiName.toggle, toggle.failure ? 'error' : 'successful', toggle.httpStatus, toggle.durationMs);
        if (toggle.failure) this.fail({ phase: 'flag', ...toggle.failure });
        if (!toggle.enabled) return this.enter('flag-off');
      }
      // Only now, never in parallel: users without the toggle must not reach this endpoint.
      this.enter('loading-eligibility');
      await this.checkEligibility(apiBase, signal);
    } catch (error) {
      if (signal.aborted) return;
      // A failure nothing above expected still lands in a defined state.
      const phase = this.current === 'loading-flag' ? 'flag' : 'eligibility';
      this.fail({ phase, message: error instanceof Error ? error.message : 'Unexpected failure.' });
      this.enter(phase === 'flag' ? 'flag-off' : 'eligibility-error');
    }
  }

  private async checkEligibility(apiBase: string, signal: AbortSignal): Promise<void> {
    let answer;
    try {
      answer = await request(eligibilityUrl(apiBase), { accept: 'application/json', signal, timeoutMs: this.timeout, maxBytes: 256 * 1024 });
    } catch (error) {
      if (signal.aborted || !(error instanceof RequestError)) throw error;
      this.reportApi(apiName.eligibility, 'error', undefined, error.durationMs);
      this.fail({ phase: 'eligibility', message: error.message });
      return this.enter('eligibility-error');
    }
    if (signal.aborted) return;
    const { status: httpStatus, durationMs } = answer;
    const outcome = eligibilityOutcome(httpStatus, parseJson(answer.body));
    const hasLetter = outcome.state === 'eligible';
    if (outcome.state === 'eligible' || outcome.state === 'not-eligible') {
      this.reportApi(apiName.eligibility, 'successful', httpStatus, durationMs, hasLetter);
    } else {
      this.reportApi(apiName.eligibility, 'error', httpStatus, durationMs);
      this.fail({ phase: 'eligibility', httpStatus, message: outcome.message });
    }
    if (outcome.state === 'eligible') this.letter = outcome.letter;
    this.enter(outcome.state);
  }

  // ---- the download (spec 2.3) -------------------------------------------------------------

  private readonly onDownload = (event: MouseEvent): void => {
    // Let the browser handle "open in new tab" and friends on the link's real URL.
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    // A second click while the first is under way must not save a second file.
    if (this.delivery === 'preparing' || !this.letter) return;
    void this.deliver(this.letter);
  };

  private async deliver(letter: LetterRecord): Promise<void> {
    if (!emit(this, 'tsa-letter-download', { source: 'official', filename: letterFilename }, true)) return;
    const controller = new AbortController();
    this.delivering = controller;
    this.delivery = 'preparing';
    const started = performance.now();
    try {
      if (!letter.documentId) throw new DownloadError('The letter record names no document to download.');
      const url = downloadUrl(this.apiBase, letter.documentId, letter.documentVersion);
      const official = await fetchOfficialLetter(url, controller.signal, this.timeout).catch((error: unknown) => {
        if (error instanceof DownloadError) this.reportApi(apiName.download, 'error', error.httpStatus, error.durationMs);
        throw error;
      });
      if (controller.signal.aborted) return;
      this.reportApi(apiName.download, 'successful', official.httpStatus, official.durationMs);
      saveFile(official.pdf, letterFilename, this.renderRoot);
      this.delivery = 'done';
      emit(this, 'tsa-letter-downloaded', { source: 'official', bytes: official.pdf.size, durationMs: performance.now() - started });
    } catch (error) {
      if (controller.signal.aborted) return;
      const httpStatus = error instanceof DownloadError ? error.httpStatus : undefined;
      this.fail({ phase: 'download', httpStatus, message: error instanceof Error ? error.message : 'The download failed.' });
      this.delivery = 'failed';
    }
  }

  // ---- state and reporting -----------------------------------------------------------------

  private enter(next: CardState): void {
    const previous = this.current;
    if (next === previous) return;
    this.current = next;
    this.setAttribute('state', next);
    emit(this, 'tsa-letter-state', { state: next, previous });
  }

  private reportApi(api: ApiName, status: 'successful' | 'error', httpStatus: number | undefined, durationMs: number, hasLetter?: boolean): void {
    emit(this, 'tsa-letter-api', {
      api,
      status,
      ...(httpStatus === undefined ? {} : { httpStatus }),
      durationMs: Math.round(durationMs),
      ...(hasLetter === undefined ? {} : { hasLetter }),
    });
  }

  private fail(detail: ErrorDetail): void {
    emit(this, 'tsa-letter-error', detail.httpStatus === undefined ? { phase: detail.phase, message: detail.message } : detail);
  }

  // ---- rendering: one function per visible state (spec 3.2 to 3.4) --------------------------

  protected override render() {
    // The status region is always there, so that what appears in it is announced.
    return html`
      <div class="status" role="status">
        ${this.current === 'loading-eligibility' ? this.renderLoading(text.loading) : nothing}
        ${this.current === 'eligibility-error' ? this.renderEligibilityAlert() : nothing}
      </div>
      ${this.current === 'eligible' && this.letter ? this.renderCard(this.letter) : nothing}
    `;
  }

  private renderLoading(message: string) {
    return html`<div class="loading"><span class="spinner" aria-hidden="true"></span><span>${message}</span></div>`;
  }

  private renderEligibilityAlert() {
    return html`
      <div class="alert warning" part="alert">
        ${warningIcon}<span class="visually-hidden">${text.warningIcon}</span>
        <div>
          ${heading(this.headingLevel, text.eligibilityError.heading)}
          <p>${text.eligibilityError.body}</p>
        </div>
      </div>
    `;
  }

  private renderCard(letter: LetterRecord) {
    const paragraphs = letter.paragraphs ?? text.paragraphs;
    const href = letter.documentId ? downloadUrl(this.apiBase, letter.documentId, letter.documentVersion) : '#';
    return html`
      <div class="card" part="base">
        ${heading(this.headingLevel, text.title, 'heading')}
        <div part="body">${paragraphs.map((p) => html`<p>${p}</p>`)}</div>
        <p class="download">
          <a part="download" href=${href} download=${letterFilename} type="application/pdf" @click=${this.onDownload}
            >${downloadIcon}<span>${text.downloadLink} (<abbr title=${text.pdfAbbrTitle}>${text.pdfAbbr}</abbr>)</span></a
          >
        </p>
        <div role="status">${this.delivery === 'preparing' ? this.renderLoading(text.preparing) : nothing}</div>
        ${this.delivery === 'failed' ? this.renderDownloadAlert() : nothing}
      </div>
    `;
  }

  private renderDownloadAlert() {
    const e = text.downloadError;
    return html`
      <div class="alert error" part="alert" role="alert">
        ${errorIcon}<span class="visually-hidden">${text.errorIcon}</span>
        <div>
          ${heading(this.headingLevel, e.heading)}
          <p>${e.beforePhone}<a href=${e.phoneHref}>${e.phone}</a>${e.betweenPhones}<a href=${e.ttyHref}>${e.tty}</a>${e.afterTty}</p>
        </div>
      </div>
    `;
  }
}
