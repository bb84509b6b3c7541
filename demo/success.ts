import { delay, http, HttpResponse } from 'msw';
import { apiName } from '../src/api-paths.js';
import { letterResponse, payloads, toggleHandler } from '../src/mocks/index.js';
import type { ApiDetail } from '../src/events.js';
import { serve } from './network.js';

/**
 * The release plan's dashboard, fed only by the cards' `tsa-letter-api` events, as a real-user
 * monitoring script on VA.gov would be: users with and without the letter, and for the eligibility
 * and download calls the count, error rate, median and 95th-percentile latency.
 */
const calls = { eligibility: [] as ApiDetail[], download: [] as ApiDetail[] };

const percentile = (values: number[], p: number) => {
  if (!values.length) return undefined;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
};

export function renderSuccess(root: HTMLElement): void {
  const cell = (name: string) => root.querySelector<HTMLElement>(`[data-metric="${name}"]`)!;
  const render = () => {
    const withLetter = calls.eligibility.filter((c) => c.hasLetter === true).length;
    const without = calls.eligibility.filter((c) => c.hasLetter === false).length;
    cell('with-letter').textContent = String(withLetter);
    cell('without-letter').textContent = String(without);
    for (const [name, list] of Object.entries(calls)) {
      const errors = list.filter((c) => c.status === 'error').length;
      const durations = list.map((c) => c.durationMs);
      const ms = (v: number | undefined) => (v === undefined ? '–' : `${v} ms`);
      cell(`${name}-count`).textContent = String(list.length);
      cell(`${name}-errors`).textContent = list.length ? `${((errors / list.length) * 100).toFixed(1)} %` : '–';
      cell(`${name}-p50`).textContent = ms(percentile(durations, 50));
      cell(`${name}-p95`).textContent = ms(percentile(durations, 95));
    }
  };
  document.addEventListener('tsa-letter-api', ({ detail }) => {
    if (detail.api === apiName.eligibility) calls.eligibility.push(detail);
    if (detail.api === apiName.download) calls.download.push(detail);
    render();
  });
  render();

  serve('simulation', simulationHandlers());
  const button = root.querySelector<HTMLButtonElement>('.simulate')!;
  const progress = root.querySelector<HTMLOutputElement>('.progress')!;
  button.addEventListener('click', async () => {
    button.disabled = true;
    await simulate(200, root.querySelector<HTMLDivElement>('.simulation')!, (done) => (progress.value = `${done} of 200 page loads`));
    button.disabled = false;
  });
}

// ---- simulated page loads: a toggle at 100 %, a plausible mix of answers and latencies ---------

/** Latency with a long tail, as real traffic has: mostly 100–300 ms, sometimes much more. */
const latency = (median: number) => Math.round(median * Math.exp(0.6 * Math.sqrt(-2 * Math.log(1 - Math.random())) * Math.cos(2 * Math.PI * Math.random())));

function simulationHandlers() {
  const apiBase = '/simulation/:load';
  return [
    toggleHandler(true, { apiBase }),
    http.get(`${apiBase}/v0/tsa_letter`, async () => {
      await delay(latency(180));
      const roll = Math.random();
      if (roll < 0.04) return HttpResponse.json(payloads.error503, { status: 503 });
      return HttpResponse.json(roll < 0.7 ? payloads.current : payloads.none);
    }),
    http.get(`${apiBase}/v0/tsa_letter/:id/version/:version/download`, async () => {
      await delay(latency(250));
      return Math.random() < 0.03 ? HttpResponse.json(payloads.error500, { status: 500 }) : letterResponse();
    }),
  ];
}

async function simulate(loads: number, container: HTMLElement, onProgress: (done: number) => void) {
  // The simulated Veterans' saves are stopped before they reach the browser's downloads.
  const stopSaves = (e: Event) => {
    const target = e.composedPath()[0];
    if (target instanceof HTMLAnchorElement && target.href.startsWith('blob:') && e.composedPath().includes(container)) e.preventDefault();
  };
  document.addEventListener('click', stopSaves, true);
  let done = 0;
  const one = async (load: number) => {
    const card = document.createElement('tsa-letter-card');
    card.setAttribute('api-base', `/simulation/${load}`);
    card.setAttribute('pdf', 'official');
    const settled = new Promise<void>((resolve) => {
      card.addEventListener('tsa-letter-state', async (e) => {
        if (e.detail.state === 'eligible' && Math.random() < 0.6) {
          await card.updateComplete;
          card.addEventListener('tsa-letter-downloaded', () => resolve(), { once: true });
          card.addEventListener('tsa-letter-error', () => resolve(), { once: true });
          card.shadowRoot!.querySelector<HTMLElement>('a[part="download"]')!.click();
        } else if (!e.detail.state.startsWith('loading')) resolve();
      });
    });
    container.append(card);
    await settled;
    card.remove();
    onProgress(++done);
  };
  for (let start = 0; start < loads; start += 10) await Promise.all(Array.from({ length: Math.min(10, loads - start) }, (_, i) => one(start + i)));
  document.removeEventListener('click', stopSaves, true);
}
