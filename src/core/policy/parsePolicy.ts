import type { Finding } from '../findings';
import { hasErrors } from '../findings';
import { findingAt, parseJson } from '../json';
import type { JsonNode } from '../json';
import type { Tool } from '../tools/tool';
import { counterFindings, ruleWarnings } from './checks';
import { Locator } from './locate';
import type { ParsePolicyResult } from './parseResult';
import { rewriteRateLimits } from './rateLimitShorthand';
import { regexConditions, regexRiskWarnings, type RegexRiskCheck } from './regexRisk';
import { toolListWarnings } from './toolListChecks';
import { validatePolicy } from './validate';
import { isPlainObject } from '../values';

export interface ParsePolicyOptions {
  /** The loaded tool list; when given, rules and hide entries are checked against it. */
  tools?: readonly Tool[];
  /** A ReDoS checker; when given, risky `regex` condition values get a warning. */
  regexRisk?: RegexRiskCheck;
}

/** Longest policy text read, in UTF-16 code units (10 MB). */
export const MAX_POLICY_TEXT_LENGTH = 10 * 1024 * 1024;

function byPosition(a: Finding, b: Finding): number {
  return a.line - b.line || a.column - b.column;
}

/** Parses and validates policy text; never throws: every problem is a finding. */
export function parsePolicy(text: string, options: ParsePolicyOptions = {}): ParsePolicyResult {
  if (text.length > MAX_POLICY_TEXT_LENGTH) {
    // Only the first characters matter for the place, so the huge text is never scanned.
    const message = `The text is too large (${text.length} characters): at most ${MAX_POLICY_TEXT_LENGTH} are read`;
    return { ok: false, findings: [findingAt(text.slice(0, 2), 'error', message, [], 0, 1)] };
  }
  const json = parseJson(text);
  if (!json.ok) return { ok: false, findings: json.findings };

  let root: JsonNode | undefined;
  const locator = new Locator(text, () => (root ??= json.root));
  const document = json.value;
  // Computed once: Object.keys is not cheap on an object with thousands of keys.
  const toolKeys =
    isPlainObject(document) && isPlainObject(document.tools) ? Object.keys(document.tools) : [];
  const findings = [...json.findings, ...rewriteRateLimits(document, toolKeys, locator)];
  const { policy, findings: schemaFindings } = validatePolicy(document, toolKeys, locator);
  findings.push(...schemaFindings);
  if (policy !== null) {
    findings.push(...counterFindings(policy, toolKeys, locator));
    findings.push(...ruleWarnings(policy, toolKeys, locator));
    if (options.tools) findings.push(...toolListWarnings(policy, toolKeys, options.tools, locator));
    if (options.regexRisk) {
      const conditions = regexConditions(policy, toolKeys);
      findings.push(...regexRiskWarnings(conditions, options.regexRisk, locator));
    }
  }
  findings.sort(byPosition);
  if (policy === null || hasErrors(findings)) return { ok: false, findings };
  return { ok: true, policy, findings };
}
