import { distinctName } from '../counterName';
import { setAllToolsLimits } from '../edits/rules';
import type { PolicyEdit } from '../edits/change';
import type { Limit, Policy } from '../schema';

/** The all_tools limit the review proposes: 60 calls a minute per grant. */
export const PROPOSED_GLOBAL_MAX = 60;

function counters(policy: Policy): Set<string> {
  const names = new Set<string>();
  for (const limit of policy.all_tools?.limits ?? []) names.add(limit.counter);
  for (const rule of Object.values(policy.tools))
    for (const limit of rule.limits ?? []) names.add(limit.counter);
  return names;
}

/** `policy` with an all_tools limit of 60 a minute per grant added, on a counter of its own. */
export function withGlobalLimit(policy: Policy): PolicyEdit {
  const limit: Limit = {
    counter: distinctName('all_tools_rate', counters(policy)),
    window: 'minute',
    max: PROPOSED_GLOBAL_MAX,
    scope: 'grant',
  };
  return setAllToolsLimits(policy, [...(policy.all_tools?.limits ?? []), limit]);
}
