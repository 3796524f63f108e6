import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findNode, parseJson, rebaseSkimmer, Skimmer } from '../../src/core';
import { expectSameReading, readEverything } from '../fixtures/skimReading';

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

  it('carries what it read over an edit that replaces one value, as a fresh read finds it', () => {
    fc.assert(
      fc.property(
        fc.jsonValue({ maxDepth: 4 }),
        fc.constantFrom(undefined, 2, '\t'),
        fc.nat(),
        fc.jsonValue({ maxDepth: 2 }),
        (value, indent, pick, replacement) => {
          const text = JSON.stringify(value, null, indent);
          const skim = new Skimmer(text);
          const paths = readEverything(skim);
          const path = paths[pick % paths.length]!;
          const node = skim.find(path)!;
          const edit = {
            offset: node.offset,
            length: node.length,
            content: JSON.stringify(replacement),
          };
          const after =
            text.slice(0, edit.offset) + edit.content + text.slice(edit.offset + edit.length);
          expectSameReading(rebaseSkimmer(skim, after, edit), new Skimmer(after));
        },
      ),
      { numRuns: 500 },
    );
  });

  it('carries what it read over a member added or removed', () => {
    fc.assert(
      fc.property(
        fc.dictionary(fc.string({ maxLength: 4 }), fc.jsonValue({ maxDepth: 2 }), { maxKeys: 6 }),
        fc.constantFrom(undefined, 2),
        fc.nat(),
        fc.boolean(),
        (value, indent, pick, add) => {
          const text = JSON.stringify({ outer: [1, value, 2] }, null, indent);
          const skim = new Skimmer(text);
          readEverything(skim);
          const holder = skim.find(['outer', 1])!;
          const members = skim.membersOf(holder)!;
          let edit: { offset: number; length: number; content: string };
          if (add || members.length === 0) {
            const at = members[pick % (members.length + 1)];
            edit = at
              ? { offset: at.keyOffset, length: 0, content: '"new": [true], ' }
              : { offset: holder.offset + 1, length: 0, content: '"new": 0' };
            if (!at && members.length > 0) edit.content += ',';
          } else {
            const i = pick % members.length;
            const m = members[i]!;
            const end = m.value.offset + m.value.length;
            const next = members[i + 1];
            const previous = members[i - 1];
            edit = next
              ? { offset: m.keyOffset, length: next.keyOffset - m.keyOffset, content: '' }
              : previous
                ? {
                    offset: previous.value.offset + previous.value.length,
                    length: end - (previous.value.offset + previous.value.length),
                    content: '',
                  }
                : { offset: holder.offset + 1, length: holder.length - 2, content: '' };
          }
          const after =
            text.slice(0, edit.offset) + edit.content + text.slice(edit.offset + edit.length);
          expect(parseJson(after).ok).toBe(true);
          expectSameReading(rebaseSkimmer(skim, after, edit), new Skimmer(after));
        },
      ),
      { numRuns: 500 },
    );
  });
});
