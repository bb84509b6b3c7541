/**
 * MSW request handlers that answer like VA.gov, with the real API's payloads, for
 * QA testing a page that embeds the card (browser: `setupWorker`, Node: `setupServer`) and for the
 * demo. Each named scenario is a complete set of handlers for the three endpoints.
 */
import { delay, http, HttpResponse, type HttpHandler, type JsonBodyType } from 'msw';
import error401 from './va-api/error.401.json';
import error403 from './va-api/error.403.json';
import error500 from './va-api/error.500.json';
import error503 from './va-api/error.503.json';
import bare from './va-api/tsa-letter.a.bare.json';
import list from './va-api/tsa-letter.b.array.snake.json';
import emptyList from './va-api/tsa-letter.b.empty.json';
import current from './va-api/tsa-letter.d.snake.json';
import currentCamel from './va-api/tsa-letter.d.camel.json';
import withContent from './va-api/tsa-letter.d.with-content.camel.json';
import none from './va-api/tsa-letter.d.none.json';
import { evaluate, type Gates } from './flipper.js';
import { actorFor, FEATURE } from './rollout.js';
import { sampleLetterPdf } from './sample-letter.js';

export { sampleLetterPdf } from './sample-letter.js';
export * from './flipper.js';
export * from './rollout.js';

/** The real API's payloads, for handlers of your own. */
export const payloads = { current, currentCamel, withContent, list, emptyList, bare, none, error401, error403, error500, error503 };

export const scenarios = {
  eligible: 'Eligible: the current shape',
  'eligible-list': 'Eligible: the older list shape',
  'eligible-bare': 'Eligible: the oldest bare shape',
  'eligible-with-content': 'Eligible: with letter content',
  'not-eligible': 'Not eligible',
  'toggle-off': 'Toggle off',
  'toggle-error': 'Toggle endpoint failing',
  'signed-out': 'Signed out (401)',
  'not-loa3': 'Not LOA3 (403)',
  'eligibility-error': 'Eligibility server error (503)',
  'eligibility-malformed': 'Eligibility answer malformed',
  'slow-eligibility': 'Slow eligibility',
  'staging-eligibility': 'Eligibility as slow as staging (25 s)',
  'download-error': 'Download failing (500)',
  'download-not-pdf': 'Download is not a PDF',
  'slow-download': 'Slow download',
} as const;

export type Scenario = keyof typeof scenarios;

export interface MockOptions {
  /** Prefix of the mocked URLs, as given to the card's `api-base` (in Node, an absolute URL). */
  apiBase?: string;
  /** Milliseconds every answer waits. */
  latency?: number;
  /** Milliseconds the slow scenarios wait; `Infinity` never answers. Default 8000. */
  slowMs?: number;
  /** Decide the toggle with Flipper instead of the scenario: see `flipperToggle`. */
  rollout?: RolloutOptions;
}

export interface RolloutOptions {
  /** The toggle's gates, or a function read at each request (for a stage that changes live). */
  gates: Gates | (() => Gates);
  /** The signed-in user's login email (read at each request); none: signed out. */
  email?: string | (() => string | undefined);
}

/** How long staging's eligibility endpoint took (20–30 s): the `staging-eligibility` scenario waits this long. */
export const STAGING_ELIGIBILITY_MS = 25_000;

const wait = (ms: number) => delay(ms === Infinity ? 'infinite' : ms);
const read = <T>(value: T | (() => T)) => (typeof value === 'function' ? (value as () => T)() : value);
const snakeCase = (name: string) => name.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
// The mocks stand alone (their declarations are emitted from src/mocks only), so they keep their own.
const camelCase = (name: string) => name.replace(/_([a-z0-9])/g, (_, c: string) => c.toUpperCase());

/**
 * `GET /v0/feature_toggles`, deciding each toggle with `decide(snake_case name)`. With `features=…`
 * the names come back spelled as asked; without, the card's toggle comes back in both spellings.
 */
export function toggleHandler(decide: boolean | ((feature: string) => boolean), { apiBase = '', latency = 0 }: MockOptions = {}): HttpHandler {
  return http.get(`${apiBase}/v0/feature_toggles`, async ({ request }) => {
    await wait(latency);
    const asked = new URL(request.url).searchParams.get('features');
    const names = asked ? asked.split(',') : [camelCase(FEATURE), FEATURE];
    const value = (name: string) => (typeof decide === 'function' ? decide(snakeCase(name)) : decide);
    return HttpResponse.json({ data: { type: 'feature_toggles', features: names.map((name) => ({ name, value: value(name) })) } });
  });
}

/** The toggle as Flipper would decide it for the signed-in user (lowercased email), at the given gates. */
export function flipperToggle(rollout: RolloutOptions, options: MockOptions = {}): HttpHandler {
  return toggleHandler((feature) => {
    const email = read(rollout.email);
    return evaluate(feature, read(rollout.gates), email ? actorFor(email) : undefined).enabled;
  }, options);
}

/** `GET /v0/tsa_letter` answering `body` with `status`. */
export function eligibilityHandler(body: JsonBodyType, status = 200, { apiBase = '', latency = 0 }: MockOptions = {}): HttpHandler {
  return http.get(`${apiBase}/v0/tsa_letter`, async () => {
    await wait(latency);
    return HttpResponse.json(body, { status });
  });
}

/** Both download URLs (with and without a version), answering `respond()` after `latency`. */
export function downloadHandlers(respond: () => Response = letterResponse, { apiBase = '', latency = 0 }: MockOptions = {}): HttpHandler[] {
  const answer = async () => {
    await wait(latency);
    return respond();
  };
  return [http.get(`${apiBase}/v0/tsa_letter/:id/version/:version/download`, answer), http.get(`${apiBase}/v0/tsa_letter/:id`, answer)];
}

/** The sample letter, with VA.gov's download headers. */
export function letterResponse(): Response {
  return new HttpResponse(sampleLetterPdf().buffer as ArrayBuffer, {
    headers: {
      'Content-Type': 'application/pdf',
      'Content-Disposition': 'attachment; filename="VETS Safe Travel Outreach Letter.pdf"',
    },
  });
}

/** The handlers of a named scenario. */
export function handlers(scenario: Scenario, options: MockOptions = {}): HttpHandler[] {
  const { apiBase = '', latency = 0, slowMs = 8000 } = options;
  const toggle = (on: boolean) => (options.rollout ? flipperToggle(options.rollout, options) : toggleHandler(on, options));
  const eligible = (body: JsonBodyType, status = 200, extra = 0) => eligibilityHandler(body, status, { ...options, latency: latency + extra });
  const downloads = (respond?: () => Response, extra = 0) => downloadHandlers(respond, { ...options, latency: latency + extra });
  switch (scenario) {
    case 'eligible':
      return [toggle(true), eligible(current), ...downloads()];
    case 'eligible-list':
      return [toggle(true), eligible(list), ...downloads()];
    case 'eligible-bare':
      return [toggle(true), eligible(bare), ...downloads()];
    case 'eligible-with-content':
      return [toggle(true), eligible(withContent), ...downloads()];
    case 'not-eligible':
      return [toggle(true), eligible(none)];
    case 'toggle-off':
      return [toggle(false)];
    case 'toggle-error':
      return [http.get(`${apiBase}/v0/feature_toggles`, () => HttpResponse.json(error500, { status: 500 }))];
    case 'signed-out':
      return [toggle(true), eligible(error401, 401)];
    case 'not-loa3':
      return [toggle(true), eligible(error403, 403)];
    case 'eligibility-error':
      return [toggle(true), eligible(error503, 503)];
    case 'eligibility-malformed':
      return [
        toggle(true),
        http.get(`${apiBase}/v0/tsa_letter`, async () => {
          await wait(latency);
          return new HttpResponse('{"data":{"id":"","type":"tsa_letter","attributes":{"document_id":"c7543', { headers: { 'Content-Type': 'application/json' } });
        }),
      ];
    case 'slow-eligibility':
      return [toggle(true), eligible(current, 200, slowMs), ...downloads()];
    case 'staging-eligibility':
      return [toggle(true), eligible(current, 200, STAGING_ELIGIBILITY_MS), ...downloads()];
    case 'download-error':
      return [toggle(true), eligible(current), ...downloads(() => HttpResponse.json(error500, { status: 500 }))];
    case 'download-not-pdf':
      return [toggle(true), eligible(current), ...downloads(() => new HttpResponse('<!doctype html><title>Sign in to VA.gov</title>', { headers: { 'Content-Type': 'text/html' } }))];
    case 'slow-download':
      return [toggle(true), eligible(current), ...downloads(undefined, slowMs)];
  }
}
