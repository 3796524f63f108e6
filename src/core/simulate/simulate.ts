import type { Policy } from '../schema';
import type { Call, Decision } from './call';
import { compilePolicy, type Check, type CheckedOutcome } from './compile';
import { counterUses, fullReason, retryAt, takeLimits, type CounterUse } from './counters';
import { showValue } from './reasons';

/** A regex condition about to be tested on one call (what a stalled run was doing). */
export interface RegexStep {
  /** Index of the call in the run. */
  call: number;
  tool: string;
  /** The rule key, or null for checks outside any rule. */
  rule: string | null;
  /** JSON pointer of the condition, e.g. /tools/run/deny_if/0. */
  path: string;
  regex: string;
}

/**
 * Hooks a caller can watch a run through (the app's simulation worker reports them to the page,
 * so a run stopped past its time budget can say what it was doing). Both are optional.
 */
export interface SimulationWatch {
  /** Before each call is decided. */
  onCall?: (index: number) => void;
  /** Before each regex condition is tested: a catastrophic regex stalls inside that test. */
  onRegex?: (step: RegexStep) => void;
}

/** Decisions of a run plus, per call, its counter uses after the decision (empty when none). */
export interface DetailedSimulation {
  decisions: Decision[];
  counters: CounterUse[][];
}

/** Decides each call in order against counters that start empty (dry-run of the gateway). */
export function simulate(policy: Policy, calls: readonly Call[]): Decision[] {
  return run(policy, calls, null, {});
}

/** `simulate`, plus the state of each counter a call passed through, for per-counter charts. */
export function simulateDetailed(
  policy: Policy,
  calls: readonly Call[],
  watch: SimulationWatch = {},
): DetailedSimulation {
  const counters: CounterUse[][] = [];
  return { decisions: run(policy, calls, counters, watch), counters };
}

/**
 * Tests only the conditions of calls `from` onward, in order, reporting each regex before it
 * runs: finds the condition a stalled run was stuck in (conditions do not depend on counters).
 */
export function testConditions(
  policy: Policy,
  calls: readonly Call[],
  from: number,
  onRegex: (step: RegexStep) => void,
): void {
  const resolve = compilePolicy(policy);
  for (let i = Math.max(0, from); i < calls.length; i++) {
    const call = calls[i]!;
    const outcome = resolve(call.tool);
    if (outcome.kind === 'checked') conditionDenial(outcome, call, i, { onRegex });
  }
}

function run(
  policy: Policy,
  calls: readonly Call[],
  detail: CounterUse[][] | null,
  watch: SimulationWatch,
): Decision[] {
  const resolve = compilePolicy(policy);
  const decisions: Decision[] = [];
  for (let i = 0; i < calls.length; i++) {
    const call = calls[i]!;
    watch.onCall?.(i);
    const outcome = resolve(call.tool);
    if (outcome.kind === 'fixed') {
      decisions.push({
        decision: outcome.decision,
        reason: outcome.reason,
        rule: outcome.rule,
        path: outcome.path,
      });
      detail?.push([]);
      continue;
    }
    const refused = conditionDenial(outcome, call, i, watch);
    if (refused !== null) {
      decisions.push(refused);
      detail?.push([]);
      continue;
    }
    const limits = outcome.limits;
    if (limits.uses.length === 0) {
      decisions.push(decided(outcome));
      detail?.push([]);
      continue;
    }
    const firstFull = takeLimits(limits, call);
    decisions.push(firstFull === -1 ? decided(outcome) : rateLimited(outcome, firstFull, call.at));
    detail?.push(counterUses(limits, firstFull === -1));
  }
  return decisions;
}

function decided(outcome: CheckedOutcome): Decision {
  return {
    decision: outcome.decision,
    reason: outcome.reason,
    rule: outcome.rule,
    path: outcome.path,
  };
}

function conditionDenial(
  outcome: CheckedOutcome,
  call: Call,
  index: number,
  watch: SimulationWatch,
): Decision | null {
  const { require, denyIf } = outcome;
  const before = (check: Check) => {
    if (check.regex !== undefined && watch.onRegex) {
      const step = { call: index, tool: call.tool, rule: outcome.rule, path: check.path };
      watch.onRegex({ ...step, regex: check.regex });
    }
  };
  for (let i = 0; i < require.length; i++) {
    const check = require[i]!;
    before(check);
    if (!check.test(call.args)) return conditionDecision(outcome, check, call);
  }
  for (let i = 0; i < denyIf.length; i++) {
    const check = denyIf[i]!;
    before(check);
    if (check.test(call.args)) return conditionDecision(outcome, check, call);
  }
  return null;
}

function conditionDecision(outcome: CheckedOutcome, check: Check, call: Call): Decision {
  return {
    decision: 'deny',
    reason: `${check.reasonHead}${showValue(check.read(call.args))})`,
    rule: outcome.rule,
    path: check.path,
  };
}

function rateLimited(outcome: CheckedOutcome, firstFull: number, at: number): Decision {
  const limits = outcome.limits;
  const use = limits.uses[firstFull]!;
  const retryAfterMs = retryAt(limits, firstFull) - at;
  return {
    decision: 'rate_limited',
    reason: fullReason(limits, use, retryAfterMs),
    rule: outcome.rule,
    path: use.path,
    retryAfterMs,
  };
}
