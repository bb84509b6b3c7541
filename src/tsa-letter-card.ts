import { html, LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { apiName, downloadUrl, eligibilityUrl } from './api-paths.js';
import { letterSource, type PdfMode } from './download.js';
import { eligibilityOutcome, type LetterRecord } from './eligibility.js';
import { definedOnly, emit, type CardState, type ErrorDetail, type LetterSource } from './events.js';
import { lazy } from './lazy.js';
import { downloadIcon, errorIcon, warningIcon } from './icons.js';
import { ApiError, parseJson, request } from './request.js';
import { styles } from './styles.js';
import { version } from './version.js';
import { letterFilename, text } from './text.js';
import { clock, fetchToggle } from './toggle.js';
import { readFlagSource, watchFlagSource, type FlagSource, type OpenFeatureClient } from './flag-source.js';

export type { CardState } from './events.js';
export { forgetToggles } from './toggle.js';
export type { PdfMode } from './download.js';

/** The download machinery, loaded on intent (`delivery.ts`). */
const loadDelivery = lazy(() => import('./delivery.js'));
type Delivery = Awaited<ReturnType<typeof loadDelivery>>;

/** The inputs whose change restarts the flow (spec 3.1). */
const FLOW_INPUTS = ['apiBase', 'feature', 'ungated', 'pdf', 'flagSource'];

/** Progress of one download while the card is `eligible` (spec 3.2). */
type Progress = 'idle' | 'preparing' | 'done' | 'failed';

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
 * @cssstate loading-flag - Asking for the toggle; renders nothing.
 * @cssstate flag-off - The toggle is off; renders nothing.
 * @cssstate loading-eligibility - Asking for eligibility; the loading message.
 * @cssstate not-eligible - No letter; renders nothing.
 * @cssstate unauthorized - Signed out or not LOA3; renders nothing.
 * @cssstate eligible - The card, with the download link.
 * @cssstate eligibility-error - The warning alert.
 *
 * @csspart base - The card's box.
 * @csspart heading - The card's heading.
 * @csspart body - The card's paragraphs.
 * @csspart download - The download link.
 * @csspart alert - The warning or error alert.
 *
 * @cssprop [--tsa-letter-card-border-color=var(--vads-color-gray-medium, #757575)] - The card's border and the spinner's track.
 * @cssprop [--tsa-letter-card-link-color=var(--vads-color-primary, #005ea2)] - Links and the spinner.
 * @cssprop [--tsa-letter-card-focus-color=var(--vads-color-action-focus-on-light, #face00)] - The focus ring.
 * @cssprop [--tsa-letter-card-color=var(--vads-color-base, #1b1b1b)] - Body text.
 * @cssprop [--tsa-letter-card-background=var(--vads-color-white, #fff)] - The card's background.
 * @cssprop [--tsa-letter-card-alert-background=var(--vads-color-base-lightest, #f0f0f0)] - Alerts' background.
 * @cssprop [--tsa-letter-card-warning-color=var(--vads-color-warning, #ffbe2e)] - The warning alert's border.
 * @cssprop [--tsa-letter-card-error-color=var(--vads-color-error, #d54309)] - The error alert's border.
 * @cssprop [--tsa-letter-card-font-family=Source Sans Pro, Helvetica Neue, Helvetica, Roboto, Arial, sans-serif] - Body font.
 * @cssprop [--tsa-letter-card-heading-font-family=Bitter, Georgia, Cambria, Times New Roman, Times, serif] - Heading font.
 */
export class TsaLetterCard extends LitElement {
  static override styles = styles;

  /** This package's version, so two copies on one page can tell each other apart. */
  static readonly version = version;

  // Declared here rather than with decorators: same behaviour, without the decorator helpers in the bundle.
  static override properties = {
    apiBase: { attribute: 'api-base' },
    feature: {},
    ungated: { type: Boolean },
    pdf: {},
    headingLevel: { attribute: 'heading-level', type: Number },
    disableAnalytics: { attribute: 'disable-analytics', type: Boolean },
    timeout: { type: Number },
    flagMaxAge: { attribute: 'flag-max-age', type: Number },
    flagSource: { attribute: false },
    recipientName: { attribute: false },
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
   * Which PDF the link saves: `official` (the VA document), `generated` (a letter built in the
   * browser), `auto` (official when the eligibility record names a document, generated otherwise).
   */
  pdf: PdfMode = 'auto';

  /** Level of the card's heading, 2 to 6; anything else is 3. */
  headingLevel = 3;

  /** No pushes to `window.dataLayer`; DOM events still fire. */
  disableAnalytics = false;

  /** Milliseconds each API call may take, body included, before it counts as failed. */
  timeout = 15000;

  /**
   * Milliseconds a toggle value stays good: cards on the page share it for that long, and a tab
   * that becomes visible again asks anew once it is older (the kill switch, spec 4).
   */
  flagMaxAge = 30000;

  /**
   * The toggle from the page instead of VA.gov's endpoint: an object with `isEnabled(name, signal)`,
   * or an OpenFeature web client, whose provider's changes then apply live.
   */
  flagSource?: FlagSource | OpenFeatureClient;

  /** The Veteran's name, printed on the generated letter when the page gives it (a property only: no personal data in attributes). */
  recipientName?: string;

  /** The current state (spec 3.2), reflected to the `state` attribute. */
  get state(): CardState {
    return this.current;
  }

  private current: CardState = 'idle';
  private letter?: LetterRecord;
  private delivery: Progress = 'idle';
  /** The flow's current run; a newer run aborts it, so an older answer is never rendered. */
  private running?: AbortController;
  private delivering?: AbortController;
  private rechecking?: AbortController;
  private reconnecting = false;
  private flagCheckedAt = 0;
  private unwatch = () => {};
  /** The state as a custom state too, for `tsa-letter-card:state(eligible)` in the page's CSS. */
  private readonly internals = this.attachInternals();

  override connectedCallback(): void {
    super.connectedCallback();
    this.setAttribute('state', this.current);
    document.addEventListener('visibilitychange', this.onVisible);
    if (this.reconnecting) {
      this.reconnecting = false;
      this.start();
    }
  }

  /** The first update, and any change of the flow's inputs, (re)starts the flow. */
  protected override willUpdate(changed: PropertyValues): void {
    if (FLOW_INPUTS.some((name) => changed.has(name))) this.start();
  }

  private start(): void {
    this.running?.abort();
    void this.load((this.running = new AbortController()).signal);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    // Nothing may keep running once the card has left the page; re-adding it starts again.
    this.running?.abort();
    this.delivering?.abort();
    this.rechecking?.abort();
    this.unwatch();
    document.removeEventListener('visibilitychange', this.onVisible);
    this.reconnecting = true;
  }

  // ---- the flow: toggle, then eligibility (spec 2.1, 2.2) -------------------------------------

  private async load(signal: AbortSignal): Promise<void> {
    this.delivering?.abort();
    this.delivery = 'idle';
    this.letter = undefined;
    this.unwatch();
    this.unwatch = watchFlagSource(this.flagSource, () => void this.recheck());
    try {
      if (!this.ungated) {
        this.enter('loading-flag');
        const enabled = await this.readFlag(signal, false);
        if (signal.aborted) return;
        if (!enabled) return this.enter('flag-off');
      }
      // Only now, never in parallel: users without the toggle must not reach this endpoint.
      this.enter('loading-eligibility');
      await this.checkEligibility(this.apiBase, signal);
    } catch (error) {
      if (signal.aborted) return;
      // A failure nothing above expected still lands in a defined state.
      const phase = this.current === 'loading-flag' ? 'flag' : 'eligibility';
      this.fail({ phase, message: String(error) });
      this.enter(phase === 'flag' ? 'flag-off' : 'eligibility-error');
    }
  }

  /** The toggle, from the page's flag source or VA.gov's endpoint; reports the call and any failure as off. */
  private async readFlag(signal: AbortSignal, fresh: boolean): Promise<boolean> {
    this.flagCheckedAt = clock.now();
    const { flagSource, feature } = this;
    if (flagSource) {
      try {
        return await readFlagSource(flagSource, feature, signal);
      } catch (error) {
        if (!signal.aborted) this.fail({ phase: 'flag', message: String(error) });
        return false;
      }
    }
    const toggle = await fetchToggle({ apiBase: this.apiBase, feature, signal, timeoutMs: this.timeout, maxAge: fresh ? 0 : this.flagMaxAge });
    if (toggle.report) this.reportApi('toggle', toggle.failure ? 'error' : 'successful', toggle.httpStatus, toggle.durationMs);
    if (toggle.failure) this.fail({ phase: 'flag', ...toggle.failure });
    return toggle.enabled;
  }

  /** A hidden tab shown again, once the toggle is older than `flagMaxAge`: ask again. */
  private readonly onVisible = (): void => {
    if (document.visibilityState === 'visible' && clock.now() - this.flagCheckedAt >= this.flagMaxAge) void this.recheck();
  };

  /** The kill switch: a toggle now off hides the card and stops what is in flight; now on, starts. */
  private async recheck(): Promise<void> {
    if (this.ungated || this.current === 'idle' || this.current === 'loading-flag') return;
    this.rechecking?.abort();
    const controller = (this.rechecking = new AbortController());
    const enabled = await this.readFlag(controller.signal, true).catch(() => undefined);
    if (controller.signal.aborted || enabled === undefined) return;
    if (!enabled && this.current !== 'flag-off') {
      this.running?.abort();
      this.delivering?.abort();
      this.delivery = 'idle';
      this.enter('flag-off');
    } else if (enabled && this.current === 'flag-off') {
      this.start();
    }
  }

  private async checkEligibility(apiBase: string, signal: AbortSignal): Promise<void> {
    let answer;
    try {
      answer = await request(eligibilityUrl(apiBase), { accept: 'application/json', signal, timeoutMs: this.timeout, maxBytes: 256 * 1024 });
    } catch (error) {
      if (signal.aborted || !(error instanceof ApiError)) throw error;
      this.reportApi('eligibility', 'error', undefined, error.durationMs);
      this.fail({ phase: 'eligibility', message: error.message });
      return this.enter('eligibility-error');
    }
    if (signal.aborted) return;
    const { status: httpStatus, durationMs } = answer;
    const outcome = eligibilityOutcome(httpStatus, parseJson(answer.body));
    const hasLetter = outcome.state === 'eligible';
    if (outcome.state === 'eligible' || outcome.state === 'not-eligible') {
      this.reportApi('eligibility', 'successful', httpStatus, durationMs, hasLetter);
    } else {
      this.reportApi('eligibility', 'error', httpStatus, durationMs);
      this.fail({ phase: 'eligibility', httpStatus, message: outcome.message });
    }
    if (outcome.state === 'eligible') this.letter = outcome.letter;
    this.enter(outcome.state);
  }

  // ---- the download (spec 2.3) -------------------------------------------------------------

  private get source(): LetterSource | undefined {
    return this.letter && letterSource(this.pdf, this.letter);
  }

  private readonly onDownload = (event: MouseEvent): void => {
    // For the official letter, let the browser handle "open in new tab" and friends on its real URL.
    const modified = event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey;
    if (modified && this.source === 'official') return;
    event.preventDefault();
    // A second click while the first is under way must not save a second file.
    if (this.delivery === 'preparing' || !this.letter) return;
    void this.deliver(this.letter);
  };

  /**
   * Pointer over, focus on or touch of the link: start loading what the click needs (and jsPDF for a
   * generated letter). Passive: never delays scrolling. A failure shows on the click, which retries.
   */
  private readonly onIntent = {
    handleEvent: (): void => {
      loadDelivery()
        .then((delivery) => (this.source === 'generated' ? delivery.loadLetterPdf() : undefined))
        .catch(() => undefined);
    },
    passive: true,
  };

  private async deliver(letter: LetterRecord): Promise<void> {
    const source = letterSource(this.pdf, letter);
    if (!emit(this, 'tsa-letter-download', { source, filename: letterFilename }, true)) return;
    this.track({ event: 'letter-download', 'letter-type': text.title });
    const controller = new AbortController();
    this.delivering = controller;
    this.delivery = 'preparing';
    const started = performance.now();
    try {
      const delivery = await loadDelivery();
      const pdf = source === 'official' ? await this.fetchOfficial(delivery, letter, controller.signal) : await this.generate(delivery, letter);
      if (controller.signal.aborted) return;
      delivery.saveFile(pdf, letterFilename, this.renderRoot);
      this.delivery = 'done';
      emit(this, 'tsa-letter-downloaded', { source, bytes: pdf.size, durationMs: Math.round(performance.now() - started) });
    } catch (error) {
      if (controller.signal.aborted) return;
      const httpStatus = error instanceof ApiError ? error.httpStatus : undefined;
      this.fail({ phase: source === 'official' ? 'download' : 'generate', httpStatus, message: (error as Error).message });
      this.delivery = 'failed';
    }
  }

  private async fetchOfficial({ fetchOfficialLetter }: Delivery, letter: LetterRecord, signal: AbortSignal): Promise<Blob> {
    if (!letter.documentId) throw new ApiError('no-document', 'No document to download');
    const url = downloadUrl(this.apiBase, letter.documentId, letter.documentVersion);
    try {
      const official = await fetchOfficialLetter(url, signal, this.timeout);
      this.reportApi('download', 'successful', official.httpStatus, official.durationMs);
      return official.pdf;
    } catch (error) {
      if (error instanceof ApiError && error.reason !== 'aborted') this.reportApi('download', 'error', error.httpStatus, error.durationMs);
      throw error;
    }
  }

  private async generate({ loadLetterPdf }: Delivery, letter: LetterRecord): Promise<Blob> {
    const { buildLetterPdf } = await loadLetterPdf();
    const started = performance.now();
    const pdf = buildLetterPdf(letter, this.recipientName, new Date());
    performance.measure('tsa-letter:generate', { start: started, end: performance.now() });
    return pdf;
  }

  // ---- state and reporting -----------------------------------------------------------------

  private enter(next: CardState): void {
    const previous = this.current;
    if (next === previous) return;
    this.current = next;
    this.setAttribute('state', next);
    try {
      this.internals.states?.delete(previous);
      this.internals.states?.add(next);
    } catch {
      // Chrome before 125 only takes `--name` states: the attribute still says it.
    }
    emit(this, 'tsa-letter-state', { state: next, previous });
  }

  /**
   * After each API call: the `tsa-letter-api` event, a Performance Timeline measure that real-user
   * monitoring picks up without code (`tsa-letter:eligibility`, …), and VA.gov's own analytics.
   */
  private reportApi(call: keyof typeof apiName, status: 'successful' | 'error', httpStatus: number | undefined, durationMs: number, hasLetter?: boolean): void {
    const api = apiName[call];
    emit(this, 'tsa-letter-api', definedOnly({ api, status, httpStatus, durationMs: Math.round(durationMs), hasLetter }));
    const end = performance.now();
    performance.measure(`tsa-letter:${call}`, { start: Math.max(0, end - durationMs), end });
    if (call !== 'toggle') this.track(definedOnly({ event: 'api_call', 'api-name': api, 'api-status': status, 'has-letter': hasLetter }));
  }

  /** VA.gov's analytics (spec 5): only the documented payloads, nothing personal. */
  private track(payload: Record<string, unknown>): void {
    if (!this.disableAnalytics) (window as { dataLayer?: unknown[] }).dataLayer?.push(payload);
  }

  private fail(detail: ErrorDetail): void {
    emit(this, 'tsa-letter-error', definedOnly(detail));
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
            @pointerenter=${this.onIntent} @focus=${this.onIntent} @touchstart=${this.onIntent}
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
