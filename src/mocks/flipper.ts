/**
 * Flipper's toggle evaluation, as VA.gov's API runs it (Flipper's own rules), so that
 * "this user at the 10 % stage" means the same in the mocks and the demo as in production.
 * Pure and dependency-free.
 */

/** A toggle's gates, as Flipper stores them. */
export interface Gates {
  /** "Enable for everyone". */
  boolean?: boolean;
  /** Actor ids, matched exactly (VA.gov: lowercased login emails). */
  actors?: string[];
  /** 0 to 100, up to 3 decimals: sticky per actor. */
  percentageOfActors?: number;
  /** 0 to 100: a fresh coin on every check. */
  percentageOfTime?: number;
  /** Names of registered group predicates. */
  groups?: string[];
}

export interface Actor {
  /** Flipper's `flipper_id`: on VA.gov, the lowercased login email. */
  id: string;
  [property: string]: unknown;
}

export type Gate = 'boolean' | 'actor' | 'percentage_of_actors' | 'percentage_of_time' | 'group';

export interface Decision {
  enabled: boolean;
  /** The first gate, in Flipper's order, that opened the toggle. */
  gate?: Gate;
  /** The actors' bucket, 0 to 99 999, when there is an actor. */
  bucket?: number;
}

export interface EvaluateOptions {
  /** Registered groups: name → predicate over one actor. */
  groups?: Record<string, (actor: Actor) => boolean>;
  /** For percentage of time; `Math.random` unless a test injects its own. */
  random?: () => number;
}

let table: Uint32Array | undefined;

/** zlib's CRC-32 (IEEE, reflected 0xEDB88320) over the UTF-8 bytes of `text`, unsigned. */
export function crc32(text: string): number {
  if (!table) {
    table = new Uint32Array(256);
    for (let n = 0; n < 256; n++) {
      let c = n;
      for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
      table[n] = c >>> 0;
    }
  }
  let crc = 0xffffffff;
  for (const byte of new TextEncoder().encode(text)) crc = table[(crc ^ byte) & 0xff] ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

/** Byte order, as Ruby sorts strings (not UTF-16 order, which differs outside the BMP). */
function byBytes(a: string, b: string): number {
  const [x, y] = [new TextEncoder().encode(a), new TextEncoder().encode(b)];
  for (let i = 0; i < Math.min(x.length, y.length); i++) if (x[i] !== y[i]) return x[i] - y[i];
  return x.length - y.length;
}

/** The bucket of one or several actors: their ids sorted and joined, after the feature's name. */
export function bucket(feature: string, actorIds: string[]): number {
  return crc32(feature + [...actorIds].sort(byBytes).join('')) % 100_000;
}

/**
 * Flipper refuses a percentage outside 0–100 when it is set (an `ArgumentError`); so do the mocks,
 * rather than read 150 as everyone and −1 as no one.
 */
export function checkPercentage(percentage: number, gate: 'percentage_of_actors' | 'percentage_of_time' = 'percentage_of_actors'): number {
  if (typeof percentage !== 'number' || !(percentage >= 0 && percentage <= 100)) {
    throw new RangeError(`${gate} must be a number from 0 to 100, but was ${String(percentage)}`);
  }
  return percentage;
}

export function percentageOfActorsOpen(percentage: number, actorBucket: number): boolean {
  return percentage >= 100 || (percentage > 0 && actorBucket < percentage * 1000);
}

/**
 * Whether `feature` is on for `actors` (none: a signed-out visitor). On when any gate is open.
 * Without an actor only the boolean and percentage-of-time gates can open.
 */
export function evaluate(feature: string, gates: Gates, actors: Actor | Actor[] | undefined = [], options: EvaluateOptions = {}): Decision {
  // Gates built by hand, not with the operations below, are held to the same rule.
  if (gates.percentageOfActors !== undefined) checkPercentage(gates.percentageOfActors);
  if (gates.percentageOfTime !== undefined) checkPercentage(gates.percentageOfTime, 'percentage_of_time');
  const list = Array.isArray(actors) ? actors : [actors];
  const ids = list.map((a) => a.id);
  const actorBucket = ids.length ? bucket(feature, ids) : undefined;
  const result = (gate?: Gate): Decision => ({ enabled: gate !== undefined, ...(gate ? { gate } : {}), ...(actorBucket === undefined ? {} : { bucket: actorBucket }) });

  if (gates.boolean) return result('boolean');
  if (ids.some((id) => gates.actors?.includes(id))) return result('actor');
  if (actorBucket !== undefined && percentageOfActorsOpen(gates.percentageOfActors ?? 0, actorBucket)) return result('percentage_of_actors');
  const time = gates.percentageOfTime ?? 0;
  if (time > 0 && (options.random ?? Math.random)() < time / 100) return result('percentage_of_time');
  const registered = options.groups ?? {};
  if (gates.groups?.some((name) => list.some((actor) => registered[name]?.(actor)))) return result('group');
  return result();
}

/**
 * Ruby's `String#downcase`, which VA.gov applies to the login email to make the actor id: full
 * Unicode lower-casing of each character on its own. JavaScript's `toLowerCase` on the whole string
 * also applies the final-sigma rule (`ΣΑΣ` → `σας`), which Ruby does not (`σασ`); a character
 * lowered alone never meets that rule. Nothing is trimmed.
 */
export function rubyDowncase(text: string): string {
  let lowered = '';
  for (const character of text) lowered += character.toLowerCase();
  return lowered;
}

// ---- Flipper's admin operations, with its real semantics (checked against the gem) ------------

/** "Disable for everyone" clears every gate: UAT emails and percentage go too. */
export const disable = (): Gates => ({});

/**
 * Setting a percentage keeps the other gates; 0 pauses a rollout and keeps the UAT users. Outside
 * 0–100 it is refused, as Flipper refuses it.
 */
export const withPercentageOfActors = (gates: Gates, percentageOfActors: number): Gates => ({ ...gates, percentageOfActors: checkPercentage(percentageOfActors) });

export const withPercentageOfTime = (gates: Gates, percentageOfTime: number): Gates => ({ ...gates, percentageOfTime: checkPercentage(percentageOfTime, 'percentage_of_time') });

export const withActors = (gates: Gates, ids: string[]): Gates => ({ ...gates, actors: [...new Set([...(gates.actors ?? []), ...ids])] });

/**
 * "Enable for everyone" clears every other gate first: afterwards Flipper stores the boolean and
 * nothing else, so the UAT actors and the percentage are gone (a later 0 % pause keeps it on).
 */
export const enableForEveryone = (): Gates => ({ boolean: true });
