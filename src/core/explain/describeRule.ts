import { hideMatcher } from '../edits/hideMatcher';
import { findRule } from '../patterns';
import type { Limit, Policy, Rule } from '../schema';
import { windowName, windowSeconds } from '../window';
import { conditionWords } from './conditionWords';

const SCOPE_WORDS = {
  grant: 'per grant',
  session: 'per session',
  global: 'for all callers together',
} as const;

function limitWords(limit: Limit, across: string): string {
  const calls = limit.max === 1 ? 'call' : 'calls';
  const per = windowName(windowSeconds(limit.window));
  const scope = SCOPE_WORDS[limit.scope ?? 'grant'];
  return `At most ${limit.max} ${calls} per ${per} ${scope}${across} (counter ${limit.counter}).`;
}

function actionWords(rule: Rule): string {
  if (rule.action === 'approval') return 'calls wait for approval';
  return 'calls are allowed';
}

// What a call that reaches the rule's checks goes through, in the order the gateway checks.
function checks(policy: Policy, rule: Rule): string[] {
  return [
    ...(rule.require ?? []).map((c) => `Denied unless ${conditionWords(c)}.`),
    ...(rule.deny_if ?? []).map((c) => `Denied when ${conditionWords(c)}.`),
    ...(policy.all_tools?.limits ?? []).map((l) => limitWords(l, ' across all tools')),
    ...(rule.limits ?? []).map((l) => limitWords(l, '')),
  ];
}

function capitalized(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/**
 * What happens to a call of the tool, in plain sentences: the decision and what it comes from
 * (its rule, a pattern rule, the default, a hide entry), then each condition and limit in words.
 */
export function describeToolDecision(policy: Policy, toolName: string): string[] {
  const hider = hideMatcher(policy.hide)(toolName);
  if (hider !== null) {
    const by = policy.hide === '*' ? 'hide is "*"' : `the hide entry "${hider}"`;
    return [`Hidden (${by}): agents do not see it, and every call is denied.`];
  }
  const match = findRule(policy.tools, toolName);
  if (match === null) {
    if (policy.default === 'deny') {
      return ['No rule: follows the default (deny), so every call is denied.'];
    }
    return [
      'No rule: follows the default (allow), so calls are allowed.',
      ...(policy.all_tools?.limits ?? []).map((l) => limitWords(l, ' across all tools')),
    ];
  }
  const { key, rule } = match;
  const via = key === toolName ? '' : `Follows the pattern rule "${key}": `;
  if (rule.action === 'deny') {
    const reason = rule.reason ? `, with the reason "${rule.reason}"` : '';
    return [`${via}${via === '' ? 'Every call is denied' : 'every call is denied'}${reason}.`];
  }
  const decision = actionWords(rule);
  return [`${via}${via === '' ? capitalized(decision) : decision}.`, ...checks(policy, rule)];
}
