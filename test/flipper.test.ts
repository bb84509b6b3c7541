import { expect } from '@open-wc/testing';
import vectors from './fixtures/flipper-vectors.json';
import { bucket, crc32, disable, enableForEveryone, evaluate, withActors, withPercentageOfActors, type Gates } from '../src/mocks/flipper.js';

const FEATURE = 'tsa_safe_travel_letter';

describe('Flipper: percentage of actors against the independent zlib vectors', () => {
  for (const v of vectors.single) {
    it(`${v.feature} + ${v.actor} at ${v.percentage} % → ${v.enabled}`, () => {
      expect(crc32(v.feature + v.actor)).to.equal(v.crc32);
      expect(bucket(v.feature, [v.actor])).to.equal(v.bucket);
      const decision = evaluate(v.feature, { percentageOfActors: v.percentage }, { id: v.actor });
      expect(decision.enabled).to.equal(v.enabled);
      expect(decision.bucket).to.equal(v.bucket);
    });
  }
  for (const v of vectors.multiple) {
    it(`${v.feature} + [${v.actors.join(', ')}] at ${v.percentage} % → ${v.enabled}`, () => {
      expect(bucket(v.feature, v.actors)).to.equal(v.bucket);
      expect(evaluate(v.feature, { percentageOfActors: v.percentage }, v.actors.map((id) => ({ id }))).enabled).to.equal(v.enabled);
    });
  }
});

describe('Flipper: rollout.md’s reference table', () => {
  const table: [string, number, number[]][] = [
    ['vet1@example.com', 7992, [10, 25, 50, 100]],
    ['vet2@example.com', 83478, [100]],
    ['qa.tester@va.gov', 74506, [100]],
    ['User;2', 34763, [50, 100]],
    ['abc123cookie', 37231, [50, 100]],
  ];
  for (const [id, expected, onAt] of table) {
    it(`${id}: bucket ${expected}, on at ${onAt.join(', ')} %`, () => {
      expect(bucket(FEATURE, [id])).to.equal(expected);
      const on = [1, 10, 25, 50, 100].filter((p) => evaluate(FEATURE, { percentageOfActors: p }, { id }).enabled);
      expect(on).to.deep.equal(onAt);
    });
  }
  it('several actors are sorted and joined: Org;3User;1User;2 → 51735', () => {
    expect(crc32(`${FEATURE}Org;3User;1User;2`)).to.equal(3737851735);
    expect(bucket(FEATURE, ['User;2', 'User;1', 'Org;3'])).to.equal(51735);
  });
});

describe('Flipper: the gates', () => {
  const vet = { id: 'vet2@example.com' }; // bucket 83478
  const cases: [string, Gates, Parameters<typeof evaluate>[2], boolean, string | undefined][] = [
    ['no gates', {}, vet, false, undefined],
    ['boolean on', { boolean: true }, vet, true, 'boolean'],
    ['boolean on, signed out', { boolean: true }, undefined, true, 'boolean'],
    ['boolean false', { boolean: false }, vet, false, undefined],
    ['actor listed', { actors: ['vet2@example.com'] }, vet, true, 'actor'],
    ['actor match is case-sensitive', { actors: ['VET2@example.com'] }, vet, false, undefined],
    ['actor not listed', { actors: ['someone@va.gov'] }, vet, false, undefined],
    ['one of several actors listed', { actors: ['x'] }, [vet, { id: 'x' }], true, 'actor'],
    ['percentage 100', { percentageOfActors: 100 }, vet, true, 'percentage_of_actors'],
    ['percentage 0', { percentageOfActors: 0 }, vet, false, undefined],
    ['percentage below the bucket', { percentageOfActors: 83.478 }, vet, false, undefined],
    ['percentage just above the bucket', { percentageOfActors: 83.479 }, vet, true, 'percentage_of_actors'],
    ['percentage, signed out: closed', { percentageOfActors: 99 }, undefined, false, undefined],
    ['actors win the report over percentage', { actors: ['vet2@example.com'], percentageOfActors: 100 }, vet, true, 'actor'],
    ['group predicate matches', { groups: ['va_staff'] }, { id: 'a@va.gov' }, true, 'group'],
    ['group predicate does not match', { groups: ['va_staff'] }, { id: 'a@mail.test' }, false, undefined],
    ['unregistered group', { groups: ['nobody'] }, vet, false, undefined],
    ['group, signed out: closed', { groups: ['va_staff'] }, undefined, false, undefined],
  ];
  const groups = { va_staff: (actor: { id: string }) => actor.id.endsWith('@va.gov') };
  for (const [name, gates, actors, enabled, gate] of cases) {
    it(name, () => {
      const decision = evaluate(FEATURE, gates, actors, { groups });
      expect(decision.enabled).to.equal(enabled);
      expect(decision.gate).to.equal(gate);
    });
  }

  it('percentage of time: decided by the injected random source, on every check, with or without an actor', () => {
    expect(evaluate(FEATURE, { percentageOfTime: 30 }, vet, { random: () => 0.29 }).gate).to.equal('percentage_of_time');
    expect(evaluate(FEATURE, { percentageOfTime: 30 }, vet, { random: () => 0.3 }).enabled).to.equal(false);
    expect(evaluate(FEATURE, { percentageOfTime: 30 }, undefined, { random: () => 0 }).enabled).to.equal(true);
    expect(evaluate(FEATURE, { percentageOfTime: 0 }, undefined, { random: () => 0 }).enabled).to.equal(false);
  });
});

describe('Flipper: admin operations', () => {
  const uat = withActors({}, ['vet2@example.com']);
  it('disabling clears every gate, UAT users included', () => {
    const rolledOut = enableForEveryone(withPercentageOfActors(uat, 50));
    expect(disable()).to.deep.equal({});
    expect(evaluate(FEATURE, disable(), { id: 'vet2@example.com' }).enabled).to.equal(false);
    expect(rolledOut.boolean).to.equal(true);
  });
  it('a percentage of 0 pauses the rollout and keeps the UAT users', () => {
    const paused = withPercentageOfActors(withPercentageOfActors(uat, 25), 0);
    expect(evaluate(FEATURE, paused, { id: 'vet2@example.com' }).enabled).to.equal(true);
    expect(evaluate(FEATURE, paused, { id: 'vet1@example.com' }).enabled).to.equal(false);
  });
  it('adding actors keeps them once each', () => {
    expect(withActors(uat, ['vet2@example.com', 'b@va.gov']).actors).to.deep.equal(['vet2@example.com', 'b@va.gov']);
  });
});
