import type { Decision, DecisionKind } from '../simulate/call';
import type { ScenarioCall } from './scenario';

/** How a call with an expected decision did: `null` when it has no expectation. */
export type ExpectationResult = 'passed' | 'failed' | null;

/** A run read as a test run: decisions counted by kind, expectations checked. */
export interface RunSummary {
  counts: Record<DecisionKind, number>;
  results: ExpectationResult[];
  /** Calls that carry an expected decision. */
  expected: number;
  passed: number;
  failed: number;
  /** Indexes of the calls whose decision differs from the expected one, in order. */
  failures: number[];
}

/** Counts the decisions and compares them with what the calls expect. */
export function summarizeRun(
  calls: readonly Pick<ScenarioCall, 'expect'>[],
  decisions: readonly Decision[],
): RunSummary {
  const counts: Record<DecisionKind, number> = { allow: 0, deny: 0, approval: 0, rate_limited: 0 };
  const results: ExpectationResult[] = [];
  const failures: number[] = [];
  let expected = 0;
  decisions.forEach((d, i) => {
    counts[d.decision]++;
    const wanted = calls[i]?.expect;
    if (wanted === undefined) {
      results.push(null);
      return;
    }
    expected++;
    if (wanted === d.decision) {
      results.push('passed');
    } else {
      results.push('failed');
      failures.push(i);
    }
  });
  return {
    counts,
    results,
    expected,
    passed: expected - failures.length,
    failed: failures.length,
    failures,
  };
}
