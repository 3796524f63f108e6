import { isPattern } from '../patterns';
import type { Hide, Policy } from '../schema';
import { simulate } from '../simulate/simulate';
import type { Call, Decision, DecisionKind } from '../simulate/call';
import type { Tool } from '../tools/tool';
import { conditionChanges, describeCondition, type ConditionChange } from './conditionChanges';
import { describeLimitChange, limitChanges, loosensLimit, type LimitChange } from './limitChanges';
import {
  defaultTreatment,
  openness,
  treatmentFinder,
  type ToolTreatment,
  type Treatment,
} from './treatment';

/** What the diff compares: a loaded tool, a rule key (exact name or pattern) of either policy, or the default. */
export type DiffSubjectKind = 'tool' | 'rule' | 'pattern' | 'default';

/** How one tool (or rule key, or the default) is treated before and after. */
export interface ToolChange {
  /** The tool name or rule key; `default` for tools that no rule names (with kind 'default'). */
  subject: string;
  kind: DiffSubjectKind;
  before: Treatment;
  after: Treatment;
  limits: LimitChange[];
  conditions: ConditionChange[];
  /** True when the new policy lets through something the old did not. */
  loosening: boolean;
}

/** A hide entry that one policy has and the other does not (`*` for `hide: "*"`). */
export interface HideChange {
  entry: string;
  change: 'added' | 'removed';
}

/** One way the new policy allows more, in words. */
export interface Loosening {
  subject: string;
  kind: DiffSubjectKind | 'hide' | 'all_tools';
  message: string;
}

/** A call whose decision differs between the two policies. */
export interface CallChange {
  index: number;
  call: Call;
  before: Decision;
  after: Decision;
  loosening: boolean;
}

/** The semantic difference between two policies (see `diffPolicies`). */
export interface PolicyDiff {
  /** Subjects whose treatment, limits or conditions changed: loosenings first, then in subject order. */
  tools: ToolChange[];
  hide: HideChange[];
  allTools: LimitChange[];
  /** Everything the new policy allows that the old did not, in the order of `tools`, then hide, then all_tools. */
  loosenings: Loosening[];
  /** With calls given: those whose decision kind differs, in call order. */
  calls: CallChange[];
  hasLoosening: boolean;
}

export interface DiffOptions {
  tools?: readonly Tool[];
  calls?: readonly Call[];
}

/**
 * Compares two policies by what they do: per loaded tool, rule key and the default, the
 * treatment before → after, limits loosened or tightened, conditions added or removed, hide
 * and all_tools changes, every loosening in words, and (given calls) the calls decided
 * differently.
 */
export function diffPolicies(before: Policy, after: Policy, options: DiffOptions = {}): PolicyDiff {
  const subjects = subjectsOf(before, after, options.tools ?? []);
  const old = treatmentFinder(before);
  const now = treatmentFinder(after);
  const changes: ToolChange[] = [];
  for (const [subject, kind] of subjects) {
    const change = compare(subject, kind, old(subject), now(subject));
    if (change !== null) changes.push(change);
  }
  const defaultChange = compareDefault(before, after);
  if (defaultChange !== null) changes.push(defaultChange);
  const tools = [...changes.filter((c) => c.loosening), ...changes.filter((c) => !c.loosening)];

  const hide = hideChanges(before.hide, after.hide);
  const allTools = limitChanges(before.all_tools?.limits ?? [], after.all_tools?.limits ?? []);
  const loosenings = [
    ...tools.filter((c) => c.loosening).map(toolLoosening),
    ...hide
      .filter((h) => h.change === 'removed')
      .map((h): Loosening => ({
        subject: h.entry,
        kind: 'hide',
        message: `hide entry "${h.entry}" removed`,
      })),
    ...allTools.filter(loosensLimit).map((l): Loosening => ({
      subject: 'all_tools',
      kind: 'all_tools',
      message: `all_tools ${describeLimitChange(l)}`,
    })),
  ];
  const calls = options.calls === undefined ? [] : callChanges(before, after, options.calls);
  return { tools, hide, allTools, loosenings, calls, hasLoosening: loosenings.length > 0 };
}

function subjectsOf(
  before: Policy,
  after: Policy,
  tools: readonly Tool[],
): Map<string, DiffSubjectKind> {
  const subjects = new Map<string, DiffSubjectKind>();
  for (const tool of tools) if (!subjects.has(tool.name)) subjects.set(tool.name, 'tool');
  for (const policy of [before, after]) {
    for (const key of Object.keys(policy.tools)) {
      if (!subjects.has(key)) subjects.set(key, isPattern(key) ? 'pattern' : 'rule');
    }
  }
  return subjects;
}

function compare(
  subject: string,
  kind: DiffSubjectKind,
  old: ToolTreatment,
  now: ToolTreatment,
): ToolChange | null {
  const limits = limitChanges(old.limits, now.limits);
  const conditions = conditionChanges(old, now);
  if (old.treatment === now.treatment && limits.length === 0 && conditions.length === 0)
    return null;
  // Limits and conditions only loosen a tool that stays reachable in the same way: going from
  // deny to limited "adds" limits, but the loosening there is the decision itself.
  const loosening =
    openness(now.treatment) > openness(old.treatment) ||
    (old.treatment === now.treatment &&
      (limits.some(loosensLimit) || conditions.some((c) => c.change === 'removed')));
  return {
    subject,
    kind,
    before: old.treatment,
    after: now.treatment,
    limits,
    conditions,
    loosening,
  };
}

function compareDefault(before: Policy, after: Policy): ToolChange | null {
  const old = defaultTreatment(before);
  const now = defaultTreatment(after);
  if (old === now) return null;
  return {
    subject: 'default',
    kind: 'default',
    before: old,
    after: now,
    limits: [],
    conditions: [],
    loosening: openness(now) > openness(old),
  };
}

function toolLoosening(change: ToolChange): Loosening {
  const parts: string[] = [];
  if (openness(change.after) > openness(change.before))
    parts.push(`${change.before} → ${change.after}`);
  else {
    parts.push(...change.limits.filter(loosensLimit).map(describeLimitChange));
    parts.push(...change.conditions.filter((c) => c.change === 'removed').map(describeCondition));
  }
  const name = change.kind === 'default' ? 'tools without a rule' : change.subject;
  return { subject: change.subject, kind: change.kind, message: `${name}: ${parts.join('; ')}` };
}

function hideEntries(hide: Hide | undefined): string[] {
  if (hide === undefined) return [];
  return hide === '*' ? ['*'] : hide;
}

function hideChanges(before: Hide | undefined, after: Hide | undefined): HideChange[] {
  const old = new Set(hideEntries(before));
  const now = new Set(hideEntries(after));
  return [
    ...[...old]
      .filter((e) => !now.has(e))
      .map((entry): HideChange => ({ entry, change: 'removed' })),
    ...[...now].filter((e) => !old.has(e)).map((entry): HideChange => ({ entry, change: 'added' })),
  ];
}

const CALL_OPENNESS: Readonly<Record<DecisionKind, number>> = {
  deny: 0,
  rate_limited: 1,
  approval: 2,
  allow: 3,
};

function callChanges(before: Policy, after: Policy, calls: readonly Call[]): CallChange[] {
  const old = simulate(before, calls);
  const now = simulate(after, calls);
  const changes: CallChange[] = [];
  for (let index = 0; index < calls.length; index++) {
    const a = old[index]!;
    const b = now[index]!;
    if (a.decision === b.decision) continue;
    const loosening = CALL_OPENNESS[b.decision] > CALL_OPENNESS[a.decision];
    changes.push({ index, call: calls[index]!, before: a, after: b, loosening });
  }
  return changes;
}
