import type { Finding } from '../findings';
import { quote } from '../json';
import { hiddenBy } from '../patterns';
import type { Limit, Policy, Rule } from '../schema';
import { windowSeconds } from '../window';
import type { Locator } from './locate';

type Path = (string | number)[];

interface CounterUse {
  limit: Limit;
  path: Path;
}

/** Each limit of the policy with its path, in document order (all_tools first). */
function limitUses(policy: Policy, toolKeys: readonly string[]): CounterUse[] {
  const uses: CounterUse[] = [];
  policy.all_tools?.limits?.forEach((limit, i) =>
    uses.push({ limit, path: ['all_tools', 'limits', i] }),
  );
  for (const tool of toolKeys) {
    const rule = policy.tools[tool] as Rule;
    rule.limits?.forEach((limit, i) => uses.push({ limit, path: ['tools', tool, 'limits', i] }));
  }
  return uses;
}

function showWindow(limit: Limit): string {
  return typeof limit.window === 'number' ? `${limit.window} s` : quote(limit.window);
}

/**
 * A counter name is one shared counter, so every use must have the same window length and
 * scope (omitted = "grant"): one error at each later use that differs from the first.
 */
export function counterFindings(
  policy: Policy,
  toolKeys: readonly string[],
  locator: Locator,
): Finding[] {
  const findings: Finding[] = [];
  const first = new Map<string, CounterUse>();
  for (const use of limitUses(policy, toolKeys)) {
    const earlier = first.get(use.limit.counter);
    if (earlier === undefined) {
      first.set(use.limit.counter, use);
      continue;
    }
    const windowDiffers = windowSeconds(earlier.limit.window) !== windowSeconds(use.limit.window);
    const earlierScope = earlier.limit.scope ?? 'grant';
    const scope = use.limit.scope ?? 'grant';
    const scopeDiffers = earlierScope !== scope;
    if (!windowDiffers && !scopeDiffers) continue;
    // With one difference the second place names only the value (`… and 3600 s here`).
    const both = windowDiffers && scopeDiffers;
    const there = windowDiffers
      ? `window ${showWindow(earlier.limit)}${both ? ` and scope ${quote(earlierScope)}` : ''}`
      : `scope ${quote(earlierScope)}`;
    const here = both
      ? `window ${showWindow(use.limit)} and scope ${quote(scope)}`
      : windowDiffers
        ? showWindow(use.limit)
        : quote(scope);
    const message =
      `Counter ${quote(use.limit.counter)} is used with ${there} at ` +
      `${locator.describe(earlier.path)} and ${here} here: ` +
      'every use of a counter must share window and scope';
    const field = windowDiffers ? 'window' : use.limit.scope === undefined ? 'counter' : 'scope';
    findings.push(locator.at('error', message, [...use.path, field]));
  }
  return findings;
}

const NEVER_REACHED = ['require', 'deny_if', 'limits'] as const;

/**
 * Warnings that need no tool list: parts of deny rules never reached, rules for hidden tools,
 * and `default: "allow"` without any limit.
 */
export function ruleWarnings(
  policy: Policy,
  toolKeys: readonly string[],
  locator: Locator,
): Finding[] {
  const findings: Finding[] = [];
  let anyLimit = (policy.all_tools?.limits?.length ?? 0) > 0;
  for (const tool of toolKeys) {
    const rule = policy.tools[tool] as Rule;
    if ((rule.limits?.length ?? 0) > 0) anyLimit = true;
    if (rule.action === 'deny') {
      for (const field of NEVER_REACHED) {
        if ((rule[field]?.length ?? 0) === 0) continue;
        const message = `Never reached: action "deny" refuses every call before "${field}" is checked`;
        findings.push(locator.at('warning', message, ['tools', tool, field], 'key'));
      }
    }
    const hidden = hiddenBy(policy.hide, tool);
    if (hidden === 'all') {
      const message = `The rule for ${quote(tool)} never applies: hide is "*", so every tool is hidden`;
      findings.push(locator.at('warning', message, ['tools', tool], 'key'));
    } else if (hidden !== null) {
      const entry = (policy.hide as string[])[hidden] as string;
      const message = `The rule for ${quote(tool)} never applies: hide entry ${quote(entry)} (hide › ${hidden}) hides it`;
      findings.push(locator.at('warning', message, ['tools', tool], 'key'));
    }
  }
  if (policy.default === 'allow' && !anyLimit) {
    const message =
      'default "allow" with no limit anywhere: a tool without a rule can be called without bound';
    findings.push(locator.at('warning', message, ['default']));
  }
  return findings;
}
