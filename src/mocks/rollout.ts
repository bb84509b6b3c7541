/**
 * The release plan's stages as Flipper gate configurations, and a population
 * view: what share of many users each stage enables, and whether the stages nest.
 */
import { disable, enableForEveryone, evaluate, rubyDowncase, withActors, withPercentageOfActors, type Gates } from './flipper.js';

export const FEATURE = 'tsa_safe_travel_letter';

export const stages = {
  off: 'Off',
  uat: 'UAT',
  'canary-1': '1 %',
  'canary-10': '10 %',
  'canary-25': '25 %',
  'canary-50': '50 %',
  'all': '100 %',
  'rolled-back': 'Rolled back',
} as const;

export type Stage = keyof typeof stages;

export const defaultUatEmails = ['vet1@example.com', 'qa.tester@va.gov', 'uat.veteran@mail.test'];

/**
 * VA.gov's actor for a signed-in user: the login email as Ruby's `downcase` lowers it, untrimmed
 * (a form that takes an email trims what a person typed before it gets here).
 */
export const actorFor = (email: string) => ({ id: rubyDowncase(email) });

/**
 * A stage's gates, built with Flipper's own operations: UAT adds actors; each canary keeps them and
 * sets a percentage of actors; 100 % enables for everyone, which clears the actors and the percentage;
 * a rollback disables, clearing every gate.
 */
export function stageGates(stage: Stage, uatEmails: string[] = defaultUatEmails): Gates {
  const uat = withActors({}, uatEmails.map((e) => actorFor(e).id).filter(Boolean));
  switch (stage) {
    case 'off':
      return {};
    case 'uat':
      return uat;
    case 'canary-1':
      return withPercentageOfActors(uat, 1);
    case 'canary-10':
      return withPercentageOfActors(uat, 10);
    case 'canary-25':
      return withPercentageOfActors(uat, 25);
    case 'canary-50':
      return withPercentageOfActors(uat, 50);
    case 'all':
      return enableForEveryone();
    case 'rolled-back':
      return disable();
  }
}

export interface PopulationRow {
  stage: Stage;
  enabled: number;
  share: number;
}

export interface Population {
  users: number;
  rows: PopulationRow[];
  /** Users on at one stage of 1 % → 100 % but off at a later one: always 0 with Flipper. */
  droppedLater: number;
}

/** Evaluates `users` synthetic signed-in users at every stage. */
export function population(users: number, uatEmails: string[] = defaultUatEmails): Population {
  const ladder: Stage[] = ['canary-1', 'canary-10', 'canary-25', 'canary-50', 'all'];
  const all = Object.keys(stages) as Stage[];
  const gates = Object.fromEntries(all.map((s) => [s, stageGates(s, uatEmails)])) as Record<Stage, Gates>;
  const counts = Object.fromEntries(all.map((s) => [s, 0])) as Record<Stage, number>;
  let droppedLater = 0;
  for (let i = 0; i < users; i++) {
    const actor = actorFor(`veteran${i}@example.com`);
    const on = Object.fromEntries(all.map((s) => [s, evaluate(FEATURE, gates[s], actor).enabled])) as Record<Stage, boolean>;
    for (const s of all) if (on[s]) counts[s]++;
    const first = ladder.findIndex((s) => on[s]);
    if (first >= 0 && ladder.slice(first).some((s) => !on[s])) droppedLater++;
  }
  return { users, rows: all.map((stage) => ({ stage, enabled: counts[stage], share: counts[stage] / users })), droppedLater };
}
