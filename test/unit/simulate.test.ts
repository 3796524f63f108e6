import { describe, expect, it } from 'vitest';
import type { Policy, Rule } from '../../src/core/schema';
import type { Call, Decision } from '../../src/core/simulate/call';
import { simulate } from '../../src/core/simulate/simulate';

/** 2025-01-01T00:00:00Z: a multiple of every unit window. */
const T0 = 1_735_689_600_000;

const deny = (reason: string, rule: string | null, path: string): Decision => ({
  decision: 'deny',
  reason,
  rule,
  path,
});

const base = (tools: Policy['tools'], extra: Partial<Policy> = {}): Policy => ({
  version: '1',
  default: 'deny',
  tools,
  ...extra,
});

const full: Rule = {
  action: 'allow',
  require: [{ path: 'args.amount', op: 'lte', value: 100 }],
  deny_if: [{ path: 'args.force', op: 'eq', value: true }],
  limits: [{ counter: 'pay_rate', window: 'minute', max: 5 }],
};

describe('simulate: one call, each step of the decision order', () => {
  it.each<[string, Policy, Call, Decision]>([
    [
      'hidden by a list entry',
      base({ drop_table: {} }, { hide: ['keep', 'drop_*'] }),
      { tool: 'drop_table', at: T0 },
      deny('Denied: "drop_table" is hidden by hide entry "drop_*"', null, '/hide/1'),
    ],
    [
      'hidden by "*"',
      base({ get_x: {} }, { hide: '*', default: 'allow' }),
      { tool: 'get_x', at: T0 },
      deny('Denied: every tool is hidden (hide is "*")', null, '/hide'),
    ],
    [
      'hidden by an entry "*"',
      base({ get_x: {} }, { hide: ['nope', '*', 'get_x'] }),
      { tool: 'get_x', at: T0 },
      deny('Denied: "get_x" is hidden by hide entry "*"', null, '/hide/1'),
    ],
    [
      'the first matching hide entry is named',
      base({}, { hide: ['*_table', 'drop_*'] }),
      { tool: 'drop_table', at: T0 },
      deny('Denied: "drop_table" is hidden by hide entry "*_table"', null, '/hide/0'),
    ],
    [
      'not hidden by a non-matching entry',
      base({ get_x: {} }, { hide: ['get_y', 'x*'] }),
      { tool: 'get_x', at: T0 },
      { decision: 'allow', reason: 'Allowed by rule "get_x"', rule: 'get_x', path: '/tools/get_x' },
    ],
    [
      'no rule, default deny',
      base({ other: {} }),
      { tool: 'x', at: T0 },
      deny('Denied: no rule for "x" and the default is deny', null, '/default'),
    ],
    [
      'no rule, default allow',
      base({ other: { action: 'deny' } }, { default: 'allow' }),
      { tool: 'x', at: T0 },
      {
        decision: 'allow',
        reason: 'Allowed: no rule for "x" and the default is allow',
        rule: null,
        path: '/default',
      },
    ],
    [
      'action deny with its reason',
      base({ cache_set: { action: 'deny', reason: 'Writes poison shared cache entries' } }),
      { tool: 'cache_set', at: T0 },
      deny(
        'Denied by rule "cache_set": Writes poison shared cache entries',
        'cache_set',
        '/tools/cache_set/action',
      ),
    ],
    [
      'action deny, reason on one line',
      base({ x: { action: 'deny', reason: 'Line one\n  line two' } }),
      { tool: 'x', at: T0 },
      deny('Denied by rule "x": Line one line two', 'x', '/tools/x/action'),
    ],
    [
      'action deny without a reason',
      base({ x: { action: 'deny' } }),
      { tool: 'x', at: T0 },
      deny('Denied: rule "x" has action deny', 'x', '/tools/x/action'),
    ],
    [
      'action deny comes before require',
      base({ x: { ...full, action: 'deny' } }),
      { tool: 'x', args: { amount: 500 }, at: T0 },
      deny('Denied: rule "x" has action deny', 'x', '/tools/x/action'),
    ],
    [
      'the first false require',
      base({
        pay: {
          require: [
            { path: 'args.currency', op: 'eq', value: 'EUR' },
            { path: 'args.amount', op: 'lte', value: 100 },
            { path: 'args.to', op: 'exists' },
          ],
        },
      }),
      { tool: 'pay', args: { currency: 'EUR', amount: 250 }, at: T0 },
      deny(
        'Denied: require args.amount lte 100 is false (args.amount is 250)',
        'pay',
        '/tools/pay/require/1',
      ),
    ],
    [
      'a require on a missing path',
      base({ pay: { require: [{ path: 'args.amount', op: 'lte', value: 100 }] } }),
      { tool: 'pay', at: T0 },
      deny(
        'Denied: require args.amount lte 100 is false (args.amount is missing)',
        'pay',
        '/tools/pay/require/0',
      ),
    ],
    [
      'require comes before deny_if',
      base({ x: full }),
      { tool: 'x', args: { amount: 101, force: true }, at: T0 },
      deny(
        'Denied: require args.amount lte 100 is false (args.amount is 101)',
        'x',
        '/tools/x/require/0',
      ),
    ],
    [
      'the first true deny_if',
      base({
        x: {
          deny_if: [
            { path: 'args.env', op: 'eq', value: 'prod' },
            { path: 'args.force', op: 'eq', value: true },
            { path: 'args.force', op: 'exists' },
          ],
        },
      }),
      { tool: 'x', args: { env: 'dev', force: true }, at: T0 },
      deny(
        'Denied: deny_if args.force eq true holds (args.force is true)',
        'x',
        '/tools/x/deny_if/1',
      ),
    ],
    [
      'a deny_if on an object value',
      base({ x: { deny_if: [{ path: 'args.o', op: 'contains', value: { a: [1, 2] } }] } }),
      { tool: 'x', args: { o: [{ a: [1, 2] }] }, at: T0 },
      deny(
        'Denied: deny_if args.o contains {"a":[1,2]} holds (args.o is [{"a":[1,2]}])',
        'x',
        '/tools/x/deny_if/0',
      ),
    ],
    [
      'all conditions pass, limits have room: allowed by the rule',
      base({ x: full }),
      { tool: 'x', args: { amount: 100, force: false }, at: T0 },
      { decision: 'allow', reason: 'Allowed by rule "x"', rule: 'x', path: '/tools/x' },
    ],
    [
      'approval',
      base({ x: { ...full, action: 'approval' } }),
      { tool: 'x', args: { amount: 1 }, at: T0 },
      {
        decision: 'approval',
        reason: 'Approval needed: rule "x" has action approval',
        rule: 'x',
        path: '/tools/x/action',
      },
    ],
    [
      'approval still checks conditions first',
      base({ x: { ...full, action: 'approval' } }),
      { tool: 'x', args: { amount: 1, force: true }, at: T0 },
      deny(
        'Denied: deny_if args.force eq true holds (args.force is true)',
        'x',
        '/tools/x/deny_if/0',
      ),
    ],
    [
      'a rule {} under default deny allows',
      base({ get_x: {} }),
      { tool: 'get_x', at: T0 },
      { decision: 'allow', reason: 'Allowed by rule "get_x"', rule: 'get_x', path: '/tools/get_x' },
    ],
    [
      'a pattern rule',
      base({ 'get_*': {} }),
      { tool: 'get_x', at: T0 },
      { decision: 'allow', reason: 'Allowed by rule "get_*"', rule: 'get_*', path: '/tools/get_*' },
    ],
    [
      'pointer escapes ~ and /',
      base({ 'a/b~c': { action: 'approval' } }),
      { tool: 'a/b~c', at: T0 },
      {
        decision: 'approval',
        reason: 'Approval needed: rule "a/b~c" has action approval',
        rule: 'a/b~c',
        path: '/tools/a~1b~0c/action',
      },
    ],
    [
      'a tool name with quotes and a newline stays one line',
      base({}),
      { tool: 'say "hi"\nnow', at: T0 },
      deny('Denied: no rule for "say \\"hi\\"\\nnow" and the default is deny', null, '/default'),
    ],
  ])('%s', (_name, policy, call, expected) => {
    expect(simulate(policy, [call])).toEqual([expected]);
  });

  it('has retryAfterMs on no decision but rate_limited', () => {
    const policy = base({ x: full, d: { action: 'deny' } }, { default: 'allow' });
    const decisions = simulate(policy, [
      { tool: 'x', args: { amount: 1 }, at: T0 },
      { tool: 'x', args: { amount: 500 }, at: T0 },
      { tool: 'd', at: T0 },
      { tool: 'other', at: T0 },
    ]);
    expect(decisions.map((d) => Object.hasOwn(d, 'retryAfterMs'))).toEqual([
      false,
      false,
      false,
      false,
    ]);
  });

  it('checks conditions before limits: a denied call does not count', () => {
    const policy = base({
      x: {
        deny_if: [{ path: 'args.bad', op: 'exists' }],
        limits: [{ counter: 'x_rate', window: 'minute', max: 1 }],
      },
    });
    const decisions = simulate(policy, [
      { tool: 'x', args: { bad: 1 }, at: T0 },
      { tool: 'x', at: T0 + 1 },
      { tool: 'x', args: { bad: 1 }, at: T0 + 2 },
      { tool: 'x', at: T0 + 3 },
    ]);
    expect(decisions.map((d) => d.decision)).toEqual(['deny', 'allow', 'deny', 'rate_limited']);
  });

  it('gives an empty list of calls an empty list of decisions', () => {
    expect(simulate(base({}), [])).toEqual([]);
  });
});

describe('simulate: which rule a tool gets', () => {
  it.each<[string, string[], string, string | null]>([
    ['exact beats a more specific pattern', ['get_image_*', 'get_image'], 'get_image', 'get_image'],
    ['exact beats "*"', ['*', 'x'], 'x', 'x'],
    [
      'most non-* characters wins',
      ['get_*', 'get_image_*', '*_set'],
      'get_image_set',
      'get_image_*',
    ],
    ['most non-* characters wins, later in document', ['*', 'a*', 'ab*'], 'abc', 'ab*'],
    ['stars do not count', ['a**********', 'ab*'], 'abc', 'ab*'],
    ['a tie goes to the first in the document', ['get_*', '*_set'], 'get_set', 'get_*'],
    ['a tie goes to the first in the document, reversed', ['*_set', 'get_*'], 'get_set', '*_set'],
    ['"*" matches anything', ['a*', '*'], 'zzz', '*'],
    ['"*" matches the empty middle', ['get*set'], 'getset', 'get*set'],
    ['a pattern must match the whole name', ['get'], 'get_x', null],
    ['a pattern must match the whole name, suffix', ['*_set'], 'cache_set_x', null],
    ['middle parts in order', ['a*b*c'], 'acb', null],
    ['middle parts may overlap the ends only once', ['ab*ba'], 'aba', null],
    ['regex characters are literal', ['a.c*'], 'abc', null],
    ['regex characters are literal, match', ['a.c*'], 'a.cd', 'a.c*'],
    ['case-sensitive', ['Get*'], 'get_x', null],
  ])('%s', (_name, keys, tool, expected) => {
    const tools = Object.fromEntries(keys.map((k) => [k, {}]));
    const [decision] = simulate(base(tools), [{ tool, at: T0 }]);
    expect(decision?.rule).toBe(expected);
  });
});

describe('simulate: Object.prototype names are ordinary tool names', () => {
  const tools: Policy['tools'] = Object.fromEntries([
    ['__proto__', { action: 'deny', reason: 'no' }],
    ['constructor', { action: 'approval' }],
  ]);

  it.each<[string, Policy, string, Decision]>([
    [
      '__proto__ rule',
      base(tools),
      '__proto__',
      deny('Denied by rule "__proto__": no', '__proto__', '/tools/__proto__/action'),
    ],
    [
      'constructor rule',
      base(tools),
      'constructor',
      {
        decision: 'approval',
        reason: 'Approval needed: rule "constructor" has action approval',
        rule: 'constructor',
        path: '/tools/constructor/action',
      },
    ],
    [
      'toString has no rule',
      base(tools),
      'toString',
      deny('Denied: no rule for "toString" and the default is deny', null, '/default'),
    ],
    [
      'hasOwnProperty has no rule',
      base(tools),
      'hasOwnProperty',
      deny('Denied: no rule for "hasOwnProperty" and the default is deny', null, '/default'),
    ],
    [
      '__proto__ without rules',
      base({}),
      '__proto__',
      deny('Denied: no rule for "__proto__" and the default is deny', null, '/default'),
    ],
    [
      'toString under default allow',
      base({}, { default: 'allow' }),
      'toString',
      {
        decision: 'allow',
        reason: 'Allowed: no rule for "toString" and the default is allow',
        rule: null,
        path: '/default',
      },
    ],
    [
      'hidden __proto__',
      base(tools, { hide: ['__proto__'] }),
      '__proto__',
      deny('Denied: "__proto__" is hidden by hide entry "__proto__"', null, '/hide/0'),
    ],
    [
      'a pattern for valueOf',
      base({ 'value*': {} }),
      'valueOf',
      {
        decision: 'allow',
        reason: 'Allowed by rule "value*"',
        rule: 'value*',
        path: '/tools/value*',
      },
    ],
  ])('%s', (_name, policy, tool, expected) => {
    expect(
      simulate(policy, [
        { tool, at: T0 },
        { tool, at: T0 },
      ]),
    ).toEqual([expected, expected]);
  });

  it('counts a counter, grant and session named like Object.prototype members', () => {
    const policy = base(
      Object.fromEntries([
        [
          '__proto__',
          { limits: [{ counter: '__proto__', window: 'minute', max: 1, scope: 'grant' }] },
        ],
        [
          'toString',
          { limits: [{ counter: 'constructor', window: 'minute', max: 1, scope: 'session' }] },
        ],
      ]) as Policy['tools'],
    );
    const decisions = simulate(policy, [
      { tool: '__proto__', at: T0, grant: '__proto__' },
      { tool: '__proto__', at: T0, grant: 'constructor' },
      { tool: '__proto__', at: T0, grant: '__proto__' },
      { tool: 'toString', at: T0, session: 'hasOwnProperty' },
      { tool: 'toString', at: T0, session: 'hasOwnProperty' },
    ]);
    expect(decisions.map((d) => d.decision)).toEqual([
      'allow',
      'allow',
      'rate_limited',
      'allow',
      'rate_limited',
    ]);
    expect(decisions[2]?.reason).toBe(
      'Rate-limited: counter "__proto__" is full (1/1 per minute, grant "__proto__"); retry in 1 min',
    );
    expect(decisions[4]?.reason).toBe(
      'Rate-limited: counter "constructor" is full (1/1 per minute, session "hasOwnProperty"); retry in 1 min',
    );
  });
});
