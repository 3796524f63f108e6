import type { DefaultDecision, Hide, Limit, Policy, Rule } from '../schema';
import { unchanged, valueChanges, type PathChange, type PolicyEdit } from './change';
import { ownRule, withEntry, withoutEntry } from './objects';

/** Sets what happens to tools without a rule. */
export function setDefault(policy: Policy, decision: DefaultDecision): PolicyEdit {
  if (policy.default === decision) return unchanged(policy);
  return {
    policy: { ...policy, default: decision },
    changes: [{ path: ['default'], value: decision }],
  };
}

/** Sets the rule under `key` (a tool name or pattern); a new key goes last. */
export function setRule(policy: Policy, key: string, rule: Rule): PolicyEdit {
  const current = ownRule(policy.tools, key);
  const changes: PathChange[] = [];
  if (current === undefined) changes.push({ path: ['tools', key], value: rule });
  else valueChanges(changes, ['tools', key], current, rule);
  if (changes.length === 0) return unchanged(policy);
  return { policy: { ...policy, tools: withEntry(policy.tools, key, rule) }, changes };
}

/** Removes the rule under exactly `key`. */
export function removeRule(policy: Policy, key: string): PolicyEdit {
  const tools = withoutEntry(policy.tools, key);
  if (tools === policy.tools) return unchanged(policy);
  return { policy: { ...policy, tools }, changes: [{ path: ['tools', key], value: undefined }] };
}

/** Adds a rule for a pattern such as `get_*` (`{}` unless given); an existing rule is kept. */
export function addPatternRule(policy: Policy, pattern: string, rule: Rule = {}): PolicyEdit {
  return Object.hasOwn(policy.tools, pattern) ? unchanged(policy) : setRule(policy, pattern, rule);
}

/** Sets the limits every call passes through; none removes `all_tools`. */
export function setAllToolsLimits(policy: Policy, limits: readonly Limit[]): PolicyEdit {
  if (limits.length > 0) {
    const allTools = { ...policy.all_tools, limits: [...limits] };
    const changes: PathChange[] = [];
    if (policy.all_tools === undefined) changes.push({ path: ['all_tools'], value: allTools });
    else valueChanges(changes, ['all_tools'], policy.all_tools, allTools);
    if (changes.length === 0) return unchanged(policy);
    return { policy: { ...policy, all_tools: allTools }, changes };
  }
  if (policy.all_tools === undefined) return unchanged(policy);
  const next = { ...policy };
  delete next.all_tools;
  return { policy: next, changes: [{ path: ['all_tools'], value: undefined }] };
}

/** Sets the hidden tools: `"*"`, a list of names/patterns, or none (an empty list removes `hide`). */
export function setHide(policy: Policy, hide: Hide | undefined): PolicyEdit {
  if (hide !== undefined && (hide === '*' || hide.length > 0)) {
    const changes: PathChange[] = [];
    valueChanges(changes, ['hide'], policy.hide, hide);
    if (changes.length === 0) return unchanged(policy);
    return { policy: { ...policy, hide }, changes };
  }
  if (policy.hide === undefined) return unchanged(policy);
  const next = { ...policy };
  delete next.hide;
  return { policy: next, changes: [{ path: ['hide'], value: undefined }] };
}
