// The bench's statistics, table-driven: the distribution-free confidence interval for a median
// (its ranks against exact binomial tails), the verdict on a goal, what paired runs say of a change,
// the stopping rule, and how the tables round.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { change, enoughRuns, halfWidth, median, medianInterval, quartiles, round, verdict } from '../../scripts/bench-stats.mjs';

/** 1, 2, …, n, shuffled: the interval's ends are then its ranks. */
const ranks = (n) => Array.from({ length: n }, (_, i) => i + 1).sort((a, b) => ((a * 7919) % 13) - ((b * 7919) % 13));

describe('median and quartiles', () => {
  for (const [values, m, q] of [
    [[3, 1, 2], 2, [1, 3]],
    [[4, 1, 3, 2], 2.5, [1, 4]],
    [[5, 1, 4, 2, 3], 3, [2, 4]],
    [[1.2, 1.1, 1.3, 1.0, 1.4, 1.5, 1.6, 1.7, 1.8], 1.4, [1.2, 1.6]],
  ]) {
    it(`${JSON.stringify(values)}: median ${m}, quartiles ${q}`, () => {
      assert.equal(median(values), m);
      assert.deepEqual(quartiles(values), q);
    });
  }
});

describe('medianInterval: the ranks of the 95 % interval for n values', () => {
  // n, then the lower and upper ranks (1-based), from the sign test's exact binomial tails, computed apart.
  for (const [n, lower, upper] of [
    [6, 1, 6],
    [9, 2, 8],
    [10, 2, 9],
    [15, 4, 12],
    [20, 6, 15],
    [21, 6, 16],
    [30, 10, 21],
    [40, 14, 27],
    [61, 23, 39],
    [100, 40, 61],
  ]) {
    it(`n = ${n}: ranks ${lower} and ${upper}`, () => assert.deepEqual(medianInterval(ranks(n)), [lower, upper]));
  }

  for (const n of [0, 1, 5]) it(`n = ${n}: too few values for any interval`, () => assert.equal(medianInterval(ranks(n)), undefined));

  it('a wider confidence gives a wider interval', () => {
    const values = ranks(40);
    assert.ok(halfWidth(medianInterval(values, 0.99)) > halfWidth(medianInterval(values, 0.95)));
  });

  it('500 values: no underflow, ranks around the middle', () => {
    const [lo, hi] = medianInterval(ranks(500));
    assert.ok(lo > 220 && lo < 250 && hi > 250 && hi < 280, `${lo}–${hi}`);
  });
});

describe('verdict on a goal of at most 1.05', () => {
  for (const [interval, expected] of [
    [[1.01, 1.04], 'met'],
    [[1.02, 1.05], 'met'],
    [[1.03, 1.08], 'undecided'],
    [[1.06, 1.12], 'not met'],
    [undefined, 'undecided'],
  ]) {
    it(`${JSON.stringify(interval)}: ${expected}`, () => assert.equal(verdict(interval, 1.05), expected));
  }
});

describe('a change, from the interval of paired differences (ms)', () => {
  for (const [interval, expected] of [
    [[-9.5, -2.1], 'faster'],
    [[-4, 0], 'no difference shown'],
    [[-3.2, 1.7], 'no difference shown'],
    [[0, 2], 'no difference shown'],
    [[0.4, 6], 'slower'],
    [undefined, 'no difference shown'],
  ]) {
    it(`${JSON.stringify(interval)}: ${expected}`, () => assert.equal(change(interval), expected));
  }
});

describe('enoughRuns', () => {
  const tight = Array.from({ length: 30 }, (_, i) => 1.1 + (i % 3) * 0.001);
  const loose = Array.from({ length: 30 }, (_, i) => 1 + (i % 10) * 0.05);
  const rule = { minRuns: 15, maxRuns: 40, precision: 0.02 };
  for (const [label, values, expected] of [
    ['fewer than minRuns, however tight', tight.slice(0, 10), false],
    ['minRuns reached and the interval narrow', tight, true],
    ['the interval still wide', loose, false],
    ['maxRuns reached, the interval still wide', [...loose, ...loose.slice(0, 10)], true],
  ]) {
    it(`${label}: ${expected}`, () => assert.equal(enoughRuns(values, rule), expected));
  }
});

describe('round: as the tables print a figure', () => {
  for (const [n, digits, printed] of [
    [61.6449, undefined, 61.6],
    [1.17249, 3, 1.172],
    [1.0575, 3, 1.058],
    [-4.04, undefined, -4],
  ]) {
    it(`${n} to ${digits ?? 1} decimals: ${printed}`, () => assert.equal(round(n, digits), printed));
  }
});
