import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  applyRecommended,
  formatPolicy,
  parsePolicy,
  writeChanges,
  type Limit,
  type PathChange,
  type Policy,
} from '../../src/core';
import * as edits from '../../src/core';
import { valueChanges } from '../../src/core/edits/change';
import { diffText } from '../../src/core/edits/textDiff';
import { parseJson } from '../../src/core/json';
import { layout, policy, rule, type Layout } from '../fixtures/policyArbitraries';
import { editCall } from '../fixtures/editCalls';
import { Skimmer } from '../../src/core/json/skim';
import { applyTextEdits, skimmerFor, writeChangesAsEdit } from '../../src/core';
import { expectSameReading, readEverything } from '../fixtures/skimReading';

/** The operations that turn the text's policy into `next`, as a whole-policy comparison. */
function changesTo(text: string, next: Policy): PathChange[] {
  const read = parsePolicy(text);
  const json = parseJson(text);
  const before = read.ok ? read.policy : json.ok ? json.value : undefined;
  const out: PathChange[] = [];
  valueChanges(out, [], before, next);
  return out;
}

function edited(text: string, next: Policy): string {
  return writeChanges(text, changesTo(text, next), next);
}

function lines(...rows: string[]): string {
  return rows.join('\n') + '\n';
}

const BASE = lines(
  '{',
  '  "version": "1",',
  '  "default": "deny",',
  '  "tools": {',
  '    "cache_set": {',
  '      "limits": [',
  '        {',
  '          "counter": "cache_set_rate",',
  '          "window": "minute",',
  '          "max": 30,',
  '          "scope": "grant"',
  '        }',
  '      ]',
  '    }',
  '  }',
  '}',
);
const CACHE_LIMIT: Limit = { counter: 'cache_set_rate', window: 'minute', max: 30, scope: 'grant' };
const BASE_POLICY: Policy = {
  version: '1',
  default: 'deny',
  tools: { cache_set: { limits: [CACHE_LIMIT] } },
};

describe('writeChanges', () => {
  it.each<[string, string, Policy, string]>([
    [
      'replaces a changed value in place',
      BASE,
      { ...BASE_POLICY, default: 'allow' },
      BASE.replace('"default": "deny"', '"default": "allow"'),
    ],
    [
      'inserts a new key at its place in the format order',
      BASE,
      { ...BASE_POLICY, hide: ['drop_table'] },
      BASE.replace(
        '  "default": "deny",\n',
        '  "default": "deny",\n  "hide": [\n    "drop_table"\n  ],\n',
      ),
    ],
    [
      'puts a rule key before the keys that follow it',
      BASE,
      { ...BASE_POLICY, tools: { cache_set: { action: 'approval', limits: [CACHE_LIMIT] } } },
      BASE.replace('    "cache_set": {\n', '    "cache_set": {\n      "action": "approval",\n'),
    ],
    [
      'appends a new tool after the others, in canonical key order',
      BASE,
      {
        ...BASE_POLICY,
        tools: {
          cache_set: { limits: [CACHE_LIMIT] },
          drop_table: { reason: 'never', action: 'deny' },
        },
      },
      BASE.replace(
        '      ]\n    }\n',
        '      ]\n    },\n    "drop_table": {\n      "action": "deny",\n      "reason": "never"\n    }\n',
      ),
    ],
    [
      'removes a key with its comma',
      lines(
        '{',
        '  "version": "1",',
        '  "default": "deny",',
        '  "hide": "*",',
        '  "tools": {}',
        '}',
      ),
      { version: '1', default: 'deny', tools: {} },
      lines('{', '  "version": "1",', '  "default": "deny",', '  "tools": {}', '}'),
    ],
    [
      'keeps 4-space indentation and writes new values with it',
      lines('{', '    "version": "1",', '    "default": "deny",', '    "tools": {}', '}'),
      { version: '1', default: 'deny', tools: { ping: {} } },
      lines(
        '{',
        '    "version": "1",',
        '    "default": "deny",',
        '    "tools": {',
        '        "ping": {}',
        '    }',
        '}',
      ),
    ],
    [
      'keeps tabs and CRLF line ends',
      '{\r\n\t"version": "1",\r\n\t"default": "deny",\r\n\t"tools": {\r\n\t\t"a": {}\r\n\t}\r\n}\r\n',
      { version: '1', default: 'deny', tools: { a: { action: 'deny' } } },
      '{\r\n\t"version": "1",\r\n\t"default": "deny",\r\n\t"tools": {\r\n\t\t"a": {\r\n\t\t\t"action": "deny"\r\n\t\t}\r\n\t}\r\n}\r\n',
    ],
    [
      'keeps the formatting of untouched parts, odd as it may be',
      '{"version":"1",   "default" : "deny",\n "tools": { "a": {"action": "deny"} ,"b":{} } }',
      { version: '1', default: 'deny', tools: { a: { action: 'allow' }, b: {} } },
      '{"version":"1",   "default" : "deny",\n "tools": { "a": {"action": "allow"} ,"b":{} } }',
    ],
    [
      'replaces an array whose length changed',
      BASE,
      { ...BASE_POLICY, tools: { cache_set: { limits: [] } } },
      lines(
        '{',
        '  "version": "1",',
        '  "default": "deny",',
        '  "tools": {',
        '    "cache_set": {',
        '      "limits": []',
        '    }',
        '  }',
        '}',
      ),
    ],
    [
      'changes an item inside an array of the same length',
      BASE,
      { ...BASE_POLICY, tools: { cache_set: { limits: [{ ...CACHE_LIMIT, max: 5 }] } } },
      BASE.replace('"max": 30', '"max": 5'),
    ],
    [
      'treats __proto__ as an ordinary tool name',
      lines('{', '  "version": "1",', '  "default": "deny",', '  "tools": {}', '}'),
      JSON.parse('{"version":"1","default":"deny","tools":{"__proto__":{"action":"deny"}}}'),
      lines(
        '{',
        '  "version": "1",',
        '  "default": "deny",',
        '  "tools": {',
        '    "__proto__": {',
        '      "action": "deny"',
        '    }',
        '  }',
        '}',
      ),
    ],
    [
      'edits the rule of a __proto__ key',
      '{"version":"1","default":"deny","tools":{"__proto__":{"action":"deny"}}}',
      JSON.parse('{"version":"1","default":"deny","tools":{"__proto__":{"action":"approval"}}}'),
      '{"version":"1","default":"deny","tools":{"__proto__":{"action":"approval"}}}',
    ],
    [
      'drops keys set to undefined in the next policy',
      BASE,
      { ...BASE_POLICY, hide: undefined, tools: { cache_set: { limits: [CACHE_LIMIT] } } },
      BASE,
    ],
  ])('%s', (_name, text, next, expected) => {
    expect(edited(text, next)).toBe(expected);
  });

  it.each([
    ['empty text', ''],
    ['broken JSON', '{"version": "1", '],
    ['a value that is not an object', '[1, 2]'],
    ['a comment', '// policy\n{}'],
  ])('replaces %s whole with formatPolicy(next)', (_name, text) => {
    const changes: PathChange[] = [{ path: ['default'], value: 'deny' }];
    expect(writeChanges(text, changes, BASE_POLICY)).toBe(formatPolicy(BASE_POLICY));
  });

  it('leaves the text as it is when there is nothing to write', () => {
    expect(writeChanges(BASE, [], BASE_POLICY)).toBe(BASE);
    expect(edited(BASE.replace('30', '3e1'), BASE_POLICY)).toBe(BASE.replace('30', '3e1'));
  });

  it('changes only the values that changed, however far apart', () => {
    const next: Policy = {
      version: '1',
      default: 'allow',
      tools: { cache_set: { limits: [{ ...CACHE_LIMIT, scope: 'global' }] } },
    };
    expect(edited(BASE, next)).toBe(
      BASE.replace('"deny"', '"allow"').replace('"grant"', '"global"'),
    );
  });
});

describe('the rate_limit shorthand in the text', () => {
  const SHORTHAND = lines(
    '{',
    '  "version": "1",',
    '  "default": "deny",',
    '  "tools": {',
    '    "kv_set": { "rate_limit": "5/hour" },',
    '    "ping": {}',
    '  }',
    '}',
  );
  const KV_LIMIT: Limit = { counter: 'kv_set_rate', window: 'hour', max: 5, scope: 'grant' };
  const READ: Policy = {
    version: '1',
    default: 'deny',
    tools: { kv_set: { limits: [KV_LIMIT] }, ping: {} },
  };

  it('stays when another part of the policy changes', () => {
    expect(edited(SHORTHAND, { ...READ, default: 'allow' })).toBe(
      SHORTHAND.replace('"default": "deny"', '"default": "allow"'),
    );
    expect(edited(SHORTHAND, { ...READ, tools: { ...READ.tools, ping: { action: 'deny' } } })).toBe(
      SHORTHAND.replace('"ping": {}', '"ping": {\n      "action": "deny"\n    }'),
    );
  });

  it('is written out in full when its own rule changes', () => {
    const next: Policy = {
      ...READ,
      tools: { ...READ.tools, kv_set: { action: 'approval', limits: [KV_LIMIT] } },
    };
    const text = edited(SHORTHAND, next);
    expect(text).not.toContain('rate_limit');
    const json = parseJson(text);
    expect(json.ok && json.value).toEqual(next);
    expect(text.endsWith('    "ping": {}\n  }\n}\n')).toBe(true);
  });
});

describe('diffText', () => {
  it.each<[string, string, ReturnType<typeof diffText>]>([
    ['abc', 'abc', null],
    ['abc', 'abXc', { offset: 2, length: 0, content: 'X' }],
    ['abcdef', 'abef', { offset: 2, length: 2, content: '' }],
    ['aaa', 'aaaa', { offset: 3, length: 0, content: 'a' }],
    ['', 'x', { offset: 0, length: 0, content: 'x' }],
    ['x😀y', 'x😁y', { offset: 1, length: 2, content: '😁' }],
    ['😀', '🙀', { offset: 0, length: 2, content: '🙀' }],
  ])('diffText(%j, %j)', (before, after, expected) => {
    expect(diffText(before, after)).toEqual(expected);
  });
});

function valueOf(text: string): unknown {
  const json = parseJson(text);
  expect(json.findings).toEqual([]);
  return json.ok ? json.value : undefined;
}

describe('writeChanges, for all policies', () => {
  it('turns any layout of p into a text that parses to q', () => {
    fc.assert(
      fc.property(
        policy,
        policy,
        fc.constantFrom<Layout>('format', 'indent4', 'tabs', 'minified', 'crlf'),
        (p, q, how) => {
          const text = layout(p, how);
          expect(valueOf(edited(text, q))).toEqual(JSON.parse(JSON.stringify(q)));
        },
      ),
      { numRuns: 500 },
    );
  });

  it('leaves the text outside a changed rule as it was', () => {
    fc.assert(
      fc.property(
        policy.filter((p) => Object.keys(p.tools).length > 0),
        rule,
        fc.nat(),
        (p, changed, pick) => {
          const keys = Object.keys(p.tools);
          const key = keys[pick % keys.length] as string;
          const q: Policy = { ...p, tools: { ...p.tools } };
          Object.defineProperty(q.tools, key, { value: changed, enumerable: true, writable: true });
          const text = formatPolicy(p);
          const node = new Skimmer(text).find(['tools', key]);
          if (node === undefined) throw new Error('the rule is not in the text');
          const after = edited(text, q);
          const tail = text.length - node.offset - node.length;
          expect(after.slice(0, node.offset)).toBe(text.slice(0, node.offset));
          expect(after.slice(after.length - tail)).toBe(text.slice(text.length - tail));
          expect(valueOf(after)).toEqual(JSON.parse(JSON.stringify(q)));
        },
      ),
      { numRuns: 500 },
    );
  });
});

// --- the forms' edit functions, written as operations ----------------------------------------

/** Where each operation may change the text before it: the value, or the object it changes. */
function regionsOf(text: string, changes: readonly PathChange[]): [number, number][] {
  const skim = new Skimmer(text);
  return changes.map(({ path, value }) => {
    const node = skim.find(path);
    if (node !== undefined && value !== undefined) return [node.offset, node.offset + node.length];
    for (let depth = path.length - 1; depth >= 0; depth--) {
      const holder = skim.find(path.slice(0, depth));
      if (holder !== undefined) return [holder.offset, holder.offset + holder.length];
    }
    return [0, text.length];
  });
}

/** True when every byte of `before` outside `regions` is in `after`, in order, unchanged. */
function keepsOutside(before: string, after: string, regions: [number, number][]): boolean {
  const merged: [number, number][] = [];
  for (const [start, end] of [...regions].sort((a, b) => a[0] - b[0])) {
    const last = merged.at(-1);
    if (last !== undefined && start <= last[1]) last[1] = Math.max(last[1], end);
    else merged.push([start, end]);
  }
  if (merged.length === 0) return before === after;
  const gaps: string[] = [];
  let at = 0;
  for (const [start, end] of merged) {
    gaps.push(before.slice(at, start));
    at = end;
  }
  gaps.push(before.slice(at));
  const first = gaps[0] as string;
  const last = gaps.at(-1) as string;
  if (!after.startsWith(first) || !after.endsWith(last)) return false;
  let from = first.length;
  for (const gap of gaps.slice(1, -1)) {
    const found = after.indexOf(gap, from);
    if (found === -1) return false;
    from = found + gap.length;
  }
  return from <= after.length - last.length;
}

describe('edit functions as operations, on any layout', () => {
  it('write a text that reads as exactly the policy the edit meant, bytes outside the edited paths unchanged', () => {
    fc.assert(
      fc.property(
        policy,
        fc.constantFrom<Layout>('format', 'indent4', 'tabs', 'minified', 'crlf'),
        fc.array(editCall, { minLength: 1, maxLength: 4 }),
        (start, how, calls) => {
          let current = start;
          let text = layout(start, how);
          for (const call of calls) {
            const { policy: meant, changes } = call(current);
            const after = writeChanges(text, changes, meant);
            expect(valueOf(after)).toEqual(JSON.parse(JSON.stringify(meant)));
            expect(keepsOutside(text, after, regionsOf(text, changes))).toBe(true);
            if (changes.length === 0) expect(after).toBe(text);
            current = meant;
            text = after;
          }
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('say the one edit they made, and carry what was read of the text over to the new text', () => {
    fc.assert(
      fc.property(
        policy,
        fc.constantFrom<Layout>('format', 'indent4', 'tabs', 'minified', 'crlf'),
        fc.array(editCall, { minLength: 1, maxLength: 4 }),
        (start, how, calls) => {
          let current = start;
          let text = layout(start, how);
          for (const call of calls) {
            // Everything read before the edit, so that all of it has to be carried over.
            readEverything(skimmerFor(text));
            const { policy: meant, changes } = call(current);
            const { text: after, edit } = writeChangesAsEdit(text, changes, meant);
            expect(after).toBe(writeChanges(text, changes, meant));
            expect(edit === null ? text : applyTextEdits(text, [edit])).toBe(after);
            expectSameReading(skimmerFor(after), new Skimmer(after));
            current = meant;
            text = after;
          }
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('keep the diff of a decision on a large policy inside that rule', () => {
    const big = applyRecommended(
      { version: '1', default: 'deny', tools: {} },
      Array.from({ length: 2000 }, (_, i) => ({ name: `set_thing_${i}` })),
    ).policy;
    const text = formatPolicy(big);
    const edit = edits.setDecision(big, 'set_thing_700', 'approval');
    const change = diffText(text, writeChanges(text, edit.changes, edit.policy));
    expect(change?.offset).toBeGreaterThan(text.indexOf('"set_thing_700": {'));
    expect((change?.offset ?? 0) + (change?.length ?? 0)).toBeLessThan(
      text.indexOf('"set_thing_701": {'),
    );
  });
});

describe('diffText, for all texts', () => {
  /** The plain character-by-character answer, to compare the chunked one with. */
  function naive(before: string, after: string) {
    const max = Math.min(before.length, after.length);
    let p = 0;
    while (p < max && before[p] === after[p]) p++;
    let s = 0;
    while (s < max - p && before[before.length - 1 - s] === after[after.length - 1 - s]) s++;
    return { p, s };
  }

  it('finds the longest common prefix and suffix, across chunk sizes', () => {
    fc.assert(
      fc.property(
        fc.string({ maxLength: 3000, unit: fc.constantFrom('a', 'b', '{', '"') }),
        fc.string({ maxLength: 5 }),
        fc.nat(),
        fc.nat({ max: 3 }),
        (base, inserted, at, cut) => {
          const offset = at % (base.length + 1);
          const after = base.slice(0, offset) + inserted + base.slice(offset + cut);
          const edit = diffText(base, after);
          if (edit === null) {
            expect(after).toBe(base);
            return;
          }
          const { p, s } = naive(base, after);
          expect(edit.offset).toBe(p);
          expect(base.length - edit.offset - edit.length).toBe(s);
          expect(
            base.slice(0, edit.offset) + edit.content + base.slice(edit.offset + edit.length),
          ).toBe(after);
        },
      ),
      { numRuns: 500 },
    );
  });
});
