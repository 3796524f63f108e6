import { z } from 'zod';
import type { Finding } from '../findings';
import { quote } from '../json';
import type { Policy, Rule } from '../schema';
import { policySchema, ruleSchema, toolNameSchema } from '../schema';
import type { Locator } from './locate';
import { issueFindings } from './schemaFindings';
import { isPlainObject } from '../values';

// One parse over all rules costs less than one per rule; issue paths start with the index.
const toolNamesSchema = z.array(toolNameSchema);
const rulesSchema = z.array(ruleSchema);

/**
 * Checks the document against the schema; the policy, or null when it does not pass.
 *
 * `tools` is validated here over its own keys (`toolKeys`), not by z.record, which skips a
 * `__proto__` key unchecked. The output keeps the parsed `tools` object, whose `__proto__` key
 * is an own property as JSON.parse makes it, so `__proto__`, `constructor` or `toString` stay
 * ordinary tool names and the document order is kept.
 */
export function validatePolicy(
  document: unknown,
  toolKeys: readonly string[],
  locator: Locator,
): { policy: Policy | null; findings: Finding[] } {
  if (!isPlainObject(document) || !isPlainObject(document.tools)) {
    const parsed = policySchema.safeParse(document);
    if (parsed.success) return { policy: parsed.data, findings: [] };
    return { policy: null, findings: issueFindings(parsed.error.issues, [], document, locator) };
  }
  const tools = document.tools;
  const parsed = policySchema.safeParse({ ...document, tools: {} });
  const findings = parsed.success ? [] : issueFindings(parsed.error.issues, [], document, locator);

  const names = toolNamesSchema.safeParse(toolKeys);
  for (const issue of names.error?.issues ?? []) {
    const tool = toolKeys[issue.path[0] as number] as string;
    findings.push(locator.at('error', `${issue.message}: ${quote(tool)}`, ['tools', tool], 'key'));
  }
  const rules = rulesSchema.safeParse(toolKeys.map((tool) => tools[tool]));
  if (rules.success) {
    // Replacing the value of an own key keeps the order and never reaches a setter.
    rules.data.forEach((rule, i) => (tools[toolKeys[i] as string] = rule));
  } else {
    for (const issue of rules.error.issues) {
      const [index, ...rest] = issue.path;
      const base = ['tools', toolKeys[index as number] as string];
      findings.push(...issueFindings([{ ...issue, path: rest }], base, document, locator));
    }
  }
  if (!parsed.success || findings.length > 0) return { policy: null, findings };
  return { policy: { ...parsed.data, tools: tools as Record<string, Rule> }, findings };
}
