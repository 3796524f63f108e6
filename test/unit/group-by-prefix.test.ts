import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { groupByPrefix, namePrefix } from '../../src/core';

describe('namePrefix', () => {
  it.each([
    ['svc12_get_item', 'svc12_'],
    ['kv-get', 'kv-'],
    ['fs.read.file', 'fs.'],
    ['a_b-c.d', 'a_'],
    ['getUser', null],
    ['_private', null],
    ['trailing_', null],
    ['', null],
  ])('%s → %s', (name, prefix) => {
    expect(namePrefix(name)).toBe(prefix);
  });
});

describe('groupByPrefix', () => {
  it('groups shared prefixes in first-seen order and puts the rest in one last group', () => {
    expect(
      groupByPrefix([
        'svc2_list',
        'svc1_get',
        'lonely_one',
        'svc2_get',
        'echo',
        'svc1_put',
        'svc2_del',
      ]),
    ).toEqual([
      { prefix: 'svc2_', names: ['svc2_list', 'svc2_get', 'svc2_del'] },
      { prefix: 'svc1_', names: ['svc1_get', 'svc1_put'] },
      { prefix: null, names: ['lonely_one', 'echo'] },
    ]);
  });

  it('has no other group when every name shares a prefix, and none at all for no names', () => {
    expect(groupByPrefix(['a_1', 'a_2'])).toEqual([{ prefix: 'a_', names: ['a_1', 'a_2'] }]);
    expect(groupByPrefix([])).toEqual([]);
  });

  const names = fc.array(
    fc.oneof(
      fc.string({ unit: fc.constantFrom(...'ab_-.x'), maxLength: 6 }),
      fc.string({ maxLength: 8 }),
    ),
    { maxLength: 60 },
  );

  it('puts every name in exactly one group, in input order, and only shared prefixes in named groups', () => {
    fc.assert(
      fc.property(names, (list) => {
        const groups = groupByPrefix(list);
        const flat = groups.flatMap((g) => g.names);
        expect([...flat].sort()).toEqual([...list].sort());
        for (const group of groups) {
          const members = new Set(group.names);
          expect(group.names).toEqual(list.filter((n) => members.has(n)));
          if (group.prefix !== null) {
            expect(group.names.length).toBeGreaterThanOrEqual(2);
            for (const name of group.names) expect(namePrefix(name)).toBe(group.prefix);
          }
        }
        expect(groups.filter((g) => g.prefix === null).length).toBeLessThanOrEqual(1);
        expect(groups.findIndex((g) => g.prefix === null)).toBeOneOf([-1, groups.length - 1]);
      }),
      { numRuns: 500 },
    );
  });

  it('keeps group order stable: the order prefixes first appear, and the same for the same input', () => {
    fc.assert(
      fc.property(names, (list) => {
        const groups = groupByPrefix(list);
        expect(groupByPrefix([...list])).toEqual(groups);
        const firstSeen = groups
          .filter((g) => g.prefix !== null)
          .map((g) => list.findIndex((n) => namePrefix(n) === g.prefix));
        expect(firstSeen).toEqual([...firstSeen].sort((a, b) => a - b));
      }),
      { numRuns: 500 },
    );
  });
});
