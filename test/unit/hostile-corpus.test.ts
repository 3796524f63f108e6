import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  decodeShareFragment,
  encodeShareFragment,
  mixCalls,
  parsePolicy,
  parseToolList,
  parseTrace,
  regexRiskMessage,
  type Policy,
  type Tool,
} from '../../src/core';
import { patternMatcher, type MatchMeter } from '../../src/core/patterns';
import { recheckRisk } from '../../src/regex-risk/recheckRisk';

const DIR = join(import.meta.dirname, '../fixtures/hostile');
const read = (name: string) => readFileSync(join(DIR, name), 'utf8');

function tools(name: string): Tool[] {
  const list = parseToolList(read(name));
  if (!list.ok) throw new Error(`${name} does not load`);
  return list.tools;
}

/** Every pattern key and hide entry of the policy. */
function patternsOf(policy: Policy): string[] {
  const hide = Array.isArray(policy.hide) ? policy.hide : [];
  return [...Object.keys(policy.tools), ...hide].filter((key) => key.includes('*'));
}

/** Asserts each pattern matches each name in at most 2 × (name + pattern) comparisons. */
function expectLinearMatching(patterns: string[], names: string[]): void {
  expect(patterns.length).toBeGreaterThan(0);
  for (const pattern of patterns) {
    const matches = patternMatcher(pattern);
    for (const name of names) {
      const meter: MatchMeter = { steps: 0 };
      matches(name, meter);
      expect(meter.steps).toBeLessThanOrEqual(2 * (name.length + pattern.length));
    }
  }
}

const PATTERN_NOTES = [
  'Pattern "*a*a*a*a*a*a*b" matches no tool in the loaded tool list',
  'Pattern "*a*a*a*a*a*b" matches no tool in the loaded tool list',
];

describe('the hostile corpus', () => {
  it('pattern-policy.json with pattern-tools.json: parsed with linear matching', () => {
    const list = tools('pattern-tools.json');
    const result = parsePolicy(read('pattern-policy.json'), { tools: list });
    expect(result.ok).toBe(true);
    expect(result.findings.map((f) => f.message)).toEqual(PATTERN_NOTES);
    if (result.ok) {
      expectLinearMatching(
        patternsOf(result.policy),
        list.map((t) => t.name),
      );
    }
  });

  it('pattern-share-link.txt: opens, and its pattern is matched in linear work', async () => {
    const link = read('pattern-share-link.txt').trim();
    expect(link.length).toBeLessThan(160);
    const decoded = await decodeShareFragment(link);
    expect(decoded.ok).toBe(true);
    if (!decoded.ok || decoded.shared.tools === null) return;
    const result = parsePolicy(decoded.shared.policy, { tools: decoded.shared.tools });
    expect(result.findings.map((f) => f.message)).toEqual([
      'Pattern "*a*a*a*a*a*b" matches no tool in the loaded tool list',
    ]);
    if (result.ok) {
      expectLinearMatching(
        patternsOf(result.policy),
        decoded.shared.tools.map((t) => t.name),
      );
    }
  });

  it('regex-policy.json: each catastrophic regex is warned about at its value', () => {
    const result = parsePolicy(read('regex-policy.json'), { regexRisk: recheckRisk });
    expect(result.ok).toBe(true);
    const risks = result.findings.filter((f) => f.path.at(-1) === 'value');
    expect(risks.map((f) => [f.message, f.path.join('.')])).toEqual([
      [regexRiskMessage('exponential'), 'tools.run.deny_if.0.value'],
      [regexRiskMessage('exponential'), 'tools.run.deny_if.1.value'],
      [regexRiskMessage('exponential'), 'tools.run.deny_if.2.value'],
    ]);
  });

  it('regex-tools.json: the generators feed the schema values as they are (bounded by depth)', () => {
    const [tool] = tools('regex-tools.json');
    expect(tool).toBeDefined();
    if (!tool) return;
    const calls = mixCalls({ tools: [tool], count: 3, seed: 1, from: 0, spanMs: 1000, grants: 1 });
    expect(calls).toHaveLength(3);
    expect(calls[0]?.args).toEqual({
      a: `${'a'.repeat(40)}!`,
      b: `${'a'.repeat(40)}!`,
      c: 'x'.repeat(40),
    });
  });

  it('deep-schema-tools.json: refused with a message; a share link of it says why', async () => {
    const list = parseToolList(read('deep-schema-tools.json'));
    expect(list.ok).toBe(false);
    expect(list.findings.map((f) => f.message)).toEqual(['Nesting deeper than 1000 levels']);
    let schema: Record<string, unknown> = {};
    for (let i = 0; i < 20_000; i++) schema = { items: schema };
    const encoded = await encodeShareFragment({
      policy: '{}',
      tools: [{ name: 'deep', inputSchema: schema }],
      serverName: null,
    });
    expect(encoded.ok).toBe(false);
  });

  it('trace-huge-times.jsonl: times outside the range of dates are refused with their lines', () => {
    const trace = parseTrace(read('trace-huge-times.jsonl'), 0);
    expect(trace.calls).toEqual([
      { tool: 'a', offset: 0 },
      { tool: 'c', offset: 8.64e15 },
    ]);
    expect(trace.problems.map((p) => p.line)).toEqual([2]);
  });

  it('a 1,000,000-line trace: cut to 100,000 calls, and the cut is reported', () => {
    const trace = parseTrace('{"tool":"t"}\n'.repeat(1_000_000), 0);
    expect(trace.calls).toHaveLength(100_000);
    expect(trace.cut).toEqual({ kept: 100_000, total: 1_000_000 });
  });

  it('max-1e400-policy.json: the number is out of range', () => {
    const result = parsePolicy(read('max-1e400-policy.json'));
    expect(result.findings.map((f) => f.message)).toEqual([
      '"max" is out of range: a number beyond about ±1.8e308 is too large to hold and reads as infinity',
    ]);
  });
});
