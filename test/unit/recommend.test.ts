import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { policySchema } from '../../src/core/schema';
import type { Policy } from '../../src/core/schema';
import { recommendPolicy } from '../../src/core/tools/recommend';
import type { Tool } from '../../src/core/tools/tool';
import { WORDS } from '../../src/core/tools/words';

function counters(policy: Policy): string[] {
  return Object.values(policy.tools).flatMap((rule) => (rule.limits ?? []).map((l) => l.counter));
}

describe('recommendPolicy', () => {
  it('gives the seeds their recommended rule, exactly', () => {
    expect(recommendPolicy([{ name: 'cache_set' }])).toEqual({
      version: '1',
      default: 'deny',
      tools: {
        cache_set: {
          limits: [{ counter: 'cache_set_rate', window: 'minute', max: 30, scope: 'grant' }],
        },
      },
    });
  });

  it('recommends a rule per category, in list order', () => {
    const tools: Tool[] = [
      { name: 'transfer_funds' },
      { name: 'get_image_set' },
      { name: 'kv_set' },
      { name: 'run_query' },
      { name: 'lookup', description: 'Deletes a key' },
      { name: 'list_*' },
      { name: 'hello' },
    ];
    const policy = recommendPolicy(tools);
    expect(policy).toEqual({
      version: '1',
      default: 'deny',
      tools: {
        transfer_funds: {
          action: 'approval',
          limits: [{ counter: 'transfer_funds_rate', window: 'minute', max: 10, scope: 'grant' }],
        },
        get_image_set: {},
        kv_set: { limits: [{ counter: 'kv_set_rate', window: 'minute', max: 30, scope: 'grant' }] },
        run_query: {
          action: 'approval',
          limits: [{ counter: 'run_query_rate', window: 'minute', max: 30, scope: 'grant' }],
        },
        lookup: {
          action: 'approval',
          limits: [{ counter: 'lookup_rate', window: 'minute', max: 30, scope: 'grant' }],
        },
        hello: { limits: [{ counter: 'hello_rate', window: 'minute', max: 30, scope: 'grant' }] },
      },
    });
    expect(Object.keys(policy.tools)).toEqual([
      'transfer_funds',
      'get_image_set',
      'kv_set',
      'run_query',
      'lookup',
      'hello',
    ]);
  });

  it.each([
    [
      ['a b', 'a_b', 'a-b'],
      ['a_b_rate', 'a_b_rate_2', 'a-b_rate'],
    ],
    [
      ['x*', 'x y', 'x_y', 'x.y', 'x!y'],
      ['x_y_rate', 'x_y_rate_2', 'x.y_rate', 'x_y_rate_3'],
    ],
    [
      ['a\u00e9', 'a_', 'a\u00e8'],
      ['a__rate', 'a__rate_2', 'a__rate_3'],
    ],
  ])('keeps counter names distinct: %j → %j', (names, expected) => {
    expect(counters(recommendPolicy(names.map((name) => ({ name }))))).toEqual(expected);
  });

  it('cuts long names so the counter stays valid and distinct', () => {
    const long = 'set_' + 'x'.repeat(124);
    const policy = recommendPolicy([{ name: long }, { name: long.slice(0, -1) + 'y' }]);
    const names = counters(policy);
    expect(names).toEqual(['set_' + 'x'.repeat(119) + '_rate', 'set_' + 'x'.repeat(119) + '_ra_2']);
    expect(policySchema.safeParse(policy).success).toBe(true);
  });

  it('gives no rule to a name with *, nor to a repeated name', () => {
    const policy = recommendPolicy([
      { name: 'get_*' },
      { name: '*' },
      { name: 'get_a' },
      { name: 'get_a', annotations: { readOnlyHint: false } },
    ]);
    expect(policy.tools).toEqual({ get_a: {} });
  });

  it('takes __proto__ and constructor as ordinary tool names', () => {
    const policy = recommendPolicy([{ name: '__proto__' }, { name: 'constructor' }]);
    expect(Object.getPrototypeOf(policy.tools)).toBe(Object.prototype);
    expect(Object.keys(policy.tools)).toEqual(['__proto__', 'constructor']);
    expect(Object.getOwnPropertyDescriptor(policy.tools, '__proto__')?.value).toEqual({
      limits: [{ counter: '__proto___rate', window: 'minute', max: 30, scope: 'grant' }],
    });
    expect(policySchema.safeParse(policy).success).toBe(true);
  });

  it('always validates, with pairwise distinct counters', () => {
    const word = fc.constantFrom(...Object.values(WORDS).flat(), 'a', 'A', '*', ' ', '_', '.', 'é');
    const name = fc.oneof(
      fc.string({ minLength: 0, maxLength: 140 }),
      fc.array(word, { maxLength: 6 }).map((w) => w.join('')),
      fc.constantFrom('__proto__', 'constructor', 'toString', 'x'.repeat(128)),
    );
    const tool = fc.record(
      {
        name,
        description: fc.string(),
        annotations: fc.record(
          { readOnlyHint: fc.boolean(), destructiveHint: fc.boolean() },
          { requiredKeys: [] },
        ),
      },
      { requiredKeys: ['name'] },
    );
    fc.assert(
      fc.property(fc.array(tool, { maxLength: 20 }), (tools) => {
        const policy = recommendPolicy(tools);
        expect(policySchema.safeParse(policy).success).toBe(true);
        const names = counters(policy);
        expect(new Set(names).size).toBe(names.length);
      }),
      { numRuns: 1000 },
    );
  });
});
