/**
 * MSW request handlers that answer like VA.gov (spec section 2), for the demo and for anyone testing
 * a page that embeds the card. Payloads are the real API's, from `va-api/`.
 */
import { delay, http, HttpResponse, type HttpHandler, type JsonBodyType } from 'msw';
import error404 from './va-api/error.404.json';
import error500 from './va-api/error.500.json';
import eligibleSnake from './va-api/tsa-letter.d.snake.json';
import notEligible from './va-api/tsa-letter.d.none.json';
import { sampleLetterPdf } from './sample-letter.js';

export { sampleLetterPdf } from './sample-letter.js';

export const scenarios = {
  eligible: 'Eligible: the card with the official letter',
  'not-eligible': 'Not eligible: nothing shown',
  'toggle-off': 'Toggle off: nothing shown',
  'eligibility-error': 'Eligibility error: the warning alert',
  'download-error': 'Download error: the error alert after a click',
  'slow-eligibility': 'Loading: eligibility answers after 30 s',
} as const;

export type Scenario = keyof typeof scenarios;

export interface MockOptions {
  /** Prefix of the mocked URLs, as given to the card's `api-base`. */
  apiBase?: string;
  /** Milliseconds each answer waits. */
  latency?: number;
}

/** The toggle endpoint: the name comes back spelled as requested; without `features`, in both spellings. */
export function toggleHandler(enabled: boolean, { apiBase = '', latency = 0 }: MockOptions = {}): HttpHandler {
  return http.get(`${apiBase}/v0/feature_toggles`, async ({ request }) => {
    await delay(latency);
    const asked = new URL(request.url).searchParams.get('features');
    const names = asked ? asked.split(',') : ['tsaSafeTravelLetter', 'tsa_safe_travel_letter'];
    const features = names.map((name) => ({ name, value: enabled }));
    return HttpResponse.json({ data: { type: 'feature_toggles', features } });
  });
}

export function handlers(scenario: Scenario, options: MockOptions = {}): HttpHandler[] {
  const { apiBase = '', latency = 0 } = options;
  const eligibility = (body: JsonBodyType, status = 200, wait = latency) =>
    http.get(`${apiBase}/v0/tsa_letter`, async () => {
      await delay(wait);
      return HttpResponse.json(body, { status });
    });
  const download = (ok: boolean) =>
    http.get(`${apiBase}/v0/tsa_letter/:id/version/:version/download`, async () => {
      await delay(latency);
      if (!ok) return HttpResponse.json(error500, { status: 500 });
      return new HttpResponse(sampleLetterPdf().buffer as ArrayBuffer, {
        headers: {
          'Content-Type': 'application/pdf',
          'Content-Disposition': 'attachment; filename="VETS Safe Travel Outreach Letter.pdf"',
        },
      });
    });
  const toggleOn = toggleHandler(true, options);
  switch (scenario) {
    case 'eligible':
      return [toggleOn, eligibility(eligibleSnake), download(true)];
    case 'not-eligible':
      return [toggleOn, eligibility(notEligible)];
    case 'toggle-off':
      return [toggleHandler(false, options)];
    case 'eligibility-error':
      return [toggleOn, eligibility(error500, 500)];
    case 'download-error':
      return [toggleOn, eligibility(eligibleSnake), download(false)];
    case 'slow-eligibility':
      return [toggleOn, eligibility(eligibleSnake, 200, Math.max(latency, 30_000)), download(true)];
  }
}

/** The JSON:API body VA.gov sends with a 404, for handlers that need one. */
export const notFoundBody = error404;
