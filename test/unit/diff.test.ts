import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  diffPolicies,
  parseToolList,
  recommendPolicy,
  setDecision,
  type Limit,
  type Policy,
  type Tool,
} from '../../src/core';

function policy(extra: Partial<Policy> = {}): Policy {
  return { version: '1', default: 'deny', tools: {}, ...extra };
}

const limit = (max: number, window: Limit['window'] = 'minute', counter = 'c'): Limit => ({
  counter,
  window,
  max,
  scope: 'grant',
});

function bundled(file: string): Tool[] {
  const text = readFileSync(new URL(`../../public/examples/${file}`, import.meta.url), 'utf8');
  const result = parseToolList(text);
  if (!result.ok) throw new Error(file);
  return result.tools;
}

describe('diffPolicies', () => {
  it('finds no change between equal policies, written differently', () => {
    const a = policy({ tools: { a: { action: 'allow' }, 'get_*': {} } });
    const b = policy({ tools: { 'get_*': {}, a: {} } });
    expect(diffPolicies(a, b)).toEqual({
      tools: [],
      hide: [],
      allTools: [],
      loosenings: [],
      calls: [],
      hasLoosening: false,
    });
  });

  it('reports a decision change per tool, loosenings first', () => {
    const tools: Tool[] = [{ name: 'read_file' }, { name: 'delete_file' }];
    const before = policy({ tools: { read_file: {}, delete_file: { action: 'approval' } } });
    const after = policy({ tools: { read_file: { action: 'deny' }, delete_file: {} } });
    const diff = diffPolicies(before, after, { tools });
    expect(diff.tools).toEqual([
      {
        subject: 'delete_file',
        kind: 'tool',
        before: 'approval',
        after: 'allow',
        limits: [],
        conditions: [],
        loosening: true,
      },
      {
        subject: 'read_file',
        kind: 'tool',
        before: 'allow',
        after: 'deny',
        limits: [],
        conditions: [],
        loosening: false,
      },
    ]);
    expect(diff.loosenings).toEqual([
      { subject: 'delete_file', kind: 'tool', message: 'delete_file: approval → allow' },
    ]);
    expect(diff.hasLoosening).toBe(true);
  });

  it('follows a tool reached through a pattern, and the default', () => {
    const tools: Tool[] = [{ name: 'get_and_delete_x' }, { name: 'other' }];
    const before = policy();
    const after = policy({ default: 'allow', tools: { 'get_*': {} } });
    const diff = diffPolicies(before, after, { tools });
    expect(diff.tools.map((c) => [c.subject, c.kind, c.before, c.after, c.loosening])).toEqual([
      ['get_and_delete_x', 'tool', 'deny', 'allow', true],
      ['other', 'tool', 'deny', 'allow', true],
      ['get_*', 'pattern', 'deny', 'allow', true],
      ['default', 'default', 'deny', 'allow', true],
    ]);
    expect(diff.loosenings.at(-1)).toEqual({
      subject: 'default',
      kind: 'default',
      message: 'tools without a rule: deny → allow',
    });
  });

  it('lists rule keys of either policy even without a tool list', () => {
    const diff = diffPolicies(policy({ tools: { gone: {} } }), policy({ tools: { fresh: {} } }));
    expect(diff.tools.map((c) => [c.subject, c.kind, c.before, c.after, c.loosening])).toEqual([
      ['fresh', 'rule', 'deny', 'allow', true],
      ['gone', 'rule', 'allow', 'deny', false],
    ]);
  });

  it.each<[string, Limit[], Limit[], string, boolean]>([
    ['raises max', [limit(30)], [limit(60)], 'loosened', true],
    ['lowers max', [limit(30)], [limit(10)], 'tightened', false],
    ['same rate, longer window', [limit(1, 'second')], [limit(60, 'minute')], 'changed', false],
    ['longer window, same max', [limit(30, 'minute')], [limit(30, 'hour')], 'tightened', false],
    ['seconds equal to a unit', [limit(30, 'minute')], [limit(30, 60)], 'none', false],
  ])('compares limits by rate: %s', (_, old, now, change, loosening) => {
    const before = policy({ tools: { t: { limits: old } } });
    const after = policy({ tools: { t: { limits: now } } });
    const diff = diffPolicies(before, after);
    expect(diff.tools[0]?.limits[0]?.change ?? 'none').toBe(change);
    expect(diff.hasLoosening).toBe(loosening);
  });

  it('says a removed limit is a loosening, an added one is not', () => {
    const limited = policy({ tools: { t: { limits: [limit(30, 'minute', 't_rate')] } } });
    const open = policy({ tools: { t: { require: [{ path: 'args.x', op: 'exists' }] } } });
    const loose = diffPolicies(limited, open);
    expect(loose.tools[0]?.limits).toEqual([
      { counter: 't_rate', change: 'removed', before: limit(30, 'minute', 't_rate'), after: null },
    ]);
    expect(loose.loosenings.map((l) => l.message)).toEqual([
      't: limit 30 per minute (t_rate) removed',
    ]);
    expect(diffPolicies(open, limited).hasLoosening).toBe(true); // the require went
    expect(
      diffPolicies(policy({ tools: { t: {} } }), policy({ tools: { t: { limits: [limit(5)] } } }))
        .hasLoosening,
    ).toBe(false);
  });

  it('words a loosened limit with both rates', () => {
    const diff = diffPolicies(
      policy({ tools: { t: { limits: [limit(30)] } } }),
      policy({ tools: { t: { limits: [{ ...limit(90, 60), scope: 'session' }] } } }),
    );
    expect(diff.loosenings.map((l) => l.message)).toEqual([
      't: limit c loosened from 30 per minute to 90 per 60 s (one minute) per session',
    ]);
  });

  it('reports conditions added and removed; removing one loosens', () => {
    const cond = { path: 'args.path', op: 'regex', value: '^/tmp/' } as const;
    const deny = { path: 'args.force', op: 'eq', value: true } as const;
    const before = policy({ tools: { t: { require: [cond], deny_if: [deny] } } });
    const after = policy({ tools: { t: { require: [{ ...cond }] } } });
    const diff = diffPolicies(before, after);
    expect(diff.tools[0]?.conditions).toEqual([
      { list: 'deny_if', change: 'removed', condition: deny },
    ]);
    expect(diff.loosenings.map((l) => l.message)).toEqual([
      't: deny_if condition args.force eq true removed',
    ]);
    const back = diffPolicies(after, before);
    expect(back.tools[0]?.conditions).toEqual([
      { list: 'deny_if', change: 'added', condition: deny },
    ]);
    expect(back.hasLoosening).toBe(false);
  });

  it('treats a removed hide entry as a loosening, hidden → deny included', () => {
    const tools = [{ name: 'drop_table' }];
    const diff = diffPolicies(policy({ hide: ['drop_table'] }), policy(), { tools });
    expect(diff.hide).toEqual([{ entry: 'drop_table', change: 'removed' }]);
    expect(diff.loosenings.map((l) => l.message)).toEqual([
      'drop_table: hidden → deny',
      'hide entry "drop_table" removed',
    ]);
    expect(diffPolicies(policy(), policy({ hide: '*' }), { tools }).hide).toEqual([
      { entry: '*', change: 'added' },
    ]);
  });

  it('compares all_tools limits', () => {
    const before = policy({ all_tools: { limits: [limit(100, 'minute', 'all')] } });
    const after = policy();
    const diff = diffPolicies(before, after);
    expect(diff.allTools).toEqual([
      { counter: 'all', change: 'removed', before: limit(100, 'minute', 'all'), after: null },
    ]);
    expect(diff.loosenings).toEqual([
      {
        subject: 'all_tools',
        kind: 'all_tools',
        message: 'all_tools limit 100 per minute (all) removed',
      },
    ]);
    expect(diffPolicies(after, before).hasLoosening).toBe(false);
  });

  it('lists the calls whose decision differs', () => {
    const before = policy({ tools: { a: { limits: [limit(1)] }, b: {} } });
    const after = policy({ tools: { a: { limits: [limit(2)] } } });
    const calls = [
      { tool: 'a', at: 0 },
      { tool: 'a', at: 1 },
      { tool: 'b', at: 2 },
      { tool: 'a', at: 3 },
    ];
    const diff = diffPolicies(before, after, { calls });
    expect(
      diff.calls.map((c) => [c.index, c.before.decision, c.after.decision, c.loosening]),
    ).toEqual([
      [1, 'rate_limited', 'allow', true],
      [2, 'allow', 'deny', false],
    ]);
  });

  it('on a bundled server: recommended → everything allowed flags every guarded tool', () => {
    const tools = bundled('kv-database.json');
    const recommended = recommendPolicy(tools);
    const open: Policy = { version: '1', default: 'allow', tools: {} };
    const diff = diffPolicies(recommended, open, { tools });
    const loosened = diff.tools.filter((c) => c.loosening).map((c) => `${c.subject}:${c.before}`);
    expect(loosened).toEqual([
      'create_one:limited',
      'update_one:limited',
      'update_many:limited',
      'replace_one:limited',
      'delete_one:approval',
      'delete_many:approval',
      'create_collection:limited',
      'add_collection_schema:limited',
      'drop_collection:approval',
      'import_data:limited',
      'kv_set:limited',
      'kv_incr:limited',
      'kv_delete:approval',
      'deploy_code:approval',
      'default:deny',
    ]);
    expect(diff.tools.every((c) => c.loosening)).toBe(true);
  });

  it('on a bundled server: one tool set to approval is the only change, and a tightening', () => {
    const tools = bundled('aws-memcached.json');
    const recommended = recommendPolicy(tools);
    const diff = diffPolicies(
      recommended,
      setDecision(recommended, 'cache_get', 'approval').policy,
      {
        tools,
      },
    );
    expect(diff.tools).toEqual([
      {
        subject: 'cache_get',
        kind: 'tool',
        before: 'allow',
        after: 'approval',
        limits: [],
        conditions: [],
        loosening: false,
      },
    ]);
    expect(diff.hasLoosening).toBe(false);
  });
});
