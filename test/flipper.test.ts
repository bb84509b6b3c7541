import { expect } from '@open-wc/testing';
import vectors from './fixtures/flipper-vectors.json';
import { bucket, checkPercentage, crc32, disable, enableForEveryone, evaluate, rubyDowncase, withActors, withPercentageOfActors, withPercentageOfTime, type Gates } from '../src/mocks/flipper.js';
import { actorFor } from '../src/mocks/rollout.js';

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

describe('Flipper: the reference table of its rules', () => {
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
    expect(disable()).to.deep.equal({});
    expect(evaluate(FEATURE, disable(), { id: 'vet2@example.com' }).enabled).to.equal(false);
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

// The answers of the real Flipper gem (0.25.4, memory adapter, Ruby 3.1), written down as data.

describe('Flipper gem: "enable for everyone" clears every other gate', () => {
  // Gem: enable_actor, enable_percentage_of_actors(50), enable → {boolean: "true"}, actors and
  // percentages empty; then enable_percentage_of_actors(0) → boolean still "true", percentage 0.
  it('UAT actors + 50 % + enable → the boolean alone', () => {
    expect(enableForEveryone()).to.deep.equal({ boolean: true });
  });
  it('a 0 % pause after it keeps the toggle on for everyone, as in the gem', () => {
    const paused = withPercentageOfActors(enableForEveryone(), 0);
    expect(paused).to.deep.equal({ boolean: true, percentageOfActors: 0 });
    expect(evaluate(FEATURE, paused, { id: 'vet2@example.com' }).enabled).to.equal(true);
  });
  it('a rollout replayed after 100 %: the UAT actors are gone, so a disable then 0 % leaves nobody', () => {
    const replay = withPercentageOfActors(disable(), 0);
    expect(evaluate(FEATURE, replay, { id: 'vet2@example.com' }).enabled).to.equal(false);
  });
});

describe('Flipper gem: the actor id is the login email as Ruby\'s downcase gives it', () => {
  // [login email, Ruby's email.downcase, crc32 bucket, gem's enabled? at 50 %]
  const gem: [string, string, number, boolean][] = [
    ['ΣΑΣ@x.org', 'σασ@x.org', 83395, false],
    ['Vet1@Example.com', 'vet1@example.com', 7992, true],
    [' vet1@example.com ', ' vet1@example.com ', 81011, false],
    ['İstanbul@x.org', 'i̇stanbul@x.org', 80901, false],
    ['ÅSA@x.org', 'åsa@x.org', 99388, false],
    ['ǅemal@x.org', 'ǆemal@x.org', 75092, false],
    ['ΌΣΟΣ@x.org', 'όσοσ@x.org', 18209, true],
    ['STRASSE@x.de', 'strasse@x.de', 86438, false],
    ['Straße@x.de', 'straße@x.de', 27586, true],
    ['ẞ@x.de', 'ß@x.de', 91118, false],
    ['ΑΣ.Β@x.org', 'ασ.β@x.org', 38104, true],
  ];
  for (const [email, id, expected, onAt50] of gem) {
    it(`${JSON.stringify(email)} → ${JSON.stringify(id)}, bucket ${expected}, ${onAt50 ? 'on' : 'off'} at 50 %`, () => {
      expect(rubyDowncase(email)).to.equal(id);
      expect(actorFor(email)).to.deep.equal({ id });
      expect(bucket(FEATURE, [actorFor(email).id])).to.equal(expected);
      expect(evaluate(FEATURE, { percentageOfActors: 50 }, actorFor(email)).enabled).to.equal(onAt50);
    });
  }
  it('JavaScript\'s own lower-casing differs (final sigma): the reason for rubyDowncase', () => {
    expect('ΣΑΣ@x.org'.toLowerCase()).to.equal('σας@x.org');
    expect(bucket(FEATURE, ['σας@x.org'])).to.equal(439);
  });
});

describe('Flipper gem: a percentage outside 0–100 is refused', () => {
  // Gem: enable_percentage_of_actors / _of_time raise ArgumentError for these; accept the rest.
  const cases: [number, boolean][] = [
    [150, false],
    [-1, false],
    [100.5, false],
    [Number.NaN, false],
    [100, true],
    [0, true],
    [64.15, true],
  ];
  for (const [percentage, accepted] of cases) {
    it(`${percentage} % is ${accepted ? 'accepted' : 'refused'} for actors, for time and by the evaluator`, () => {
      const set = [() => withPercentageOfActors({}, percentage), () => withPercentageOfTime({}, percentage), () => evaluate(FEATURE, { percentageOfActors: percentage }, { id: 'a' }), () => evaluate(FEATURE, { percentageOfTime: percentage }, { id: 'a' })];
      for (const attempt of set) {
        if (accepted) expect(attempt).not.to.throw();
        else expect(attempt).to.throw(RangeError, /must be a number from 0 to 100/);
      }
    });
  }
  it('the error names the gate and the value', () => {
    expect(() => checkPercentage(150)).to.throw('percentage_of_actors must be a number from 0 to 100, but was 150');
    expect(() => checkPercentage(-1, 'percentage_of_time')).to.throw('percentage_of_time must be a number from 0 to 100, but was -1');
  });
});

describe('Flipper gem: pct * 1000 is a floating-point product', () => {
  // Gem: at 64.15 % the actor in bucket 64150 ("actor125219") is on (64.15 * 1000 = 64150.00000000001); at 64.149 % off.
  it('actor125219: bucket 64150, on at 64.15 %, off at 64.149 %', () => {
    expect(bucket(FEATURE, ['actor125219'])).to.equal(64150);
    expect(evaluate(FEATURE, { percentageOfActors: 64.15 }, { id: 'actor125219' }).enabled).to.equal(true);
    expect(evaluate(FEATURE, { percentageOfActors: 64.149 }, { id: 'actor125219' }).enabled).to.equal(false);
  });
});
