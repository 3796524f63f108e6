import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findNode, parseJson, Skimmer } from '../../src/core';

/** Every path in a JSON value (object keys and array indices), the root first. */
function pathsOf(value: unknown, path: (string | number)[] = []): (string | number)[][] {
  const out = [path];
  if (Array.isArray(value)) value.forEach((v, i) => out.push(...pathsOf(v, [...path, i])));
  else if (typeof value === 'object' && value !== null)
    for (const [k, v] of Object.entries(value)) out.push(...pathsOf(v, [...path, k]));
  return out;
}

describe('Skimmer', () => {
  it('finds every value where the strict parser puts it, in any layout', () => {
    fc.assert(
      fc.property(
        fc.jsonValue({ maxDepth: 4 }),
        fc.constantFrom(undefined, 2, 4, '\t'),
        (value, indent) => {
          const text = ` ${JSON.stringify(value, null, indent)}\n`;
          const json = parseJson(text);
          if (!json.ok) throw new Error('JSON.stringify wrote JSON');
          const skim = new Skimmer(text);
          for (const path of pathsOf(value)) {
            const strict = findNode(json.root, path);
            const skimmed = skim.find(path);
            expect(skimmed && { offset: skimmed.offset, length: skimmed.length }).toEqual(
              strict && { offset: strict.offset, length: strict.length },
            );
          }
          expect(skim.find(['no such key', 0])).toBeUndefined();
        },
      ),
      { numRuns: 500 },
    );
  });

  it.each([
    ['an unclosed object', '{"a": {"b": 1', ['a', 'b'], '1'],
    ['a missing comma', '{"a": 1 "b": 2}', ['a'], '1'],
    ['an unterminated string', '{"a": "x', ['a'], '"x'],
  ])('reads %s leniently up to the break', (_name, text, path, expected) => {
    const node = new Skimmer(text, true).find(path);
    expect(node && text.slice(node.offset, node.offset + node.length)).toBe(expected);
    expect(new Skimmer(text).find(path)).toBeUndefined();
  });
});
