import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parsePolicy } from '../../src/core/policy/parsePolicy';
import { findingsInside } from './findingsInside';

const RUNS = { numRuns: 1000 };

const KEYS = [
  'version',
  'default',
  'hide',
  'all_tools',
  'tools',
  'limits',
  'limts',
  'counter',
  'window',
  'max',
  'scope',
  'action',
  'reason',
  'require',
  'deny_if',
  'path',
  'op',
  'value',
  'rate_limit',
  '__proto__',
  'constructor',
  'get_*',
  '',
];

/** JSON documents made of the format's own words, to reach deep into the checks. */
const policyLike = fc.object({
  key: fc.constantFrom(...KEYS),
  values: [
    fc.constantFrom('1', 'deny', 'allow', 'approval', 'minute', 'grant', 'session'),
    fc.constantFrom('args.x', 'args', 'eq', 'in', 'gt', 'regex', 'exists', '(', '*', 'c', '5/hour'),
    fc.integer({ min: -1, max: 3_000_000 }),
    fc.boolean(),
    fc.constant(null),
  ],
  maxDepth: 5,
  maxKeys: 6,
});

/** A policy-like document with a random cut or insertion, as while someone types. */
const edited = fc
  .tuple(policyLike, fc.nat(), fc.nat({ max: 8 }), fc.string({ maxLength: 3 }))
  .map(([doc, at, cut, insert]) => {
    const text = JSON.stringify({ version: '1', default: 'deny', tools: doc }, null, 2);
    const i = at % (text.length + 1);
    return text.slice(0, i) + insert + text.slice(i + cut);
  });

const anyText = fc.oneof(
  fc.string(),
  fc.string({ unit: 'binary' }),
  fc.jsonValue().map((v) => JSON.stringify(v)),
  policyLike.map((v) => JSON.stringify(v, null, 2)),
  policyLike.map((doc) => JSON.stringify({ version: '1', default: 'allow', tools: doc })),
  edited,
);

describe('parsePolicy on any input', () => {
  it('never throws, and every finding lies inside the text', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const result = parsePolicy(text, { tools: [{ name: 'a' }, { name: 'get_x' }] });
        expect(findingsInside(text, result.findings)).toBe(true);
      }),
      RUNS,
    );
  });

  it('is ok exactly when no finding is an error, and findings are sorted', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const result = parsePolicy(text);
        expect(result.ok).toBe(!result.findings.some((f) => f.severity === 'error'));
        const places = result.findings.map((f) => f.line * 1e6 + f.column);
        expect(places).toEqual([...places].sort((a, b) => a - b));
      }),
      RUNS,
    );
  });
});
