import { describe, expect, it } from 'vitest';
import { parsePolicy, regexRiskFindings, regexRiskMessage } from '../../src/core';
import { recheckRisk } from '../../src/regex-risk/recheckRisk';

/** A policy whose one rule requires `args.x` to match `source`, on line 5. */
function policyWith(source: string): string {
  const condition = JSON.stringify({ path: 'args.x', op: 'regex', value: source });
  return `{\n  "version": "1",\n  "default": "deny",\n  "tools": {\n    "t": {"deny_if": [${condition}]}\n  }\n}`;
}

describe('parsePolicy with a ReDoS checker (recheck)', () => {
  it.each([
    ['^[a-z]+$', null],
    ['^/etc/', null],
    ['\\.json$', null],
    ['^(foo|bar)$', null],
    ['^\\d{4}-\\d{2}-\\d{2}$', null],
    ['(a+)+$', 'exponential'],
    ['(a|a)*$', 'exponential'],
    ['^([\\s\\S]|[\\s\\S])*\\u0001$', 'exponential'],
    ['^(\\w+\\s?)*$', 'exponential'],
    ['^.*a.*b$', 'polynomial'],
  ] as const)('%s: %s', (source, risk) => {
    const text = policyWith(source);
    const result = parsePolicy(text, { regexRisk: recheckRisk });
    expect(result.ok).toBe(true);
    const warnings = result.findings.filter((f) => f.severity === 'warning');
    if (risk === null) {
      expect(warnings).toEqual([]);
      return;
    }
    expect(warnings.map((f) => [f.message, f.path, f.line])).toEqual([
      [regexRiskMessage(risk), ['tools', 't', 'deny_if', 0, 'value'], 5],
    ]);
    // The warning sits on the regex's own value, quotes included.
    const line = text.split('\n')[4] ?? '';
    const value = JSON.stringify(source);
    const [w] = warnings;
    expect(line.slice((w?.column ?? 0) - 1, (w?.endColumn ?? 0) - 1)).toBe(value);
  });

  it('says in plain words that the regex is a denial-of-service risk', () => {
    expect(regexRiskMessage('exponential')).toContain('denial-of-service risk');
    expect(regexRiskMessage('polynomial')).toContain('square');
  });

  it('gives no warning without a checker, and the same warnings later through regexRiskFindings', () => {
    const text = policyWith('(a+)+$');
    const plain = parsePolicy(text);
    expect(plain.ok && plain.findings).toEqual([]);
    if (!plain.ok) return;
    const later = regexRiskFindings(text, plain.policy, () => 'exponential');
    const now = parsePolicy(text, { regexRisk: () => 'exponential' }).findings;
    expect(later).toEqual(now);
  });
});
