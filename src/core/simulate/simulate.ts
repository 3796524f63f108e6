import type { Policy } from '../schema';
import type { Call, Decision } from './call';
import { compilePolicy, type Check, type CheckedOutcome } from './compile';
import { counterUses, fullReason, retryAt, takeLimits, type CounterUse } from './counters';
import { showValue } from './reasons';

/** Decisions of a run plus, per call, its counter uses after the decision (empty when none). */
export interface DetailedSimulation {
  decisions: Decision[];
  counters: CounterUse[][];
}

/** Decides each call in order against counters that start empty (dry-run of the gateway). */
export function simulate(policy: Policy, calls: readonly Call[]): Decision[] {
  return run(policy, calls, null);
}

/** `simulate`, plus the state of each counter a call passed through, for per-counter charts. */
export function simulateDetailed(policy: Policy, calls: readonly Call[]): DetailedSimulation {
  const counters: CounterUse[][] = [];
  return { decisions: run(policy, calls, counters), counters };
}

function run(policy: Policy, calls: readonly Call[], detail: CounterUse[][] | null): Decision[] {
  const resolve = compilePolicy(policy);
  const decisions: Decision[] = [];
  for (let i = 0; i < calls.length; i++) {
    const call = calls[i]!;
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
    const refused = conditionDenial(outcome, call);
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

function conditionDenial(outcome: CheckedOutcome, call: Call): Decision | null {
  const { require, denyIf } = outcome;
  for (let i = 0; i < require.length; i++) {
    const check = require[i]!;
    if (!check.test(call.args)) return conditionDecision(outcome, check, call);
  }
  for (let i = 0; i < denyIf.length; i++) {
    const check = denyIf[i]!;
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
