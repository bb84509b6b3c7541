import { setupWorker } from 'msw/browser';
import '../src/define.js';
import { handlers, scenarios, type Scenario } from '../src/mocks/index.js';

// The chosen scenario lives in the URL (?scenario=…), so any state can be linked to and screenshotted.
const params = new URLSearchParams(location.search);
const asked = params.get('scenario') as Scenario | null;
let scenario: Scenario = asked && asked in scenarios ? asked : 'eligible';

const pdfChoice = document.querySelector<HTMLSelectElement>('#pdf')!;
pdfChoice.value = params.get('pdf') ?? 'auto';

const worker = setupWorker(...handlers(scenario));
await worker.start({
  serviceWorker: { url: `${import.meta.env.BASE_URL}mockServiceWorker.js` },
  onUnhandledRequest: 'bypass',
  quiet: true,
});

const stage = document.querySelector<HTMLDivElement>('#stage')!;
const stateOutput = document.querySelector<HTMLOutputElement>('#state')!;
const choices = document.querySelector<HTMLDivElement>('#scenarios')!;

for (const [name, label] of Object.entries(scenarios)) {
  const option = document.createElement('label');
  option.innerHTML = `<input type="radio" name="scenario" value="${name}"> <span></span>`;
  option.querySelector('span')!.textContent = label;
  option.querySelector('input')!.checked = name === scenario;
  choices.append(option);
}

choices.addEventListener('change', (event) => {
  scenario = (event.target as HTMLInputElement).value as Scenario;
  remember('scenario', scenario);
  worker.resetHandlers(...handlers(scenario));
  mount();
});

pdfChoice.addEventListener('change', () => {
  remember('pdf', pdfChoice.value);
  mount();
});

function remember(name: string, value: string) {
  const url = new URL(location.href);
  url.searchParams.set(name, value);
  history.replaceState(null, '', url);
}

document.addEventListener('tsa-letter-state', (event) => {
  stateOutput.value = event.detail.state;
});

/** A fresh card for each scenario, as a page load would give. */
function mount() {
  const card = document.createElement('tsa-letter-card');
  card.setAttribute('pdf', pdfChoice.value);
  // A page that knows the Veteran's name hands it to the card for the generated letter.
  card.recipientName = 'María José Núñez';
  stage.replaceChildren(card);
}

mount();
