import { patternMatcher, ruleFinder } from '../patterns';
import { toPointer } from '../pointer';
import type { Condition, Limit, Policy, Rule, Scope, Window } from '../schema';
import { windowSeconds } from '../window';
import type { DecisionKind } from './call';
import { compileCondition, pathReader, type ConditionTest } from './conditions';
import { oneLine, perWindow, quote, showCondition } from './reasons';

/** The count of one window. */
export interface WindowCount {
  window: number;
  count: number;
}

/**
 * The counts of one counter and scope key, per window. Windows are numbered from the counter's
 * first window in the run, so that they stay small integers. Calls mostly come in time order:
 * a window later than all before is appended to `inOrder` (sorted, searched by halves); one
 * first seen out of order goes to a map.
 */
export interface ScopeCount {
  current: WindowCount;
  inOrder: WindowCount[];
  others: Map<number, WindowCount> | null;
  /** The grant or session id, or "global". */
  key: string;
  /** Who shares it, for reasons: `grant "g1"`, `global`. */
  label: string;
}

/**
 * One counter of a run: name, scope and window length, with its counts per scope key. A valid
 * policy gives a name one window and one scope; an invalid one is still simulated, each
 * (window, scope) of a name counting on its own.
 */
export interface CounterState {
  name: string;
  scope: Scope;
  windowMs: number;
  /** Windows since the epoch of the first window this counter saw in the run. */
  base: number | null;
  counts: Map<string, ScopeCount>;
  /** The scope key of the latest call and its count: most runs have few grants and sessions. */
  lastKey: string | null;
  last: ScopeCount | null;
}

/** One entry of a `limits` list, resolved: which counter it reads, its max, where it is. */
export interface LimitUse {
  counter: CounterState;
  /** Index into the limit set's distinct counters. */
  slot: number;
  max: number;
  window: Window;
  path: string;
  /** Reason text around the count: `Rate-limited: counter "x" is full (` and `/30 per minute, `. */
  head: string;
  tail: string;
  /** The reason last given for this use: the tally and count of its head, the wait (0.1 s). */
  seen: { tally: ScopeCount | null; count: number; head: string; tenths: number; reason: string };
}

/** The limits a call passes through (all_tools, then the rule's) and scratch space for one call. */
export interface LimitSet {
  uses: LimitUse[];
  counters: CounterState[];
  tallies: ScopeCount[];
  starts: number[];
  counts: number[];
}

/** A condition, and the start of the reason when it decides: `Denied: require … (args.x is `. */
export interface Check {
  test: ConditionTest;
  read: (args: unknown) => unknown;
  reasonHead: string;
  path: string;
  /** The regex source, for a `regex` condition (its test can run long: see SimulationWatch). */
  regex?: string;
}

/** A decision known before looking at the call (hidden, no rule, action deny). */
export interface FixedOutcome {
  kind: 'fixed';
  decision: DecisionKind;
  reason: string;
  rule: string | null;
  path: string;
}

/** A rule whose decision depends on the call: conditions, then limits, then the outcome. */
export interface CheckedOutcome {
  kind: 'checked';
  rule: string | null;
  require: Check[];
  denyIf: Check[];
  limits: LimitSet;
  decision: 'allow' | 'approval';
  reason: string;
  path: string;
}

export type CompiledTool = FixedOutcome | CheckedOutcome;

/** Resolves tool names to what decides their calls, each name worked out once per run. */
export type ToolResolver = (tool: string) => CompiledTool;

/** Compiles a policy for one run of the simulator; the resolver holds that run's counters. */
export function compilePolicy(policy: Policy): ToolResolver {
  const counters = new Map<string, CounterState>();
  const counterFor = (limit: Limit): CounterState => {
    const scope = limit.scope ?? 'grant';
    const windowMs = windowSeconds(limit.window) * 1000;
    const id = `${scope} ${windowMs} ${limit.counter}`;
    let state = counters.get(id);
    if (state === undefined) {
      state = {
        name: limit.counter,
        scope,
        windowMs,
        base: null,
        counts: new Map(),
        lastKey: null,
        last: null,
      };
      counters.set(id, state);
    }
    return state;
  };

  const limitSet = (lists: { limits: readonly Limit[]; at: (string | number)[] }[]): LimitSet => {
    const distinct: CounterState[] = [];
    const uses: LimitUse[] = [];
    for (const { limits, at } of lists) {
      limits.forEach((limit, i) => {
        const counter = counterFor(limit);
        let slot = distinct.indexOf(counter);
        if (slot === -1) slot = distinct.push(counter) - 1;
        uses.push({
          counter,
          slot,
          max: limit.max,
          window: limit.window,
          path: toPointer([...at, i]),
          head: `Rate-limited: counter ${quote(limit.counter)} is full (`,
          tail: `/${limit.max} ${perWindow(limit.window)}, `,
          seen: { tally: null, count: 0, head: '', tenths: -1, reason: '' },
        });
      });
    }
    return {
      uses,
      counters: distinct,
      tallies: distinct.map(() => newScopeCount(0, '', '')),
      starts: distinct.map(() => 0),
      counts: distinct.map(() => 0),
    };
  };

  const globalLimits = { limits: policy.all_tools?.limits ?? [], at: ['all_tools', 'limits'] };
  const hideMatchers = Array.isArray(policy.hide) ? policy.hide.map(patternMatcher) : [];
  const findRule = ruleFinder(policy.tools);
  let defaultLimits: LimitSet | undefined;
  const byRule = new Map<string, CompiledTool>();
  const byTool = new Map<string, CompiledTool>();

  const compileRule = (key: string, rule: Rule): CompiledTool => {
    const action = rule.action ?? 'allow';
    if (action === 'deny') {
      const why = rule.reason === undefined ? '' : oneLine(rule.reason);
      return {
        kind: 'fixed',
        decision: 'deny',
        reason:
          why === ''
            ? `Denied: rule ${quote(key)} has action deny`
            : `Denied by rule ${quote(key)}: ${why}`,
        rule: key,
        path: toPointer(['tools', key, 'action']),
      };
    }
    const checks = (list: readonly Condition[] | undefined, field: 'require' | 'deny_if') =>
      (list ?? []).map((condition, i): Check => {
        const shown = `${field} ${showCondition(condition)} ${VERDICT[field]}`;
        const check: Check = {
          test: compileCondition(condition),
          read: pathReader(condition.path),
          reasonHead: `Denied: ${shown} (${condition.path} is `,
          path: toPointer(['tools', key, field, i]),
        };
        if (condition.op === 'regex') check.regex = condition.value;
        return check;
      });
    return {
      kind: 'checked',
      rule: key,
      require: checks(rule.require, 'require'),
      denyIf: checks(rule.deny_if, 'deny_if'),
      limits: limitSet([globalLimits, { limits: rule.limits ?? [], at: ['tools', key, 'limits'] }]),
      decision: action,
      reason:
        action === 'approval'
          ? `Approval needed: rule ${quote(key)} has action approval`
          : `Allowed by rule ${quote(key)}`,
      path: toPointer(action === 'approval' ? ['tools', key, 'action'] : ['tools', key]),
    };
  };

  const compileTool = (tool: string): CompiledTool => {
    if (policy.hide === '*') {
      return fixedDeny('Denied: every tool is hidden (hide is "*")', '/hide');
    }
    const hiddenAt = hideMatchers.findIndex((matches) => matches(tool));
    if (hiddenAt !== -1) {
      const entry = (policy.hide as string[])[hiddenAt] as string;
      return fixedDeny(
        `Denied: ${quote(tool)} is hidden by hide entry ${quote(entry)}`,
        toPointer(['hide', hiddenAt]),
      );
    }
    const match = findRule(tool);
    if (match !== null) {
      let compiled = byRule.get(match.key);
      if (compiled === undefined) {
        compiled = compileRule(match.key, match.rule);
        byRule.set(match.key, compiled);
      }
      return compiled;
    }
    if (policy.default === 'deny') {
      return fixedDeny(`Denied: no rule for ${quote(tool)} and the default is deny`, '/default');
    }
    defaultLimits ??= limitSet([globalLimits]);
    return {
      kind: 'checked',
      rule: null,
      require: [],
      denyIf: [],
      limits: defaultLimits,
      decision: 'allow',
      reason: `Allowed: no rule for ${quote(tool)} and the default is allow`,
      path: '/default',
    };
  };

  return (tool) => {
    let compiled = byTool.get(tool);
    if (compiled === undefined) {
      compiled = compileTool(tool);
      byTool.set(tool, compiled);
    }
    return compiled;
  };
}

/** The counts of a scope key first seen in `window`. */
export function newScopeCount(window: number, key: string, label: string): ScopeCount {
  const current = { window, count: 0 };
  return { current, inOrder: [current], others: null, key, label };
}

const VERDICT = { require: 'is false', deny_if: 'holds' } as const;

function fixedDeny(reason: string, path: string): FixedOutcome {
  return { kind: 'fixed', decision: 'deny', reason, rule: null, path };
}
