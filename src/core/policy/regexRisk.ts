import type { Finding } from '../findings';
import { parseJson } from '../json';
import type { JsonNode } from '../json';
import type { Policy } from '../schema';
import { Locator } from './locate';

/** How a regex's matching time can grow with the input, when it grows faster than linearly. */
export type RegexRisk = 'exponential' | 'polynomial';

/**
 * A ReDoS checker: the risk of one regex source (no flags), or null when its matching time is
 * linear or could not be decided. Injected, so the core carries no checker of its own.
 */
export type RegexRiskCheck = (source: string) => RegexRisk | null;

/** Where one regex condition's value is. */
export interface RegexCondition {
  source: string;
  path: (string | number)[];
}

/** Every `regex` condition value of the policy with its path, in document order. */
export function regexConditions(policy: Policy, toolKeys: readonly string[]): RegexCondition[] {
  const found: RegexCondition[] = [];
  for (const tool of toolKeys) {
    const rule = Object.hasOwn(policy.tools, tool) ? policy.tools[tool] : undefined;
    if (rule === undefined) continue;
    for (const list of ['require', 'deny_if'] as const) {
      rule[list]?.forEach((condition, i) => {
        if (condition.op === 'regex') {
          found.push({ source: condition.value, path: ['tools', tool, list, i, 'value'] });
        }
      });
    }
  }
  return found;
}

/** The warning for a risky regex, in plain words. */
export function regexRiskMessage(risk: RegexRisk): string {
  const growth =
    risk === 'exponential'
      ? 'can take time that doubles with each extra character'
      : 'can take time that grows with the square (or a higher power) of the input length';
  return (
    `This regular expression ${growth} on some inputs (nested or overlapping repetition, ` +
    'such as (a+)+ or (a|a)*): an argument written to match it slowly can stall the gateway ' +
    '(a denial-of-service risk) and the simulator. Rewrite it so no text can be matched ' +
    'by two repetitions in more than one way.'
  );
}

/** Warnings at the value of each regex condition the checker finds risky. */
export function regexRiskWarnings(
  conditions: readonly RegexCondition[],
  check: RegexRiskCheck,
  locator: Locator,
): Finding[] {
  const findings: Finding[] = [];
  for (const { source, path } of conditions) {
    const risk = check(source);
    if (risk !== null) findings.push(locator.at('warning', regexRiskMessage(risk), path));
  }
  return findings;
}

/**
 * The regex-risk warnings of a policy text already parsed to `policy`, for a checker that
 * answers later than `parsePolicy` runs (the app checks in a worker).
 */
export function regexRiskFindings(text: string, policy: Policy, check: RegexRiskCheck): Finding[] {
  const conditions = regexConditions(policy, Object.keys(policy.tools));
  if (!conditions.some((c) => check(c.source) !== null)) return [];
  const json = parseJson(text);
  if (!json.ok) return [];
  let root: JsonNode | undefined;
  const locator = new Locator(text, () => (root ??= json.root));
  return regexRiskWarnings(conditions, check, locator);
}
