import { adoptStyles, html, LitElement, type PropertyValues } from 'lit';
import { eligibilityUrl } from './api-paths.js';
import type { PdfMode } from './download.js';
import { emit, type CardState } from './events.js';
import { lazy } from './lazy.js';
import { loading, loadingStyles } from './loading.js';
import { prepareCardView, type Layout } from './card-view.js';
import { ApiError, parseJson, request, type Answer } from './request.js';
import { reportApi, reportError } from './telemetry.js';
import { text } from './text.js';
import { version } from './version.js';
import { clock, fetchToggle } from './toggle.js';
import { readFlagSource, watchFlagSource, type FlagSource, type OpenFeatureClient } from './flag-source.js';

export type { CardState } from './events.js';
export { forgetToggles } from './toggle.js';
export type { PdfMode } from './download.js';
export type { Layout } from './card-view.js';

/**
 * What the card shows and does once the toggle says on (`card.ts`): requested then, alongside the
 * eligibility call, so that pages where the toggle is off load only this file.
 */
const loadCard = lazy(() => import('./card.js'));
type CardCode = Awaited<ReturnType<typeof loadCard>>;

/** A page's own flag source makes no API call: there is nothing to report. */
const nothingToReport = (): void => undefined;

/** The inputs whose change restarts the flow, and the facts the page knows already. */
const FLOW_INPUTS = ['apiBase', 'feature', 'ungated', 'pdf', 'flagSource', 'flag', 'loa'];

/** `flag="false"` or `"off"` is off, as React 18 and earlier write `flag={false}` on a custom element; absent is unknown. */
const flagFromAttribute = (value: string | null): boolean | undefined => (value === null ? undefined : !['false', 'off'].includes(value.trim().toLowerCase()));

/**
 * Lets an eligible Veteran download the TSA PreCheck Application Fee Waiver Letter. Reads the feature
 * toggle, then the Veteran's eligibility, then shows a download card; renders nothing where the
 * Veteran has nothing to see.
 *
 * @summary The TSA PreCheck Application Fee Waiver Letter download card for VA.gov's letters page.
 *
 * @attr {string} state - Read-only, reflected: the current state (`idle`, `loading-flag`, `flag-off`,
 *   `loading-eligibility`, `not-eligible`, `unauthorized`, `eligible`, `eligibility-error`).
 * @attr {boolean} shows - Read-only, reflected: the card has something on the page now.
 * @attr {boolean} empty - Read-only, reflected: the card shows nothing and will not unless its inputs change.
 * @attr {boolean} unavailable - Read-only, reflected: eligibility could not be determined (the page's one warning).
 *
 * @fires {CustomEvent<StateDetail>} tsa-letter-state - Every state change: `{ state, previous, shows, empty, unavailable }`.
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
 * @slot description - The page's own words for the letter, in place of the card's paragraphs (the page's slot first, then the record's `description.paragraphs`, then the two default paragraphs).
 * @slot not-eligible - Shown only in the `not-eligible` state, to tell the Veteran why there is no letter; unslotted, that state renders nothing.
 * @slot eligibility-error - Replaces the whole warning alert of the `eligibility-error` state with the page's own content; an empty element shows nothing (the letters page shows one warning for all its letters). The state, the event and the telemetry stay as they are.
 *
 * @csspart base - The card's box, or in the accordion layout the item.
 * @csspart heading - The card's heading (in the accordion layout, the heading around the header button).
 * @csspart body - The card's paragraphs.
 * @csspart download - The download link.
 * @csspart alert - The warning or error alert.
 *
 * @cssprop [--tsa-letter-card-border-color=var(--vads-color-gray-medium, #757575)] - The card's border.
 * @cssprop [--tsa-letter-card-link-color=var(--vads-color-primary, #005ea2)] - Links and the spinner.
 * @cssprop [--tsa-letter-card-focus-color=var(--vads-color-action-focus-on-light, #face00)] - The focus ring.
 * @cssprop [--tsa-letter-card-color=var(--vads-color-base, #1b1b1b)] - Body text.
 * @cssprop [--tsa-letter-card-background=var(--vads-color-white, #fff)] - The card's background.
 * @cssprop [--tsa-letter-card-accordion-background=var(--vads-color-base-lightest, #f0f0f0)] - The accordion layout's header bar and panel border.
 * @cssprop [--tsa-letter-card-warning-background=var(--vads-color-warning-lighter, #faf3d1)] - The warning alert's background.
 * @cssprop [--tsa-letter-card-warning-color=var(--vads-color-warning, #ffbe2e)] - The warning alert's border.
 * @cssprop [--tsa-letter-card-error-background=var(--vads-color-error-lighter, #f4e3db)] - The error alert's background.
 * @cssprop [--tsa-letter-card-error-color=var(--vads-color-error, #d54309)] - The error alert's border.
 * @cssprop [--tsa-letter-card-font-family=Source Sans Pro, Helvetica Neue, Helvetica, Roboto, Arial, sans-serif] - Body font.
 * @cssprop [--tsa-letter-card-heading-font-family=Bitter, Georgia, Cambria, Times New Roman, Times, serif] - Heading font.
 */
export class TsaLetterCard extends LitElement {
  /** This package's version, so two copies on one page can tell each other apart. */
  static readonly version = version;

  /** The host's box and the loading message's look; the rest comes with the card's code. */
  static override styles = loadingStyles;

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
    flag: { converter: { fromAttribute: flagFromAttribute } },
    loa: { type: Number },
    layout: {},
    // VA's accordion writes open="true" / open="false" on its items: "false" is closed here too.
    open: { type: Boolean, reflect: true, converter: { fromAttribute: (value: string | null) => value !== null && value !== 'false' } },
    recipientName: { attribute: false },
    current: { state: true, attribute: false },
    card: { state: true, attribute: false },
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

  /**
   * Milliseconds each API call may take, body included, before it counts as failed. VA.gov's own
   * limits end sooner (the API's 30 s per upstream call, two for a download; the proxy's ~60 s), so
   * the server's own answer, good or a 504, always arrives first; staging's eligibility took 20–30 s.
   */
  timeout = 90000;

  /**
   * `card`: the bordered card. `accordion`: one item of the letters page's bordered accordion,
   * collapsed unless `open`; as the last child of VA's `va-accordion`, its "Expand all" and
   * "Collapse all" reach it too.
   */
  layout: Layout = 'card';

  /** With `layout="accordion"`: the item is expanded. The Veteran's toggling sets it; reflected. */
  open = false;

  /**
   * Milliseconds a toggle value stays good: cards on the page share it for that long, and a tab
   * that becomes visible again asks anew once it is older (the kill switch).
   */
  flagMaxAge = 30000;

  /**
   * The toggle from the page instead of VA.gov's endpoint: an object with `isEnabled(name, signal)`,
   * or an OpenFeature web client, whose provider's changes then apply live.
   */
  flagSource?: FlagSource | OpenFeatureClient;

  /**
   * The toggle's value as the page knows it already (VA.gov's Redux `featureToggles`): `true` or
   * `false`, and no toggle request is made. Unset, the card asks (`flagSource`, else VA.gov's endpoint).
   */
  flag?: boolean;

  /**
   * The Veteran's level of assurance as the page knows it (VA.gov's `profile.loa.current`). Below 3,
   * the eligibility endpoint would only answer 403: the card lands in `unauthorized` without asking,
   * and nothing is reported. Unset, the card asks.
   */
  loa?: number;

  /** The Veteran's name, printed on the generated letter when the page gives it (a property only: no personal data in attributes). */
  recipientName?: string;

  /** The current state, reflected to the `state` attribute. */
  get state(): CardState {
    return this.current;
  }

  /**
   * The card shows nothing, and will show nothing unless its inputs change: the toggle is off, no
   * letter (and no `not-eligible` slot), not signed in or not LOA3, or an eligibility failure whose
   * warning the page shows itself (an empty `eligibility-error` slot). False while it shows
   * something or still may. Reflected to the `empty` attribute, and in `tsa-letter-state`'s detail.
   */
  get empty(): boolean {
    switch (this.current) {
      case 'flag-off':
      case 'unauthorized':
        return true;
      case 'not-eligible':
        return !this.slotted('not-eligible');
      case 'eligibility-error': {
        // Without its code the card cannot draw its warning; with the page's empty slot it draws none.
        const own = this.slotted('eligibility-error');
        return !this.view || (own !== null && own.textContent!.trim() === '' && own.children.length === 0);
      }
      default:
        return false;
    }
  }

  /**
   * The card has something on the page now: the loading message, the letter, an alert, or the
   * page's own slot. False before it knows (connecting, asking for the toggle) and once `empty`.
   * Reflected to the `shows` attribute, and in `tsa-letter-state`'s detail.
   */
  get shows(): boolean {
    return this.current !== 'idle' && this.current !== 'loading-flag' && !this.empty;
  }

  /** Eligibility could not be determined: the page shows its one "Some letters may not be available". Reflected. */
  get unavailable(): boolean {
    return this.current === 'eligibility-error';
  }

  private slotted(name: string): Element | null {
    return this.querySelector(`:scope > [slot="${name}"]`);
  }

  private current: CardState = 'idle';
  /** The card's views, once loaded. */
  private view?: CardCode;
  /** The eligible Veteran's card, while the state is `eligible`. */
  private card?: InstanceType<CardCode['DownloadCard']>;
  /** The flow's current run; a newer run aborts it, so an older answer is never rendered. */
  private running?: AbortController;
  private rechecking?: AbortController;
  private reconnecting = false;
  /** The flow's inputs when it last started (`FLOW_INPUTS`' order). */
  private startedWith?: unknown[];
  private flagCheckedAt = 0;
  private unwatch = () => {};
  /** The state as a custom state too, for `tsa-letter-card:state(eligible)` in the page's CSS. */
  // Absent where the DOM has no ElementInternals (jsdom, in a page's own unit tests): the card still runs.
  private readonly internals: ElementInternals | undefined = 'attachInternals' in this ? this.attachInternals() : undefined;

  override connectedCallback(): void {
    this.setAttribute('state', this.current);
    if (this.reconnecting) {
      this.reconnecting = false;
      this.start();
    } else if (!this.startedWith) {
      // The first flow starts in a microtask queued before Lit's first update: the toggle request
      // does not wait for the shadow root and the update, and what the page sets in this task
      // (attributes, `flagSource`) still applies.
      queueMicrotask(() => this.isConnected && !this.startedWith && this.start());
    }
    super.connectedCallback();
    document.addEventListener('visibilitychange', this.onVisible);
    this.followAccordion();
  }

  /** A change of the flow's inputs restarts it; the same value set again does not. */
  protected override willUpdate(changed: PropertyValues): void {
    if (FLOW_INPUTS.some((name) => changed.has(name)) && this.inputsChanged()) this.start();
    // The item opened, or the letter came to an open item: ask for the letter now, as the letters
    // page does for each of its letters, so that the click finds it ready.
    if (this.layout === 'accordion' && this.open && ['open', 'card', 'layout'].some((name) => changed.has(name))) this.card?.opened();
  }

  /** The flow's inputs now, in `FLOW_INPUTS`' order. */
  private flowInputs(): unknown[] {
    const self = this as unknown as Record<string, unknown>;
    return FLOW_INPUTS.map((name) => self[name]);
  }

  private inputsChanged(): boolean {
    const started = this.startedWith;
    return !started || this.flowInputs().some((value, i) => value !== started[i]);
  }

  private start(): void {
    this.startedWith = this.flowInputs();
    this.running?.abort();
    void this.load((this.running = new AbortController()).signal);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    // Nothing may keep running once the card has left the page; re-adding it starts again.
    this.running?.abort();
    this.dropCard();
    this.rechecking?.abort();
    this.unwatch();
    document.removeEventListener('visibilitychange', this.onVisible);
    this.unfollowAccordion();
    this.reconnecting = true;
  }

  // ---- inside VA's accordion ------------------------------------------------------

  private accordion?: Element;

  /**
   * VA's `va-accordion` opens and closes only its `va-accordion-item` children, then announces it
   * with `accordionExpandCollapseAll`; as its child, the card listens and follows.
   */
  private followAccordion(): void {
    const parent = this.parentElement;
    if (parent?.localName !== 'va-accordion') return;
    this.accordion = parent;
    parent.addEventListener('accordionExpandCollapseAll', this.onExpandCollapseAll);
  }

  private unfollowAccordion(): void {
    this.accordion?.removeEventListener('accordionExpandCollapseAll', this.onExpandCollapseAll);
    this.accordion = undefined;
  }

  private readonly onExpandCollapseAll = (event: Event): void => {
    const status = (event as CustomEvent<{ status?: string } | undefined>).detail?.status;
    if (status === 'allOpen' || status === 'allClosed') this.open = status === 'allOpen';
  };

  // ---- the flow: toggle, then eligibility -------------------------------------

  private async load(signal: AbortSignal): Promise<void> {
    this.dropCard();
    this.unwatch();
    this.unwatch = watchFlagSource(this.flagSource, () => void this.recheck());
    try {
      let reportFlag = nothingToReport;
      if (!this.ungated) {
        // The request leaves first; the state's event (the page's listeners) comes after.
        const reading = this.readFlag(signal, false);
        this.enter('loading-flag');
        const flag = await reading;
        if (signal.aborted) return;
        reportFlag = flag.report;
        if (!flag.enabled) {
          reportFlag();
          return this.enter('flag-off');
        }
      }
      // The page knows the Veteran is not LOA3: the endpoint would answer 403. Nothing to ask or report.
      if (this.loa !== undefined && this.loa < 3) {
        reportFlag();
        return this.enter('unauthorized');
      }
      // Only now, never in parallel: users without the toggle must not reach this endpoint. The
      // requests leave first; the toggle's report (the page's listeners) comes after.
      const eligibility = this.checkEligibility(this.apiBase, signal);
      reportFlag();
      await eligibility;
    } catch (error) {
      if (signal.aborted) return;
      // A failure nothing above expected still lands in a defined state.
      const phase = this.current === 'loading-flag' ? 'flag' : 'eligibility';
      reportError(this, { phase, message: String(error) });
      this.enter(phase === 'flag' ? 'flag-off' : 'eligibility-error');
    }
  }

  /**
   * The toggle, from the page's flag source or VA.gov's endpoint; any failure reads as off. `report`
   * makes the call's report (its event, any failure), left to the caller so that the next request
   * may leave before the page's listeners run.
   */
  private async readFlag(signal: AbortSignal, fresh: boolean): Promise<{ enabled: boolean; report: () => void }> {
    this.flagCheckedAt = clock.now();
    const { flagSource, feature } = this;
    if (this.flag !== undefined) return { enabled: this.flag, report: nothingToReport };
    if (flagSource) {
      try {
        return { enabled: await readFlagSource(flagSource, feature, signal), report: nothingToReport };
      } catch (error) {
        if (!signal.aborted) reportError(this, { phase: 'flag', message: String(error) });
        return { enabled: false, report: nothingToReport };
      }
    }
    const toggle = await fetchToggle({ apiBase: this.apiBase, feature, signal, timeoutMs: this.timeout, maxAge: fresh ? 0 : this.flagMaxAge });
    const report = () => {
      if (toggle.report) reportApi(this, 'toggle', toggle.failure ? 'error' : 'successful', toggle.httpStatus, toggle.durationMs);
      if (toggle.failure) reportError(this, { phase: 'flag', ...toggle.failure });
    };
    return { enabled: toggle.enabled, report };
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
    const flag = await this.readFlag(controller.signal, true).catch(() => undefined);
    if (controller.signal.aborted || flag === undefined) return;
    flag.report();
    const { enabled } = flag;
    if (!enabled && this.current !== 'flag-off') {
      this.running?.abort();
      this.dropCard();
      this.enter('flag-off');
    } else if (enabled && this.current === 'flag-off') {
      this.start();
    }
  }

  private async checkEligibility(apiBase: string, signal: AbortSignal): Promise<void> {
    // The call and the card's code load side by side; both are awaited below. The call leaves
    // first: it is the longer wait on VA.gov, and asking for a module costs its own milliseconds.
    const call = request(eligibilityUrl(apiBase), { accept: 'application/json', signal, timeoutMs: this.timeout, maxBytes: 256 * 1024 });
    const code = loadCard();
    code.catch(() => undefined);
    // The loading message is drawn now, while the network is awaited (it is the element's own),
    // and the card's templates are made ready after it.
    this.enter('loading-eligibility');
    this.prepareCardAfterPaint(signal);
    // An answer already in when the code arrives is read at once, in the same task.
    let arrived: Answer | undefined;
    call.then((answer) => (arrived = answer), () => undefined);
    try {
      this.view = await code;
    } catch (error) {
      // A dropped connection, or a deploy that removed the chunk: the card cannot show anything, so
      // it says so in an event and lands where an outage would. The answer goes unread and uncounted.
      if (signal.aborted) return;
      reportError(this, { phase: 'eligibility', message: `The card could not load: ${String(error)}` });
      return this.enter('eligibility-error');
    }
    if (signal.aborted) return;
    adoptStyles(this.renderRoot as ShadowRoot, [...TsaLetterCard.elementStyles, this.view.styles]);
    let answer: Answer;
    try {
      answer = arrived ?? (await call);
    } catch (error) {
      if (signal.aborted || !(error instanceof ApiError)) throw error;
      reportApi(this, 'eligibility', 'error', undefined, error.durationMs);
      reportError(this, { phase: 'eligibility', message: error.message });
      return this.enter('eligibility-error');
    }
    if (signal.aborted) return;
    const { status: httpStatus, durationMs } = answer;
    const outcome = this.view.eligibilityOutcome(httpStatus, parseJson(answer.body));
    const hasLetter = outcome.state === 'eligible';
    if (outcome.state === 'eligible' || outcome.state === 'not-eligible') {
      reportApi(this, 'eligibility', 'successful', httpStatus, durationMs, hasLetter);
    } else if (outcome.state === 'unauthorized') {
      // Signed out or not LOA3: an answer about the Veteran, not the endpoint failing.
      reportApi(this, 'eligibility', 'unauthorized', httpStatus, durationMs);
    } else {
      reportApi(this, 'eligibility', 'error', httpStatus, durationMs);
      reportError(this, { phase: 'eligibility', httpStatus, message: outcome.message });
    }
    if (outcome.state === 'eligible') this.card = new this.view.DownloadCard(this, outcome.letter);
    this.enter(outcome.state);
  }

  /**
   * Once the loading message is painted, the card's templates are made ready (`card-view.ts`) while
   * the answer is awaited, so that showing the card only copies them. After the paint, not before:
   * the message is what the Veteran sees meanwhile. Too late (the answer came first, the flow moved
   * on), it does nothing; the card's first render makes them ready itself.
   */
  private prepareCardAfterPaint(signal: AbortSignal): void {
    requestAnimationFrame(() =>
      setTimeout(() => {
        if (!signal.aborted && this.current === 'loading-eligibility') prepareCardView(this.headingLevel, this.layout, this.open);
      }),
    );
  }

  private dropCard(): void {
    this.card?.stop();
    this.card = undefined;
  }

  // ---- state --------------------------------------------------------------------------------

  private enter(next: CardState): void {
    const previous = this.current;
    if (next === previous) return;
    this.current = next;
    this.setAttribute('state', next);
    const { shows, empty, unavailable } = this;
    this.toggleAttribute('shows', shows);
    this.toggleAttribute('empty', empty);
    this.toggleAttribute('unavailable', unavailable);
    try {
      this.internals?.states?.delete(previous);
      this.internals?.states?.add(next);
    } catch {
      // Chrome before 125 only takes `--name` states: the attribute still says it.
    }
    emit(this, 'tsa-letter-state', { state: next, previous, shows, empty, unavailable });
  }

  // ---- rendering: the state table, the loading message here, the rest in the card's code (`card.ts`)

  protected override render() {
    // The live region is there from the start, so that what appears in it is announced. A plain
    // polite region, not role="status": Orca reads an empty status as "statusbar" where the card
    // shows nothing (a toggle-off page view, read through). Not atomic: Firefox then says the
    // whole region once per change, the warning twice.
    const status = this.current === 'loading-eligibility' ? loading(text.loading) : this.view?.status(this.current, this.headingLevel);
    return html`
      <div class="status" aria-live="polite">${status}</div>
      ${this.current === 'eligible' ? this.card?.render() : undefined}
      ${this.current === 'not-eligible' ? html`<slot name="not-eligible"></slot>` : undefined}
    `;
  }
}
