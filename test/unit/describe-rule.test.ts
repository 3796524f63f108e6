import { describe, expect, it } from 'vitest';
import {
  conditionWords,
  describeToolDecision,
  exampleArgs,
  type Condition,
  type Policy,
} from '../../src/core';

const base: Policy = { version: '1', default: 'deny', tools: {} };

describe('describeToolDecision', () => {
  it.each<[string, Policy, string, string[]]>([
    [
      'no rule, default deny',
      base,
      'cache_get',
      ['No rule: follows the default (deny), so every call is denied.'],
    ],
    [
      'no rule, default allow, with a limit for all tools',
      {
        ...base,
        default: 'allow',
        all_tools: { limits: [{ counter: 'all', window: 'hour', max: 500, scope: 'global' }] },
      },
      'cache_get',
      [
        'No rule: follows the default (allow), so calls are allowed.',
        'At most 500 calls per hour for all callers together across all tools (counter all).',
      ],
    ],
    ['an empty rule', { ...base, tools: { cache_get: {} } }, 'cache_get', ['Calls are allowed.']],
    [
      'approval with a limit and a deny_if',
      {
        ...base,
        tools: {
          write_file: {
            action: 'approval',
            deny_if: [{ path: 'args.path', op: 'regex', value: '^\\/etc' }],
            limits: [{ counter: 'write_rate', window: 'minute', max: 10, scope: 'grant' }],
          },
        },
      },
      'write_file',
      [
        'Calls wait for approval.',
        'Denied when path starts with "/etc".',
        'At most 10 calls per minute per grant (counter write_rate).',
      ],
    ],
    [
      'require before deny_if, all_tools limits before the rule’s, windows in words',
      {
        ...base,
        all_tools: { limits: [{ counter: 'all', window: 90, max: 1 }] },
        tools: {
          pay: {
            require: [{ path: 'args.currency', op: 'in', value: ['EUR', 'USD'] }],
            deny_if: [{ path: 'args.amount', op: 'gt', value: 1000 }],
            limits: [{ counter: 'pay_rate', window: 86400, max: 3, scope: 'session' }],
          },
        },
      },
      'pay',
      [
        'Calls are allowed.',
        'Denied unless currency is one of "EUR", "USD".',
        'Denied when amount is greater than 1000.',
        'At most 1 call per 90 s per grant across all tools (counter all).',
        'At most 3 calls per day per session (counter pay_rate).',
      ],
    ],
    [
      'a pattern rule, named',
      {
        ...base,
        tools: {
          'cache_*': { action: 'approval' },
          'cache_get*': { limits: [{ counter: 'get', window: 'second', max: 5 }] },
        },
      },
      'cache_get_many',
      [
        'Follows the pattern rule "cache_get*": calls are allowed.',
        'At most 5 calls per second per grant (counter get).',
      ],
    ],
    [
      'a deny rule with its reason, limits never reached',
      {
        ...base,
        tools: {
          cache_flush: {
            action: 'deny',
            reason: 'Empties the cache',
            limits: [{ counter: 'f', window: 'minute', max: 1 }],
          },
        },
      },
      'cache_flush',
      ['Every call is denied, with the reason "Empties the cache".'],
    ],
    [
      'a deny pattern rule',
      { ...base, tools: { 'drop_*': { action: 'deny' } } },
      'drop_table',
      ['Follows the pattern rule "drop_*": every call is denied.'],
    ],
    [
      'hidden by an entry, over its own rule',
      { ...base, hide: ['drop_*'], tools: { drop_table: {} } },
      'drop_table',
      ['Hidden (the hide entry "drop_*"): agents do not see it, and every call is denied.'],
    ],
    [
      'hidden by "*"',
      { ...base, hide: '*' },
      'cache_get',
      ['Hidden (hide is "*"): agents do not see it, and every call is denied.'],
    ],
    [
      'a rule named like an Object.prototype member',
      { ...base, tools: Object.fromEntries([['constructor', { action: 'approval' as const }]]) },
      'toString',
      ['No rule: follows the default (deny), so every call is denied.'],
    ],
  ])('%s', (_name, policy, tool, expected) => {
    expect(describeToolDecision(policy, tool)).toEqual(expected);
  });
});

describe('conditionWords', () => {
  it.each<[Condition, string]>([
    [{ path: 'args.key', op: 'eq', value: 'a' }, 'key equals "a"'],
    [{ path: 'args.key', op: 'neq', value: 3 }, 'key does not equal 3'],
    [{ path: 'args.mode', op: 'not_in', value: ['rw', null] }, 'mode is not one of "rw", null'],
    [{ path: 'args.n', op: 'lt', value: 1 }, 'n is less than 1'],
    [{ path: 'args.n', op: 'lte', value: 1 }, 'n is at most 1'],
    [{ path: 'args.n', op: 'gte', value: 1 }, 'n is at least 1'],
    [{ path: 'args.tags', op: 'contains', value: 'prod' }, 'tags contains "prod"'],
    [{ path: 'args.options.force', op: 'exists' }, 'options.force is present'],
    [{ path: 'args.force', op: 'exists', value: false }, 'force is missing'],
    [{ path: 'args.file', op: 'regex', value: '\\.pem$' }, 'file ends with ".pem"'],
    [{ path: 'args.env', op: 'regex', value: '^prod$' }, 'env is exactly "prod"'],
    [{ path: 'args.id', op: 'regex', value: '^\\d+$' }, 'id matches regex ^\\d+$'],
    [{ path: 'args.host', op: 'regex', value: '^a.b' }, 'host matches regex ^a.b'],
    [{ path: 'args.v', op: 'regex', value: 'x' }, 'v matches regex x'],
    [{ path: 'args.v', op: 'regex', value: '^' }, 'v matches regex ^'],
    [{ path: 'args.body', op: 'eq', value: 'x'.repeat(80) }, `body equals "${'x'.repeat(58)}…`],
  ])('%j reads as %s', (condition, expected) => {
    expect(conditionWords(condition)).toBe(expected);
  });
});

describe('exampleArgs', () => {
  const rule = (r: Policy['tools'][string]): Policy => ({ ...base, tools: { t: r } });
  it.each<[string, Policy, Record<string, unknown>]>([
    ['no rule', base, {}],
    ['a rule without conditions', rule({ action: 'approval' }), {}],
    [
      'requires met, the first deny_if holding',
      rule({
        require: [
          { path: 'args.currency', op: 'in', value: ['EUR', 'USD'] },
          { path: 'args.options.dry', op: 'exists' },
        ],
        deny_if: [
          { path: 'args.path', op: 'regex', value: '^\\/etc' },
          { path: 'args.amount', op: 'gt', value: 10 },
        ],
      }),
      { currency: 'EUR', options: { dry: true }, path: '/etc' },
    ],
    [
      'numbers and contains',
      rule({
        require: [{ path: 'args.n', op: 'lt', value: 5 }],
        deny_if: [{ path: 'args.tags', op: 'contains', value: 'prod' }],
      }),
      { n: 4, tags: 'prod' },
    ],
    [
      'a regex that is more than text',
      rule({ deny_if: [{ path: 'args.id', op: 'regex', value: '^\\d+$' }] }),
      {},
    ],
    ['an array path', rule({ require: [{ path: 'args.items.0', op: 'eq', value: 1 }] }), {}],
    [
      'conditions that contradict each other',
      rule({
        require: [{ path: 'args.a', op: 'eq', value: 1 }],
        deny_if: [{ path: 'args.a', op: 'eq', value: 2 }],
      }),
      {},
    ],
    [
      'a deny rule',
      rule({ action: 'deny', require: [{ path: 'args.a', op: 'eq', value: 1 }] }),
      {},
    ],
  ])('%s', (_name, policy, expected) => {
    expect(exampleArgs(policy, 't')).toEqual(expected);
  });
});

describe('exampleArgs over the tool’s input schema', () => {
  const schema = {
    type: 'object',
    properties: { key: { type: 'string' }, path: { type: 'string' }, ttl: { type: 'integer' } },
    required: ['key', 'path'],
  };

  it('keeps the required arguments and puts the conditions’ values over them', () => {
    const policy: Policy = {
      ...base,
      tools: { t: { deny_if: [{ path: 'args.path', op: 'regex', value: '^\\/etc' }] } },
    };
    const args = exampleArgs(policy, 't', schema);
    expect(Object.keys(args)).toEqual(['key', 'path']);
    expect(args.path).toBe('/etc');
    expect(args.key).toMatch(/^sample-\d+$/);
  });

  it('gives the sample alone when the conditions are not simple', () => {
    const policy: Policy = {
      ...base,
      tools: { t: { require: [{ path: 'args.items.0', op: 'eq', value: 1 }] } },
    };
    expect(Object.keys(exampleArgs(policy, 't', schema))).toEqual(['key', 'path']);
  });
});
