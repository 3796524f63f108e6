import type { Limit } from '../schema';
import { describeWindow, windowSeconds } from '../window';

/** How one counter use changed between two policies. */
export interface LimitChange {
  counter: string;
  /** loosened/tightened compare the rate (max per window length); changed: same rate, other window or scope. */
  change: 'added' | 'removed' | 'loosened' | 'tightened' | 'changed';
  before: Limit | null;
  after: Limit | null;
}

/** The rate a limit allows, in calls per second. */
function rate(limit: Limit): number {
  return limit.max / windowSeconds(limit.window);
}

function sameLimit(a: Limit, b: Limit): boolean {
  return (
    a.max === b.max &&
    windowSeconds(a.window) === windowSeconds(b.window) &&
    (a.scope ?? 'grant') === (b.scope ?? 'grant')
  );
}

/**
 * Limits compared by counter name: a counter only in `after` was added, only in `before`
 * removed; otherwise its rate decides. A counter used twice in one list is compared in order.
 */
export function limitChanges(before: readonly Limit[], after: readonly Limit[]): LimitChange[] {
  const changes: LimitChange[] = [];
  const left = [...before];
  const right = [...after];
  for (const old of left) {
    const i = right.findIndex((l) => l.counter === old.counter);
    if (i === -1) {
      changes.push({ counter: old.counter, change: 'removed', before: old, after: null });
      continue;
    }
    const now = right.splice(i, 1)[0]!;
    if (sameLimit(old, now)) continue;
    const r0 = rate(old);
    const r1 = rate(now);
    const change = r1 > r0 ? 'loosened' : r1 < r0 ? 'tightened' : 'changed';
    changes.push({ counter: old.counter, change, before: old, after: now });
  }
  for (const now of right)
    changes.push({ counter: now.counter, change: 'added', before: null, after: now });
  return changes;
}

/** True when the change lets more calls through: a limit removed or its rate raised. */
export function loosensLimit(change: LimitChange): boolean {
  return change.change === 'removed' || change.change === 'loosened';
}

/** A limit for people: "30 per minute (cache_set_rate)". */
export function describeLimit(limit: Limit): string {
  const per = typeof limit.window === 'string' ? limit.window : describeWindow(limit.window);
  return `${limit.max} per ${per} (${limit.counter})`;
}

/** One limit change in words: "limit cache_set_rate loosened from 30 per minute to 60 per minute". */
export function describeLimitChange(change: LimitChange): string {
  const { before, after } = change;
  if (before === null && after !== null) return `limit ${describeLimit(after)} added`;
  if (after === null && before !== null) return `limit ${describeLimit(before)} removed`;
  if (before === null || after === null) return `limit ${change.counter} ${change.change}`;
  return `limit ${change.counter} ${change.change} from ${rateWords(before)} to ${rateWords(after)}`;
}

function rateWords(limit: Limit): string {
  const text = describeLimit(limit);
  return text.slice(0, text.lastIndexOf(' (')) + SCOPE_WORDS[limit.scope ?? 'grant'];
}

const SCOPE_WORDS = {
  grant: '',
  session: ' per session',
  global: ' for all callers together',
} as const;
