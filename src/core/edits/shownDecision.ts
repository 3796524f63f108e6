import { ruleFinder } from '../patterns';
import type { Action, Policy } from '../schema';
import type { ToolDecision } from './decision';
import { hideMatcher } from './hideMatcher';

/** The decision a tool shows in the list, and what it comes from when not its own rule. */
export interface ShownDecision {
  decision: ToolDecision;
  /** The hide entry (`*` for `hide: "*"`) or pattern rule key that applies, when not the name itself. */
  via: string | null;
  /** The action of the pattern rule that applies to a tool without a rule of its own. */
  viaAction: Action | null;
}

const DEFAULT: ShownDecision = { decision: 'default', via: null, viaAction: null };

/**
 * A lookup of shown decisions for one policy: hidden → hide; an exact rule → its action (allow
 * when absent); else default, naming the pattern rule that applies. Built once, asked per tool.
 */
export function decisionFinder(policy: Policy): (name: string) => ShownDecision {
  const hiddenBy = hideMatcher(policy.hide);
  const findRule = ruleFinder(policy.tools);
  return (name) => {
    const own = hiddenOrOwn(hiddenBy, policy, name);
    if (own !== null) return own;
    const match = findRule(name);
    if (match === null) return DEFAULT;
    const action = match.rule.action ?? 'allow';
    if (match.key === name) return { decision: action, via: null, viaAction: null };
    return { decision: 'default', via: match.key, viaAction: action };
  };
}

function hiddenOrOwn(
  hiddenBy: (name: string) => string | null,
  policy: Policy,
  name: string,
): ShownDecision | null {
  const hider = hiddenBy(name);
  if (hider !== null)
    return { decision: 'hide', via: hider === name ? null : hider, viaAction: null };
  if (!Object.hasOwn(policy.tools, name)) return null;
  return { decision: policy.tools[name]?.action ?? 'allow', via: null, viaAction: null };
}

/**
 * The decision `decisionFinder(policy)` shows for `name` when its own rule or `hide` decides it,
 * without looking at pattern rules (null otherwise): for the rows of a few edited rules in a
 * large policy, where building the finder would read every rule key.
 */
export function ownShownDecision(policy: Policy, name: string): ShownDecision | null {
  return hiddenOrOwn(hideMatcher(policy.hide), policy, name);
}
