import { isPattern } from '../patterns';
import type { Action, Policy, Rule } from '../schema';
import { unchanged, valueChanges, type PathChange, type PolicyEdit } from './change';
import { hideMatcher } from './hideMatcher';
import { copyRecord, defineEntry, ownRule } from './objects';

/** What a person decides for one tool in the list: no rule, an action, or hidden. */
export const TOOL_DECISIONS = ['default', 'allow', 'approval', 'deny', 'hide'] as const;
export type ToolDecision = (typeof TOOL_DECISIONS)[number];

function ruleWith(rule: Rule | undefined, decision: Action): Rule {
  if (decision !== 'allow') return { ...rule, action: decision };
  if (rule === undefined) return {};
  // Allow keeps the rule's limits and conditions; `action` goes, since allow is its default.
  const kept: Rule = { ...rule };
  delete kept.action;
  return kept;
}

function sameRule(a: Rule | undefined, b: Rule): boolean {
  if (a === undefined) return false;
  const keys = Object.keys(b) as (keyof Rule)[];
  return Object.keys(a).length === keys.length && keys.every((k) => a[k] === b[k]);
}

/**
 * Sets one decision for several tools at once (one copy of the policy, however many names):
 * `default` removes each exact rule, `allow`/`approval`/`deny` set or create it, `hide` removes
 * it and adds the name to `hide`. Any decision but `hide` takes the names out of `hide`.
 */
export function setDecisions(
  policy: Policy,
  names: readonly string[],
  decision: ToolDecision,
): PolicyEdit {
  const unique = [...new Set(names)];
  const changes: PathChange[] = [];

  let tools: Record<string, Rule> | null = null;
  for (const name of unique) {
    const current = ownRule(policy.tools, name);
    if (decision === 'default' || decision === 'hide') {
      if (current === undefined) continue;
      tools ??= copyRecord(policy.tools);
      delete tools[name];
      changes.push({ path: ['tools', name], value: undefined });
      continue;
    }
    const next = ruleWith(current, decision);
    if (sameRule(current, next)) continue;
    tools ??= copyRecord(policy.tools);
    defineEntry(tools, name, next);
    if (current === undefined) changes.push({ path: ['tools', name], value: next });
    else valueChanges(changes, ['tools', name], current, next);
  }

  let hide = policy.hide;
  if (decision === 'hide') {
    const hiddenBy = hideMatcher(hide);
    const added = unique.filter((name) => hiddenBy(name) === null);
    if (added.length > 0 && hide !== '*') hide = [...(hide ?? []), ...added];
  } else if (Array.isArray(hide)) {
    const names = new Set(unique);
    const kept = hide.filter((entry) => !names.has(entry));
    if (kept.length !== hide.length) hide = kept;
  }

  if (tools === null && hide === policy.hide) return unchanged(policy);
  const next: Policy = { ...policy, tools: tools ?? policy.tools };
  if (hide !== policy.hide) {
    if (hide === undefined || (Array.isArray(hide) && hide.length === 0)) {
      delete next.hide;
      changes.push({ path: ['hide'], value: undefined });
    } else {
      next.hide = hide;
      changes.push({ path: ['hide'], value: hide });
    }
  }
  return { policy: next, changes };
}

/** Sets the decision of one tool (see `setDecisions`). */
export function setDecision(policy: Policy, tool: string, decision: ToolDecision): PolicyEdit {
  return setDecisions(policy, [tool], decision);
}

/**
 * Why `setDecision` cannot do what the person asked for this tool, as a sentence to show, or
 * null when it can. `isToolName` says the name is a loaded tool's (not a rule key), so a `*`
 * in it is a literal character that no rule or hide entry can name.
 */
export function decisionBlocker(
  policy: Policy,
  name: string,
  decision: ToolDecision,
  isToolName: boolean,
): string | null {
  if (isToolName && isPattern(name)) {
    return `"${name}" contains "*", so a rule or hide entry with that name would be a pattern for other tools too; it follows the default decision.`;
  }
  if (decision === 'hide') return null;
  if (policy.hide === '*') {
    return `"${name}" stays hidden: "hide" is "*", which hides every tool. Change the hidden tools list first.`;
  }
  // What `hide` becomes: every decision but hide takes the exact name out of the list.
  const hide = Array.isArray(policy.hide) ? policy.hide.filter((e) => e !== name) : policy.hide;
  const hiddenBy = hideMatcher(hide)(name);
  if (hiddenBy !== null) {
    return `"${name}" stays hidden by the hide entry "${hiddenBy}". Change the hidden tools list first.`;
  }
  return null;
}
