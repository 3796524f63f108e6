import type { Scope } from '../schema';
import type { Call } from './call';
import {
  newScopeCount,
  type LimitSet,
  type LimitUse,
  type ScopeCount,
  type WindowCount,
} from './compile';
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
  const { counters, tallies, starts, counts, uses } = set;
  for (let k = 0; k < counters.length; k++) {
    const counter = counters[k]!;
    const scopeKey =
      counter.scope === 'grant'
        ? (call.grant ?? 'default')
        : counter.scope === 'session'
          ? (call.session ?? 'default')
          : 'global';
    const sinceEpoch = Math.floor(call.at / counter.windowMs);
    counter.base ??= sinceEpoch;
    const window = sinceEpoch - counter.base;
    let tally = counter.last;
    // Stores only on change: writing pointers into long-lived objects is what costs here.
    if (tally === null || counter.lastKey !== scopeKey) {
      let found = counter.counts.get(scopeKey);
      if (found === undefined) {
        found = newScopeCount(window, scopeKey, showScope(counter.scope, scopeKey));
        counter.counts.set(scopeKey, found);
      }
      counter.lastKey = scopeKey;
      counter.last = found;
      tally = found;
    }
    if (tally.current.window !== window) moveTo(tally, window);
    if (tallies[k] !== tally) tallies[k] = tally;
    starts[k] = sinceEpoch * counter.windowMs;
    counts[k] = tally.current.count;
  }
  for (let u = 0; u < uses.length; u++) {
    const use = uses[u]!;
    if (counts[use.slot]! >= use.max) return u;
  }
  for (let k = 0; k < counters.length; k++) tallies[k]!.current.count++;
  return -1;
}

/** Makes `window` the tally's current window. */
function moveTo(tally: ScopeCount, window: number): void {
  const { inOrder } = tally;
  if (window > inOrder[inOrder.length - 1]!.window) {
    tally.current = { window, count: 0 };
    inOrder.push(tally.current);
    return;
  }
  const found = findWindow(inOrder, window) ?? tally.others?.get(window);
  if (found !== undefined) {
    tally.current = found;
    return;
  }
  tally.current = { window, count: 0 };
  (tally.others ??= new Map()).set(window, tally.current);
}

/** Binary search in counts sorted by window. */
function findWindow(sorted: readonly WindowCount[], window: number): WindowCount | undefined {
  let low = 0;
  let high = sorted.length - 1;
  while (low <= high) {
    const mid = (low + high) >>> 1;
    const here = sorted[mid]!;
    if (here.window === window) return here;
    if (here.window < window) low = mid + 1;
    else high = mid - 1;
  }
  return undefined;
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
    scopeKey: set.tallies[use.slot]!.key,
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
