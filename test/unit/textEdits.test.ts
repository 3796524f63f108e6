import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyTextEdits, formatPolicy, policyTextEdits } from '../../src/core';
import type { Condition, Limit, Policy, Rule } from '../../src/core';
import { composeEdit } from '../../src/core/edits/composeEdits';
import { diffText } from '../../src/core/edits/textDiff';
import { findNode, parseJson } from '../../src/core/json';

function edited(text: string, next: Policy): string {
  return applyTextEdits(text, policyTextEdits(text, next));
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

describe('policyTextEdits', () => {
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
    ['a duplicate key', '{"version": "1", "version": "1"}'],
    ['a value that is not an object', '[1, 2]'],
    ['a comment', '// policy\n{}'],
  ])('replaces %s whole with formatPolicy(next)', (_name, text) => {
    expect(policyTextEdits(text, BASE_POLICY)).toEqual([
      { offset: 0, length: text.length, content: formatPolicy(BASE_POLICY) },
    ]);
  });

  it('returns no edit when the text already says the policy', () => {
    expect(policyTextEdits(BASE, BASE_POLICY)).toEqual([]);
    expect(policyTextEdits(BASE.replace('30', '3e1'), BASE_POLICY)).toEqual([]);
  });

  it('returns separate, minimal edits for changes far apart', () => {
    const next: Policy = {
      version: '1',
      default: 'allow',
      tools: { cache_set: { limits: [{ ...CACHE_LIMIT, scope: 'global' }] } },
    };
    expect(policyTextEdits(BASE, next)).toEqual([
      { offset: BASE.indexOf('"deny"') + 1, length: 4, content: 'allow' },
      { offset: BASE.indexOf('"grant"') + 2, length: 4, content: 'lobal' },
    ]);
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

describe('composeEdit', () => {
  it('keeps edits apart, merges touching ones, in the original offsets', () => {
    const original = '0123456789';
    let edits = composeEdit([], { offset: 7, length: 1, content: 'XY' }, original);
    let current = '0123456XY89';
    edits = composeEdit(edits, { offset: 1, length: 2, content: '' }, current);
    current = '03456XY89';
    expect(edits).toEqual([
      { offset: 1, length: 2, content: '' },
      { offset: 7, length: 1, content: 'XY' },
    ]);
    edits = composeEdit(edits, { offset: 6, length: 2, content: 'Z' }, current);
    expect(edits).toEqual([
      { offset: 1, length: 2, content: '' },
      { offset: 7, length: 2, content: 'XZ' },
    ]);
    expect(applyTextEdits(original, edits)).toBe('03456XZ9');
  });
});

// --- properties ---------------------------------------------------------------------------

const toolName = fc.oneof(
  fc.constantFrom('__proto__', 'constructor', 'toString', '10', 'get_*', 'a"b\\c', 'ü/~'),
  fc.string({ minLength: 1, maxLength: 8 }),
);
const counter = fc.stringMatching(/^[a-z_.:-]{1,10}$/);
const limit: fc.Arbitrary<Limit> = fc.record(
  {
    counter,
    window: fc.oneof(
      fc.constantFrom('second', 'minute', 'hour', 'day' as const),
      fc.integer({ min: 1, max: 2_592_000 }),
    ),
    max: fc.integer({ min: 1, max: Number.MAX_SAFE_INTEGER }),
    scope: fc.constantFrom('grant', 'session', 'global' as const),
  },
  { requiredKeys: ['counter', 'window', 'max'] },
);
const path = fc.stringMatching(/^args(\.[a-z0-9]{1,4}){1,3}$/);
const condition: fc.Arbitrary<Condition> = fc.oneof(
  fc.record({
    path,
    op: fc.constantFrom('eq', 'neq', 'contains' as const),
    value: fc.jsonValue({ maxDepth: 2 }),
  }),
  fc.record({
    path,
    op: fc.constantFrom('in', 'not_in' as const),
    value: fc.array(fc.jsonValue({ maxDepth: 1 }), { maxLength: 3 }),
  }),
  fc.record({ path, op: fc.constantFrom('lt', 'lte', 'gt', 'gte' as const), value: fc.integer() }),
  fc.record({ path, op: fc.constant('regex' as const), value: fc.constantFrom('^a', 'b+', '') }),
  fc.record(
    { path, op: fc.constant('exists' as const), value: fc.boolean() },
    { requiredKeys: ['path', 'op'] },
  ),
);
const conditions = fc.array(condition, { maxLength: 2 });
const rule: fc.Arbitrary<Rule> = fc.record(
  {
    action: fc.constantFrom('allow', 'deny', 'approval' as const),
    reason: fc.string({ maxLength: 12 }),
    require: conditions,
    deny_if: conditions,
    limits: fc.array(limit, { maxLength: 2 }),
  },
  { requiredKeys: [] },
);
const tools = fc
  .uniqueArray(fc.tuple(toolName, rule), { maxLength: 4, selector: ([name]) => name })
  .map((entries) => Object.fromEntries(entries) as Record<string, Rule>);
const policy: fc.Arbitrary<Policy> = fc.record(
  {
    version: fc.constant('1' as const),
    default: fc.constantFrom('allow', 'deny' as const),
    hide: fc.oneof(fc.constant('*' as const), fc.array(toolName, { maxLength: 3 })),
    all_tools: fc.record({ limits: fc.array(limit, { maxLength: 2 }) }, { requiredKeys: [] }),
    tools,
  },
  { requiredKeys: ['version', 'default', 'tools'] },
);

type Layout = 'format' | 'indent4' | 'tabs' | 'minified' | 'crlf';
function layout(p: Policy, how: Layout): string {
  switch (how) {
    case 'format':
      return formatPolicy(p);
    case 'indent4':
      return JSON.stringify(p, null, 4);
    case 'tabs':
      return JSON.stringify(p, null, '\t') + '\n';
    case 'minified':
      return JSON.stringify(p);
    case 'crlf':
      return formatPolicy(p).replace(/\n/g, '\r\n');
  }
}

function valueOf(text: string): unknown {
  const json = parseJson(text);
  expect(json.findings).toEqual([]);
  return json.ok ? json.value : undefined;
}

describe('policyTextEdits, for all policies', () => {
  it('turns any layout of p into a text that parses to q, with non-overlapping edits', () => {
    fc.assert(
      fc.property(
        policy,
        policy,
        fc.constantFrom<Layout>('format', 'indent4', 'tabs', 'minified', 'crlf'),
        (p, q, how) => {
          const text = layout(p, how);
          const edits = [...policyTextEdits(text, q)].sort((a, b) => a.offset - b.offset);
          for (let i = 1; i < edits.length; i++) {
            const prev = edits[i - 1] as (typeof edits)[number];
            expect((edits[i] as (typeof edits)[number]).offset).toBeGreaterThanOrEqual(
              prev.offset + prev.length,
            );
          }
          expect(valueOf(applyTextEdits(text, edits))).toEqual(JSON.parse(JSON.stringify(q)));
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
          const json = parseJson(text);
          const node = json.ok ? findNode(json.root, ['tools', key]) : undefined;
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
