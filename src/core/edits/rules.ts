import type { DefaultDecision, Hide, Limit, Policy, Rule } from '../schema';
import { withEntry, withoutEntry } from './objects';

/** Sets what happens to tools without a rule. */
export function setDefault(policy: Policy, decision: DefaultDecision): Policy {
  return policy.default === decision ? policy : { ...policy, default: decision };
}

/** Sets the rule under `key` (a tool name or pattern); a new key goes last. */
export function setRule(policy: Policy, key: string, rule: Rule): Policy {
  return { ...policy, tools: withEntry(policy.tools, key, rule) };
}

/** Removes the rule under exactly `key`. */
export function removeRule(policy: Policy, key: string): Policy {
  const tools = withoutEntry(policy.tools, key);
  return tools === policy.tools ? policy : { ...policy, tools };
}

/** Adds a rule for a pattern such as `get_*` (`{}` unless given); an existing rule is kept. */
export function addPatternRule(policy: Policy, pattern: string, rule: Rule = {}): Policy {
  return Object.hasOwn(policy.tools, pattern) ? policy : setRule(policy, pattern, rule);
}

/** Sets the limits every call passes through; none removes `all_tools`. */
export function setAllToolsLimits(policy: Policy, limits: readonly Limit[]): Policy {
  if (limits.length > 0)
    return { ...policy, all_tools: { ...policy.all_tools, limits: [...limits] } };
  if (policy.all_tools === undefined) return policy;
  const next = { ...policy };
  delete next.all_tools;
  return next;
}

/** Sets the hidden tools: `"*"`, a list of names/patterns, or none (an empty list removes `hide`). */
export function setHide(policy: Policy, hide: Hide | undefined): Policy {
  if (hide !== undefined && (hide === '*' || hide.length > 0)) return { ...policy, hide };
  if (policy.hide === undefined) return policy;
  const next = { ...policy };
  delete next.hide;
  return next;
}
