import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { hideMatcher } from '../../src/core/edits/hideMatcher';
import {
  findRule,
  hiddenBy,
  matchesPattern,
  patternMatcher,
  ruleFinder,
  type MatchMeter,
} from '../../src/core/patterns';
import type { Rule } from '../../src/core/schema';

/** The textbook glob matcher: dynamic programming over (pattern prefix, name prefix). */
function reference(pattern: string, name: string): boolean {
  let row = new Array<boolean>(name.length + 1).fill(false);
  row[0] = true;
  for (const ch of pattern) {
    const next = new Array<boolean>(name.length + 1).fill(false);
    if (ch === '*') {
      next[0] = row[0] ?? false;
      for (let j = 1; j <= name.length; j++) next[j] = (row[j] ?? false) || (next[j - 1] ?? false);
    } else {
      for (let j = 1; j <= name.length; j++) next[j] = (row[j - 1] ?? false) && name[j - 1] === ch;
    }
    row = next;
  }
  return row[name.length] ?? false;
}

const letters = fc.constantFrom('a', 'b', '*');
const small = (max: number) => fc.string({ unit: letters, maxLength: max });
const nameOf = (max: number) => fc.string({ unit: fc.constantFrom('a', 'b'), maxLength: max });

const ADVERSARIAL: [string, string][] = [
  ['*a*a*a*a*a*b', 'a'.repeat(128)],
  ['*a*a*a*a*a*a*a*a*a*a*b', 'a'.repeat(4096)],
  ['*aaaaaaaaab*', 'a'.repeat(20_000)],
  [`${'*a'.repeat(200)}*b`, 'a'.repeat(50_000)],
  ['a*', 'a'.repeat(100_000)],
];

describe('matchesPattern', () => {
  afterEach(() => vi.restoreAllMocks());

  it('agrees with a dynamic-programming matcher on random patterns and names', () => {
    fc.assert(
      fc.property(small(12), nameOf(16), (pattern, name) => {
        expect(matchesPattern(pattern, name)).toBe(reference(pattern, name));
        expect(patternMatcher(pattern)(name)).toBe(reference(pattern, name));
      }),
      { numRuns: 3000 },
    );
  });

  it('agrees with the reference on long, star-heavy patterns', () => {
    fc.assert(
      fc.property(small(60), nameOf(300), (pattern, name) => {
        expect(matchesPattern(pattern, name)).toBe(reference(pattern, name));
      }),
      { numRuns: 300 },
    );
  });

  it.each(ADVERSARIAL)('answers %s against a long name like the reference', (pattern, name) => {
    expect(matchesPattern(pattern, name)).toBe(pattern === 'a*');
  });

  it.each(ADVERSARIAL)(
    'matches %s in linear work (comparisons bounded by the input size)',
    (pattern, name) => {
      const meter: MatchMeter = { steps: 0 };
      patternMatcher(pattern)(name, meter);
      expect(meter.steps).toBeLessThanOrEqual(2 * (name.length + pattern.length));
    },
  );

  it('never runs a RegExp (which backtracks on *a*a*a*a*a*b)', () => {
    const exec = vi.spyOn(RegExp.prototype, 'exec');
    const test = vi.spyOn(RegExp.prototype, 'test');
    const name = 'a'.repeat(128);
    matchesPattern('*a*a*a*a*a*b', name);
    hiddenBy(['*a*a*a*a*a*b'], name);
    findRule({ '*a*a*a*a*a*b': { decision: 'deny' } as Rule }, name);
    ruleFinder({ '*a*a*a*a*a*b': { decision: 'deny' } as Rule })(name);
    hideMatcher(['*a*a*a*a*a*b'])(name);
    expect(exec).not.toHaveBeenCalled();
    expect(test).not.toHaveBeenCalled();
  });
});
