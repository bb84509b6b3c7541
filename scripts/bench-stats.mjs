// The statistics `npm run bench` reports with: medians, and how sure a median is. Pure functions,
// tested in test/node/bench-stats.test.mjs.

const sorted = (values) => [...values].sort((a, b) => a - b);

/** A figure as the tables print it: `digits` decimals (one by default). */
export const round = (n, digits = 1) => Math.round(n * 10 ** digits) / 10 ** digits;

export function median(values) {
  const s = sorted(values);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

export function quartiles(values) {
  const s = sorted(values);
  return [s[Math.floor((s.length - 1) / 4)], s[Math.ceil(((s.length - 1) * 3) / 4)]];
}

/** P(X ≤ k) for X ~ Binomial(n, ½), summed in logs so that a few hundred runs do not underflow. */
function halfBinomialCdf(n, k) {
  let logTerm = -n * Math.LN2; // C(n, 0) / 2^n
  let sum = 0;
  for (let i = 0; i <= k; i++) {
    sum += Math.exp(logTerm);
    logTerm += Math.log((n - i) / (i + 1));
  }
  return sum;
}

/**
 * A confidence interval for the median that assumes nothing of the distribution (the machine's noise
 * is skewed: a run is slowed far more often than sped up): the j-th smallest and j-th largest values,
 * with j the largest rank such that each tail holds the median with probability at most
 * (1 − confidence) / 2. `undefined` when there are too few values for any interval (fewer than 6 at 95 %).
 */
export function medianInterval(values, confidence = 0.95) {
  const n = values.length;
  const tail = (1 - confidence) / 2;
  let j = 0;
  while (j + 1 <= n / 2 && halfBinomialCdf(n, j) <= tail) j++;
  if (j === 0) return undefined;
  const s = sorted(values);
  return [s[j - 1], s[n - j]];
}

/** Half the interval's width, or Infinity while there is none. */
export function halfWidth(interval) {
  return interval ? (interval[1] - interval[0]) / 2 : Infinity;
}

/**
 * Whether a goal ("at most `limit`") is met, judged on the interval rather than the median alone:
 * `met` when all of it is within the goal, `not met` when none of it is, else `undecided`.
 */
export function verdict(interval, limit) {
  if (!interval) return 'undecided';
  if (interval[1] <= limit) return 'met';
  if (interval[0] > limit) return 'not met';
  return 'undecided';
}

/**
 * What paired runs say of a change, from the interval of the median of their differences (this
 * build's milliseconds minus the other's): `faster` or `slower` when all of it is on one side of
 * zero, else `no difference shown`.
 */
export function change(interval) {
  if (interval && interval[1] < 0) return 'faster';
  if (interval && interval[0] > 0) return 'slower';
  return 'no difference shown';
}

/**
 * Whether sampling may stop: at least `minRuns`, then until the interval's half-width is at most
 * `precision`, or `maxRuns` is reached (the machine may never be quiet enough).
 */
export function enoughRuns(values, { minRuns, maxRuns, precision, confidence = 0.95 }) {
  if (values.length < minRuns) return false;
  return values.length >= maxRuns || halfWidth(medianInterval(values, confidence)) <= precision;
}
