import type { Scope } from '../schema';
import type { Call } from './call';
import type { LimitSet, LimitUse } from './compile';
import { showDuration, showScope } from './reasons';

/** One counter use of a call after its decision, for charts: its window and the count. */
export interface CounterUse {
  counter: string;
  scope: Scope;
  /** The grant or session id, or "global". */
  scopeKey: string;
  windowStart: number;
  windowEnd: number;
  count: number;
  max: number;
  /** JSON Pointer to the limit. */
  path: string;
}

/**
 * Reads the tally of each distinct counter for the call into the set's scratch arrays; returns the
 * index of the first full use, or -1 after counting the call once in every distinct counter.
 */
export function takeLimits(set: LimitSet, call: Call): number {
  const { counters, scopeKeys, tallies, starts, counts, uses } = set;
  for (let k = 0; k < counters.length; k++) {
    const counter = counters[k]!;
    const scopeKey =
      counter.scope === 'grant'
        ? (call.grant ?? 'default')
        : counter.scope === 'session'
          ? (call.session ?? 'default')
          : 'global';
    const start = Math.floor(call.at / counter.windowMs) * counter.windowMs;
    let tally = counter.lastKey === scopeKey ? counter.last : counter.counts.get(scopeKey);
    if (tally === undefined || tally === null) {
      tally = { start, count: 0, others: null, label: showScope(counter.scope, scopeKey) };
      counter.counts.set(scopeKey, tally);
    } else if (tally.start !== start) {
      tally.others ??= new Map();
      tally.others.set(tally.start, tally.count);
      tally.count = tally.others.get(start) ?? 0;
      tally.start = start;
    }
    counter.lastKey = scopeKey;
    counter.last = tally;
    scopeKeys[k] = scopeKey;
    tallies[k] = tally;
    starts[k] = start;
    counts[k] = tally.count;
  }
  for (let u = 0; u < uses.length; u++) {
    const use = uses[u]!;
    if (counts[use.slot]! >= use.max) return u;
  }
  for (let k = 0; k < counters.length; k++) tallies[k]!.count++;
  return -1;
}

/** When the call could first pass: the latest window end among the full uses (after takeLimits). */
export function retryAt(set: LimitSet, firstFull: number): number {
  let end = -Infinity;
  for (let u = firstFull; u < set.uses.length; u++) {
    const use = set.uses[u]!;
    const slot = use.slot;
    if (set.counts[slot]! >= use.max) end = Math.max(end, set.starts[slot]! + use.counter.windowMs);
  }
  return end;
}

/** The counter uses of the call just decided by takeLimits, as they stand after it. */
export function counterUses(set: LimitSet, counted: boolean): CounterUse[] {
  return set.uses.map((use) => ({
    counter: use.counter.name,
    scope: use.counter.scope,
    scopeKey: set.scopeKeys[use.slot]!,
    windowStart: set.starts[use.slot]!,
    windowEnd: set.starts[use.slot]! + use.counter.windowMs,
    count: set.counts[use.slot]! + (counted ? 1 : 0),
    max: use.max,
    path: use.path,
  }));
}

/** The reason of a call refused by a full use, rebuilt only when count, tally or wait change. */
export function fullReason(set: LimitSet, use: LimitUse, retryAfterMs: number): string {
  const tally = set.tallies[use.slot]!;
  const count = set.counts[use.slot]!;
  const tenths = Math.ceil(retryAfterMs / 100);
  const seen = use.seen;
  // A loop that keeps calling meets the same full counter again and again: reuse its text.
  if (seen.tally !== tally || seen.count !== count) {
    seen.tally = tally;
    seen.count = count;
    seen.head = `${use.head}${count}${use.tail}${tally.label}); retry in `;
    seen.tenths = -1;
  }
  if (seen.tenths !== tenths) {
    seen.tenths = tenths;
    seen.reason = seen.head + waitText(tenths);
  }
  return seen.reason;
}

const waits = new Map<number, string>();

// showDuration's text depends only on the wait rounded up to 0.1 s, so it is kept per tenths.
function waitText(tenths: number): string {
  let text = waits.get(tenths);
  if (text === undefined) {
    text = showDuration(tenths * 100);
    if (waits.size > 100_000) waits.clear();
    waits.set(tenths, text);
  }
  return text;
}
