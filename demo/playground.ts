import { handlers, scenarios, type Scenario } from '../src/mocks/index.js';
import type { TsaLetterEventName } from '../src/events.js';
import { serve } from './network.js';

const API_BASE = '/playground';
const EVENTS: TsaLetterEventName[] = ['tsa-letter-state', 'tsa-letter-api', 'tsa-letter-download', 'tsa-letter-downloaded', 'tsa-letter-error'];

/** One card; pick the scenario, latency, `pdf` mode and heading level; watch its events. */
export function renderPlayground(root: HTMLElement): void {
  const form = root.querySelector<HTMLFormElement>('form')!;
  const scenario = form.querySelector<HTMLSelectElement>('[name="scenario"]')!;
  const stage = root.querySelector<HTMLDivElement>('.stage')!;
  const log = root.querySelector<HTMLOListElement>('.log')!;

  for (const [name, label] of Object.entries(scenarios)) scenario.add(new Option(label, name));
  const field = (name: string) => form.querySelector<HTMLInputElement | HTMLSelectElement>(`[name="${name}"]`)!.value;

  const reload = () => {
    serve('playground', handlers(field('scenario') as Scenario, { apiBase: API_BASE, latency: Number(field('latency')) || 0 }));
    log.replaceChildren();
    const card = document.createElement('tsa-letter-card');
    card.setAttribute('api-base', API_BASE);
    card.setAttribute('pdf', field('pdf'));
    card.setAttribute('heading-level', field('heading'));
    card.setAttribute('flag-max-age', '0'); // each card stands for a new page load: no value carried over
    card.recipientName = 'María José Núñez';
    const started = performance.now();
    for (const name of EVENTS) {
      card.addEventListener(name, (event) => {
        const item = document.createElement('li');
        item.innerHTML = '<span class="time"></span> <strong></strong> <code></code>';
        item.querySelector('.time')!.textContent = `${Math.round(performance.now() - started)} ms`;
        item.querySelector('strong')!.textContent = name;
        item.querySelector('code')!.textContent = JSON.stringify((event as CustomEvent).detail);
        log.append(item);
      });
    }
    stage.replaceChildren(card);
  };
  form.addEventListener('change', reload);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    reload();
  });
  reload();
}
