import { expect } from '@open-wc/testing';
import { actorFor, evaluate, FEATURE, population, stageGates, stages, type Stage } from '../src/mocks/index.js';

describe('Release-plan stages', () => {
  const uat = ['Vet1@Example.com', 'qa.tester@va.gov'];
  const gates: [Stage, object][] = [
    ['off', {}],
    ['uat', { actors: ['vet1@example.com', 'qa.tester@va.gov'] }],
    ['canary-1', { actors: ['vet1@example.com', 'qa.tester@va.gov'], percentageOfActors: 1 }],
    ['canary-10', { actors: ['vet1@example.com', 'qa.tester@va.gov'], percentageOfActors: 10 }],
    ['canary-25', { actors: ['vet1@example.com', 'qa.tester@va.gov'], percentageOfActors: 25 }],
    ['canary-50', { actors: ['vet1@example.com', 'qa.tester@va.gov'], percentageOfActors: 50 }],
    // Flipper's enable clears every other gate: the boolean alone.
    ['all', { boolean: true }],
    ['rolled-back', {}],
  ];
  for (const [stage, expected] of gates) {
    it(`${stages[stage]}: ${JSON.stringify(expected)}`, () => expect(stageGates(stage, uat)).to.deep.equal(expected));
  }

  it('UAT users are on from UAT to 100 %, and off once rolled back', () => {
    const on = (Object.keys(stages) as Stage[]).filter((s) => evaluate(FEATURE, stageGates(s, uat), actorFor('QA.Tester@va.gov')).enabled);
    expect(on).to.deep.equal(['uat', 'canary-1', 'canary-10', 'canary-25', 'canary-50', 'all']);
  });
});

describe('Population view: 20 000 synthetic users', () => {
  const result = population(20_000);
  const share = (stage: Stage) => result.rows.find((r) => r.stage === stage)!.share;
  const cases: [Stage, number, number][] = [
    ['off', 0, 0],
    ['uat', 0, 0],
    ['canary-1', 0.005, 0.015],
    ['canary-10', 0.09, 0.11],
    ['canary-25', 0.235, 0.265],
    ['canary-50', 0.485, 0.515],
    ['all', 1, 1],
    ['rolled-back', 0, 0],
  ];
  for (const [stage, low, high] of cases) {
    it(`${stages[stage]} enables ${low * 100}–${high * 100} %`, () => expect(share(stage)).to.be.within(low, high));
  }
  it('everyone enabled at a stage stays enabled at every later stage', () => expect(result.droppedLater).to.equal(0));
});
