import { unchanged, type PolicyEdit } from '../../edits/change';
import { setRule } from '../../edits/rules';
import { distinctName } from '../../counterName';
import type { Limit, Policy, Rule } from '../../schema';
import { windowSeconds } from '../../window';
import { riskLevel, someNames, type ReviewContext } from '../context';
import { withGlobalLimit, PROPOSED_GLOBAL_MAX } from '../globalLimit';
import type { UnplacedFinding } from '../types';

/** Above this many calls a second a limit binds on no real agent. */
const NEVER_BINDS_PER_SECOND = 1000;
/** Writes a minute across per-tool limits above which one all_tools limit is advised. */
const WRITES_PER_MINUTE = 300;

interface Use {
  limit: Limit;
  key: string | null;
  index: number;
}

function uses(policy: Policy): Use[] {
  const all: Use[] = [];
  policy.all_tools?.limits?.forEach((limit, index) => all.push({ limit, key: null, index }));
  for (const [key, rule] of Object.entries(policy.tools))
    rule.limits?.forEach((limit, index) => all.push({ limit, key, index }));
  return all;
}

function pathOf(use: Use): (string | number)[] {
  return use.key === null
    ? ['all_tools', 'limits', use.index]
    : ['tools', use.key, 'limits', use.index];
}

const sameScope = (a: Limit, b: Limit) => (a.scope ?? 'grant') === (b.scope ?? 'grant');

/**
 * Limits that never bind: more than 1,000 calls a second, or a rule's limit no tighter than an
 * all_tools limit of the same window and scope (every call fills the all_tools counter first).
 */
export function limitsNeverBinding(context: ReviewContext): UnplacedFinding[] {
  const all = uses(context.policy);
  const global = all.filter((u) => u.key === null);
  const findings: UnplacedFinding[] = [];
  for (const use of all) {
    const { limit } = use;
    const seconds = windowSeconds(limit.window);
    if (limit.max / seconds > NEVER_BINDS_PER_SECOND) {
      findings.push({
        code: 'limit-never-binds',
        severity: 'warning',
        message: `${limit.counter} allows ${limit.max} calls per ${seconds} s, more than ${NEVER_BINDS_PER_SECOND} a second: it never binds on a real agent.`,
        path: [...pathOf(use), 'max'],
        anchor: 'value',
      });
      continue;
    }
    if (use.key === null) continue;
    const wider = global.find(
      (g) =>
        g.limit.counter !== limit.counter &&
        windowSeconds(g.limit.window) === seconds &&
        sameScope(g.limit, limit) &&
        g.limit.max <= limit.max,
    );
    if (wider === undefined) continue;
    findings.push({
      code: 'limit-never-binds',
      severity: 'warning',
      message: `${limit.counter} (max ${limit.max}) never binds: the all_tools limit ${wider.limit.counter} counts every call in the same window and stops at ${wider.limit.max}.`,
      path: [...pathOf(use), 'max'],
      anchor: 'value',
    });
  }
  return findings;
}

/** The highest risk among the loaded tools a rule decides, or null when it decides none. */
function ruleRisks(context: ReviewContext): Map<string, number> {
  const risks = new Map<string, number>();
  for (const tool of context.tools) {
    const { rule } = tool.treatment;
    if (rule === null) continue;
    const level = riskLevel(tool.classification.risk);
    risks.set(rule, Math.max(level, risks.get(rule) ?? -1));
  }
  return risks;
}

function ownCounter(key: string, index: number, counter: string): (policy: Policy) => PolicyEdit {
  return (policy) => {
    if (!Object.hasOwn(policy.tools, key)) return unchanged(policy);
    const rule = policy.tools[key] as Rule;
    const limit = rule.limits?.[index];
    if (limit === undefined || limit.counter !== counter) return unchanged(policy);
    const taken = new Set(uses(policy).map((u) => u.limit.counter));
    const renamed = distinctName(
      `${counter}_${key.replace(/[^A-Za-z0-9_.:-]/g, '_')}`.slice(0, 120),
      taken,
    );
    const limits = rule.limits!.map((l, i) => (i === index ? { ...l, counter: renamed } : l));
    return setRule(policy, key, { ...rule, limits });
  };
}

/** One counter shared by rules whose tools differ in risk: reads use up the budget of deletes. */
export function countersSharedAcrossRisks(context: ReviewContext): UnplacedFinding[] {
  const risks = ruleRisks(context);
  const byCounter = new Map<string, Use[]>();
  for (const use of uses(context.policy)) {
    if (use.key === null || !risks.has(use.key)) continue;
    const list = byCounter.get(use.limit.counter) ?? [];
    list.push(use);
    byCounter.set(use.limit.counter, list);
  }
  const findings: UnplacedFinding[] = [];
  for (const [counter, list] of byCounter) {
    const keys = [...new Set(list.map((u) => u.key as string))];
    const levels = new Set(keys.map((k) => risks.get(k)));
    if (levels.size < 2) continue;
    const first = list[0]!;
    for (const use of list.slice(1)) {
      if (risks.get(use.key as string) === risks.get(first.key as string)) continue;
      const key = use.key as string;
      findings.push({
        code: 'counter-shared-across-risks',
        severity: 'warning',
        message: `The counter ${counter} is shared by ${someNames(keys)}, tools of different risk: calls of one use up the budget of the other.`,
        path: [...pathOf(use), 'counter'],
        anchor: 'value',
        fix: {
          title: `Give ${key} a counter of its own`,
          apply: ownCounter(key, use.index, counter),
        },
      });
    }
  }
  return findings;
}

/**
 * No all_tools limit while the per-tool limits of the reachable non-Read tools add up to
 * hundreds of writes a minute. A shared counter is counted once, at its tightest use.
 */
export function writesWithoutGlobalLimit(context: ReviewContext): UnplacedFinding[] {
  const { policy } = context;
  if ((policy.all_tools?.limits ?? []).length > 0) return [];
  const perCounter = new Map<string, number>();
  let tools = 0;
  for (const tool of context.tools) {
    const { treatment, limits } = tool.treatment;
    if (tool.classification.category === 'Read' || treatment === 'deny' || treatment === 'hidden')
      continue;
    if (limits.length === 0) continue;
    tools++;
    let tightest: Limit = limits[0]!;
    for (const limit of limits) if (perMinute(limit) < perMinute(tightest)) tightest = limit;
    const known = perCounter.get(tightest.counter);
    perCounter.set(tightest.counter, Math.min(known ?? Infinity, perMinute(tightest)));
  }
  const sum = Math.round([...perCounter.values()].reduce((a, b) => a + b, 0));
  if (sum < WRITES_PER_MINUTE) return [];
  return [
    {
      code: 'writes-without-global-limit',
      severity: 'warning',
      message: `No all_tools limit, and the limits of ${tools} write, execute, destructive or financial tools add up to ${sum.toLocaleString('en-US')} calls a minute. One all_tools limit caps them all.`,
      path: ['tools'],
      anchor: 'key',
      fix: {
        title: `Add an all_tools limit of ${PROPOSED_GLOBAL_MAX} calls a minute`,
        apply: withGlobalLimit,
      },
    },
  ];
}

function perMinute(limit: Limit): number {
  return (limit.max * 60) / windowSeconds(limit.window);
}
