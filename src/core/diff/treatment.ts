import { ruleFinder } from '../patterns';
import { hideMatcher } from '../edits/hideMatcher';
import type { Condition, Limit, Policy } from '../schema';

/**
 * What a policy does with a tool, as a person sorts it: hidden, denied, waits for approval,
 * allowed under its rule's limits or conditions ("limited"), or allowed outright. `all_tools`
 * limits do not make a tool limited: they apply to every tool alike and are reported apart.
 */
export const TREATMENTS = ['allow', 'limited', 'approval', 'deny', 'hidden'] as const;
export type Treatment = (typeof TREATMENTS)[number];

/** A tool's treatment, with what reaches it: the rule key (or null for the default) and hide entry. */
export interface ToolTreatment {
  treatment: Treatment;
  /** The rule that applies: the tool's own key or a pattern; null when the default decides. */
  rule: string | null;
  /** The hide entry that hides it (`*` for `hide: "*"`), or null. */
  hiddenBy: string | null;
  /** The rule's limits, require and deny_if conditions; empty when the tool is denied or hidden. */
  limits: readonly Limit[];
  require: readonly Condition[];
  denyIf: readonly Condition[];
}

const NONE: readonly never[] = [];

/**
 * A lookup of treatments for one policy, built once and asked per name. A pattern key asked
 * as a name gets the treatment of a tool that only that pattern would match.
 */
export function treatmentFinder(policy: Policy): (name: string) => ToolTreatment {
  const hidden = hideMatcher(policy.hide);
  const findRule = ruleFinder(policy.tools);
  return (name) => {
    const hider = hidden(name);
    if (hider !== null) return closed('hidden', null, hider);
    const match = findRule(name);
    if (match === null) return policy.default === 'deny' ? closed('deny', null, null) : open();
    const { rule, key } = match;
    const action = rule.action ?? 'allow';
    if (action === 'deny') return closed('deny', key, null);
    const limits = rule.limits ?? NONE;
    const require = rule.require ?? NONE;
    const denyIf = rule.deny_if ?? NONE;
    const restricted = limits.length + require.length + denyIf.length > 0;
    const treatment: Treatment =
      action === 'approval' ? 'approval' : restricted ? 'limited' : 'allow';
    return { treatment, rule: key, hiddenBy: null, limits, require, denyIf };
  };
}

/** The treatment of tools that no rule names: hidden by `hide: "*"`, else the default. */
export function defaultTreatment(policy: Policy): Treatment {
  if (policy.hide === '*') return 'hidden';
  return policy.default === 'deny' ? 'deny' : 'allow';
}

function closed(treatment: Treatment, rule: string | null, hiddenBy: string | null): ToolTreatment {
  return { treatment, rule, hiddenBy, limits: NONE, require: NONE, denyIf: NONE };
}

function open(): ToolTreatment {
  return {
    treatment: 'allow',
    rule: null,
    hiddenBy: null,
    limits: NONE,
    require: NONE,
    denyIf: NONE,
  };
}

/** How much a treatment lets through: hidden < deny < approval < limited < allow. */
export function openness(treatment: Treatment): number {
  return OPENNESS[treatment];
}

const OPENNESS: Readonly<Record<Treatment, number>> = {
  hidden: 0,
  deny: 1,
  approval: 2,
  limited: 3,
  allow: 4,
};
