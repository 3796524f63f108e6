import type { Scope } from '../schema';
import type { Decision } from '../simulate/call';
import type { CounterUse } from '../simulate/counters';

/** One call's view of a counter: its count after the call, in the window the call fell in. */
export interface CounterPoint {
  at: number;
  count: number;
  /** The smallest `max` among the uses of this counter on the call (the one that binds). */
  max: number;
  windowStart: number;
  /** The call was rate-limited (so not counted). */
  refused: boolean;
}

/** A counter and scope key over a run, for a chart: count against max, window by window. */
export interface CounterSeries {
  id: string;
  counter: string;
  scope: Scope;
  scopeKey: string;
  windowMs: number;
  /** JSON Pointer to the first limit that uses this counter. */
  path: string;
  /** In time order (calls at the same time keep the order they were decided in). */
  points: CounterPoint[];
  peak: number;
  refused: number;
  /** Windows in which the count reached the max. */
  fullWindows: number;
}

interface Building {
  series: CounterSeries;
  /** The last call that added a point, so a counter listed twice on a call adds one. */
  lastCall: number;
}

/** The counters of a detailed run as series over time, busiest (most refusals, then calls) first. */
export function counterSeries(
  uses: readonly (readonly CounterUse[])[],
  decisions: readonly Decision[],
  times: readonly number[],
): CounterSeries[] {
  // By counter name, then scope key; the few (scope, window) pairs of a name are scanned.
  const byName = new Map<string, Map<string, Building[]>>();
  const all: CounterSeries[] = [];
  for (let i = 0; i < uses.length; i++) {
    const callUses = uses[i] as readonly CounterUse[];
    if (callUses.length === 0) continue;
    const refused = decisions[i]?.decision === 'rate_limited';
    const at = times[i] ?? 0;
    for (const use of callUses) {
      const windowMs = use.windowEnd - use.windowStart;
      let byKey = byName.get(use.counter);
      if (byKey === undefined) byName.set(use.counter, (byKey = new Map()));
      let list = byKey.get(use.scopeKey);
      if (list === undefined) byKey.set(use.scopeKey, (list = []));
      let entry = list.find((b) => b.series.scope === use.scope && b.series.windowMs === windowMs);
      if (entry === undefined) {
        const series: CounterSeries = {
          id: `${use.counter}\u0000${use.scope}\u0000${use.scopeKey}\u0000${windowMs}`,
          counter: use.counter,
          scope: use.scope,
          scopeKey: use.scopeKey,
          windowMs,
          path: use.path,
          points: [],
          peak: 0,
          refused: 0,
          fullWindows: 0,
        };
        entry = { series, lastCall: -1 };
        list.push(entry);
        all.push(series);
      }
      const { points } = entry.series;
      if (entry.lastCall === i) {
        const last = points[points.length - 1] as CounterPoint;
        last.max = Math.min(last.max, use.max);
        continue;
      }
      entry.lastCall = i;
      points.push({ at, count: use.count, max: use.max, windowStart: use.windowStart, refused });
    }
  }

  for (const series of all) {
    const { points } = series;
    if (points.some((p, k) => k > 0 && p.at < (points[k - 1] as CounterPoint).at)) {
      points.sort((a, b) => a.at - b.at);
    }
    const full = new Set<number>();
    for (const p of points) {
      series.peak = Math.max(series.peak, p.count);
      if (p.refused) series.refused++;
      if (p.count >= p.max) full.add(p.windowStart);
    }
    series.fullWindows = full.size;
  }
  return all.sort((a, b) => b.refused - a.refused || b.points.length - a.points.length);
}
