import { actorFor, defaultUatEmails, evaluate, FEATURE, handlers, population, stageGates, stages, type Stage } from '../src/mocks/index.js';
import { radioOption } from './controls.js';
import { serve } from './network.js';

const API_BASE = '/rollout';
const USERS = 10_000;

/**
 * The release plan to try: a stage, the UAT emails and a user's email decide, exactly as Flipper
 * would, whether the card appears; a population view shows each stage's share and that stages nest.
 */
export function renderRollout(root: HTMLElement): void {
  const form = root.querySelector<HTMLFormElement>('form')!;
  const stageChoices = form.querySelector<HTMLDivElement>('.stages')!;
  const uat = form.querySelector<HTMLTextAreaElement>('[name="uat"]')!;
  const email = form.querySelector<HTMLInputElement>('[name="email"]')!;
  const decision = root.querySelector<HTMLOutputElement>('.decision')!;
  const stage = root.querySelector<HTMLDivElement>('.stage')!;
  const table = root.querySelector<HTMLTableSectionElement>('.population tbody')!;
  const nesting = root.querySelector<HTMLParagraphElement>('.nesting')!;

  for (const [name, label] of Object.entries(stages)) stageChoices.append(radioOption('stage', name, label, name === 'uat'));
  uat.value = defaultUatEmails.join('\n');
  email.value = defaultUatEmails[0];

  const current = () => ({
    stage: (form.querySelector<HTMLInputElement>('[name="stage"]:checked')?.value ?? 'off') as Stage,
    uatEmails: uat.value.split(/[\s,]+/).filter(Boolean),
    email: email.value.trim(),
  });
  // The toggle handler reads the stage and the user at each request, as vets-api reads Flipper.
  serve('rollout', handlers('eligible', { apiBase: API_BASE, rollout: { gates: () => stageGates(current().stage, current().uatEmails), email: () => current().email || undefined } }));

  const update = () => {
    const { stage: name, uatEmails, email: user } = current();
    const gates = stageGates(name, uatEmails);
    const actor = user ? actorFor(user) : undefined;
    const result = evaluate(FEATURE, gates, actor);
    const who = actor ? actor.id : 'a signed-out visitor';
    const bucket = result.bucket === undefined ? '' : `; bucket ${result.bucket} (on from ${(result.bucket + 1) / 1000} % of actors)`;
    decision.value = result.enabled
      ? `On for ${who}: the ${result.gate!.replace(/_/g, ' ')} gate opened it${bucket}.`
      : `Off for ${who}: no gate is open${bucket}.`;
    decision.dataset.enabled = String(result.enabled);
    // A page load: a new card asks for the toggle again.
    const card = document.createElement('tsa-letter-card');
    card.setAttribute('api-base', API_BASE);
    card.setAttribute('flag-max-age', '0'); // each card stands for a new page load: no value carried over
    stage.replaceChildren(card);
  };

  const result = population(USERS, current().uatEmails);
  for (const row of result.rows) {
    const tr = table.insertRow();
    tr.insertCell().textContent = stages[row.stage];
    tr.insertCell().textContent = row.enabled.toLocaleString('en-US');
    tr.insertCell().textContent = `${(row.share * 100).toFixed(2)} %`;
  }
  nesting.textContent =
    result.droppedLater === 0
      ? `Of ${USERS.toLocaleString('en-US')} synthetic users, everyone enabled at one stage from 1 % to 100 % stays enabled at every later stage.`
      : `${result.droppedLater} users enabled at one stage are off at a later one.`;

  form.addEventListener('input', update);
  form.addEventListener('submit', (event) => event.preventDefault());
  update();
}
