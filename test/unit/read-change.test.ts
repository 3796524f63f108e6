import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  formatPolicy,
  parseJson,
  parsePolicy,
  readChange,
  setDecision,
  setRule,
  writeChanges,
  type Policy,
} from '../../src/core';
import { layout, policy, rule, type Layout } from '../fixtures/policyArbitraries';

const BASE: Policy = {
  version: '1',
  default: 'deny',
  tools: { read_file: {}, write_file: { action: 'approval' }, kv_set: { action: 'deny' } },
};
const TEXT = formatPolicy(BASE);

function full(text: string): Policy | null {
  const result = parsePolicy(text);
  return result.ok ? result.policy : null;
}

describe('readChange', () => {
  it.each<[string, string, Policy | null]>([
    ['the default', TEXT.replace('"deny"', '"allow"'), { ...BASE, default: 'allow' }],
    [
      "a rule's action",
      TEXT.replace('"approval"', '"deny"'),
      { ...BASE, tools: { ...BASE.tools, write_file: { action: 'deny' } } },
    ],
    [
      'a rule written with the rate_limit shorthand',
      TEXT.replace(
        '"kv_set": {\n      "action": "deny"',
        '"kv_set": {\n      "rate_limit": "5/hour"',
      ),
      full(
        TEXT.replace(
          '"kv_set": {\n      "action": "deny"',
          '"kv_set": {\n      "rate_limit": "5/hour"',
        ),
      ),
    ],
    [
      'a new rule (between rules: the whole text is read)',
      TEXT.replace('"read_file": {},', '"read_file": {},\n    "x": {},'),
      null,
    ],
    ['a renamed key', TEXT.replace('"read_file"', '"read_files"'), null],
    ['a rule that no longer reads', TEXT.replace('"approval"', '"approve"'), null],
    ['broken JSON inside a rule', TEXT.replace('"approval"', '"approval'), null],
  ])('reads %s', (_name, after, expected) => {
    expect(readChange(TEXT, after, BASE)).toEqual(expected);
  });

  it('gives the same policy as parsePolicy, or null, for any edit inside the text', () => {
    const valid = policy.filter((p) => parsePolicy(formatPolicy(p)).ok);
    fc.assert(
      fc.property(
        valid,
        fc.constantFrom<Layout>('format', 'indent4', 'tabs', 'minified', 'crlf'),
        fc.oneof(
          // A form edit written as operations, then read back as if typed.
          fc.tuple(fc.nat(), rule).map(([pick, r]) => (p: Policy, text: string) => {
            const keys = Object.keys(p.tools);
            const key = keys.length > 0 ? (keys[pick % keys.length] as string) : 'k';
            const edit = setRule(p, key, r);
            return writeChanges(text, edit.changes, edit.policy);
          }),
          fc.nat().map((pick) => (p: Policy, text: string) => {
            const keys = Object.keys(p.tools);
            const edit = setDecision(p, keys[pick % Math.max(keys.length, 1)] ?? 'k', 'deny');
            return writeChanges(text, edit.changes, edit.policy);
          }),
          // A keystroke: a few characters replaced anywhere.
          fc
            .tuple(fc.nat(), fc.nat({ max: 3 }), fc.stringMatching(/^[a-z0-9"{}[\]:, _*.-]{0,3}$/))
            .map(([at, cut, typed]) => (_p: Policy, text: string) => {
              const offset = at % (text.length + 1);
              return text.slice(0, offset) + typed + text.slice(offset + cut);
            }),
        ),
        (p, how, change) => {
          const before = layout(p, how);
          const read = full(before);
          if (read === null) return;
          const after = change(read, before);
          const quick = readChange(before, after, read);
          if (quick === null) return;
          const json = parseJson(after);
          expect(json.ok && json.findings).toEqual([]);
          const whole = full(after);
          if (whole !== null) expect(quick).toEqual(whole);
        },
      ),
      { numRuns: 2000 },
    );
  });
});
