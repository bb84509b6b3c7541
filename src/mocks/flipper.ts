/**
 * Flipper's toggle evaluation, as VA.gov's API runs it (shared rules: product/rollout.md), so that
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

export function percentageOfActorsOpen(percentage: number, actorBucket: number): boolean {
  return percentage >= 100 || (percentage > 0 && actorBucket < percentage * 1000);
}

/**
 * Whether `feature` is on for `actors` (none: a signed-out visitor). On when any gate is open.
 * Without an actor only the boolean and percentage-of-time gates can open.
 */
export function evaluate(feature: string, gates: Gates, actors: Actor | Actor[] | undefined = [], options: EvaluateOptions = {}): Decision {
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

// ---- Flipper's admin operations, with its real semantics -----------------------------------

/** "Disable for everyone" clears every gate: UAT emails and percentage go too. */
export const disable = (): Gates => ({});

/** Setting a percentage keeps the other gates; 0 pauses a rollout and keeps the UAT users. */
export const withPercentageOfActors = (gates: Gates, percentageOfActors: number): Gates => ({ ...gates, percentageOfActors });

export const withActors = (gates: Gates, ids: string[]): Gates => ({ ...gates, actors: [...new Set([...(gates.actors ?? []), ...ids])] });

export const enableForEveryone = (gates: Gates): Gates => ({ ...gates, boolean: true });
