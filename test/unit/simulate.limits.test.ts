import { describe, expect, it } from 'vitest';
import type { Limit, Policy, Window } from '../../src/core/schema';
import type { Call, Decision } from '../../src/core/simulate/call';
import { showDuration } from '../../src/core/simulate/reasons';
import { simulate, simulateDetailed } from '../../src/core/simulate/simulate';
import { SEED_POLICY } from '../fixtures/seedPolicy';

/** 2025-01-01T00:00:00Z. */
const T0 = 1_735_689_600_000;
const MINUTE = 60_000;

const kinds = (decisions: readonly Decision[]): string[] => decisions.map((d) => d.decision);

const policyOf = (tools: Policy['tools'], extra: Partial<Policy> = {}): Policy => ({
  version: '1',
  default: 'deny',
  tools,
  ...extra,
});

describe('simulate: the seed policy in a loop', () => {
  const seed: Policy = SEED_POLICY;
  const loop: Call[] = Array.from({ length: 40 }, (_, i) => ({
    tool: 'cache_set',
    args: { key: `k${i}`, value: 'v' },
    at: T0 + i * 1000,
  }));

  it('allows 30 calls a minute, then rate-limits until the next minute', () => {
    const decisions = simulate(seed, [
      ...loop,
      { tool: 'cache_set', at: T0 + MINUTE },
      { tool: 'cache_get', at: T0 + MINUTE },
    ]);
    const allowed: Decision = {
      decision: 'allow',
      reason: 'Allowed by rule "cache_set"',
      rule: 'cache_set',
      path: '/tools/cache_set',
    };
    const limited = (retryAfterMs: number, retry: string): Decision => ({
      decision: 'rate_limited',
      reason: `Rate-limited: counter "cache_set_rate" is full (30/30 per minute, grant "default"); retry in ${retry}`,
      rule: 'cache_set',
      path: '/tools/cache_set/limits/0',
      retryAfterMs,
    });
    expect(decisions).toEqual([
      ...Array.from({ length: 30 }, () => allowed),
      limited(30_000, '30.0 s'),
      limited(29_000, '29.0 s'),
      limited(28_000, '28.0 s'),
      limited(27_000, '27.0 s'),
      limited(26_000, '26.0 s'),
      limited(25_000, '25.0 s'),
      limited(24_000, '24.0 s'),
      limited(23_000, '23.0 s'),
      limited(22_000, '22.0 s'),
      limited(21_000, '21.0 s'),
      allowed,
      {
        decision: 'deny',
        reason: 'Denied: no rule for "cache_get" and the default is deny',
        rule: null,
        path: '/default',
      },
    ]);
  });

  it('keeps a second grant apart', () => {
    const decisions = simulate(seed, [...loop, { tool: 'cache_set', at: T0 + 45_000, grant: 'b' }]);
    expect(decisions.at(-1)?.decision).toBe('allow');
  });

  it('reports the counters after each call in simulateDetailed', () => {
    const calls = [loop[0]!, loop[1]!, ...loop.slice(2, 31), { tool: 'other', at: T0 }];
    const { decisions, counters } = simulateDetailed(seed, calls);
    expect(decisions).toEqual(simulate(seed, calls));
    const use = (count: number) => [
      {
        counter: 'cache_set_rate',
        scope: 'grant',
        scopeKey: 'default',
        windowStart: T0,
        windowEnd: T0 + MINUTE,
        count,
        max: 30,
        path: '/tools/cache_set/limits/0',
      },
    ];
    expect(counters[0]).toEqual(use(1));
    expect(counters[1]).toEqual(use(2));
    expect(counters[29]).toEqual(use(30));
    expect(counters[30]).toEqual(use(30));
    expect(counters[31]).toEqual([]);
    expect(counters).toHaveLength(calls.length);
  });
});

describe('simulate: windows are fixed and aligned to the Unix epoch', () => {
  // start: a window start (a multiple of the window since the epoch) near 2025.
  it.each<[Window, number, number]>([
    ['second', 1_000, 1_735_689_601_000],
    ['minute', 60_000, 1_735_689_660_000],
    ['hour', 3_600_000, 1_735_693_200_000],
    ['day', 86_400_000, 1_741_564_800_000], // 2025-03-10T00:00:00Z
    [1, 1_000, 1_735_689_601_000],
    [7, 7_000, 1_735_689_606_000],
    [60, 60_000, 1_735_689_660_000],
    [90, 90_000, 1_735_689_690_000],
    [86_400, 86_400_000, 1_735_776_000_000], // 2025-01-02T00:00:00Z
    [2_592_000, 2_592_000_000, 1_736_640_000_000],
  ])('window %j (%i ms) starts at %i', (window, ms, start) => {
    const policy = policyOf({ t: { limits: [{ counter: 'c', window, max: 1 }] } });
    const calls: Call[] = [
      { tool: 't', at: start - 1 },
      { tool: 't', at: start },
      { tool: 't', at: start + ms - 1 },
      { tool: 't', at: start + ms },
      { tool: 't', at: start - 1 },
      { tool: 't', at: start - ms },
    ];
    const decisions = simulate(policy, calls);
    expect(kinds(decisions)).toEqual([
      'allow',
      'allow',
      'rate_limited',
      'allow',
      'rate_limited',
      'rate_limited',
    ]);
    expect(decisions.map((d) => d.retryAfterMs)).toEqual([
      undefined,
      undefined,
      1,
      undefined,
      1,
      ms,
    ]);
    const { counters } = simulateDetailed(policy, calls);
    expect(counters.map((uses) => uses[0]?.windowStart)).toEqual([
      start - ms,
      start,
      start,
      start + ms,
      start - ms,
      start - ms,
    ]);
  });

  it('treats "minute" and 60 as the same counter window', () => {
    const policy = policyOf({
      a: { limits: [{ counter: 'shared', window: 'minute', max: 2 }] },
      b: { limits: [{ counter: 'shared', window: 60, max: 2 }] },
    });
    const decisions = simulate(policy, [
      { tool: 'a', at: T0 },
      { tool: 'b', at: T0 + 1 },
      { tool: 'a', at: T0 + 2 },
    ]);
    expect(kinds(decisions)).toEqual(['allow', 'allow', 'rate_limited']);
  });
});

describe('simulate: counters', () => {
  const limit = (counter: string, max: number, extra: Partial<Limit> = {}): Limit => ({
    counter,
    window: 'minute',
    max,
    ...extra,
  });

  it.each<[string, Policy, Call[], string[]]>([
    [
      'one counter shared by two tools',
      policyOf({ a: { limits: [limit('shared', 2)] }, b: { limits: [limit('shared', 2)] } }),
      [
        { tool: 'a', at: T0 },
        { tool: 'b', at: T0 },
        { tool: 'a', at: T0 },
        { tool: 'b', at: T0 },
      ],
      ['allow', 'allow', 'rate_limited', 'rate_limited'],
    ],
    [
      'all_tools and a rule naming one counter: counted once per call',
      policyOf({ a: { limits: [limit('x', 3)] } }, { all_tools: { limits: [limit('x', 3)] } }),
      [
        { tool: 'a', at: T0 },
        { tool: 'a', at: T0 },
        { tool: 'a', at: T0 },
        { tool: 'a', at: T0 },
      ],
      ['allow', 'allow', 'allow', 'rate_limited'],
    ],
    [
      'one counter listed twice in a rule: counted once per call',
      policyOf({ a: { limits: [limit('x', 2), limit('x', 2)] } }),
      [
        { tool: 'a', at: T0 },
        { tool: 'a', at: T0 },
        { tool: 'a', at: T0 },
      ],
      ['allow', 'allow', 'rate_limited'],
    ],
    [
      'a shared counter with a different max per use',
      policyOf(
        { a: { limits: [limit('x', 2)] }, b: {} },
        { all_tools: { limits: [limit('x', 4)] } },
      ),
      [
        { tool: 'a', at: T0 },
        { tool: 'a', at: T0 },
        { tool: 'a', at: T0 },
        { tool: 'b', at: T0 },
        { tool: 'b', at: T0 },
        { tool: 'b', at: T0 },
      ],
      ['allow', 'allow', 'rate_limited', 'allow', 'allow', 'rate_limited'],
    ],
    [
      'all or none: a call refused by one full counter does not count in the others',
      policyOf(
        { a: { limits: [limit('a_only', 1)] }, b: {} },
        { all_tools: { limits: [limit('all', 2, { scope: 'global' })] } },
      ),
      [
        { tool: 'a', at: T0 },
        { tool: 'a', at: T0 },
        { tool: 'a', at: T0 },
        { tool: 'b', at: T0 },
        { tool: 'b', at: T0 },
      ],
      ['allow', 'rate_limited', 'rate_limited', 'allow', 'rate_limited'],
    ],
    [
      'scope grant: per grant, an omitted grant is "default"',
      policyOf({ a: { limits: [limit('x', 1, { scope: 'grant' })] } }),
      [
        { tool: 'a', at: T0, grant: 'g1', session: 's1' },
        { tool: 'a', at: T0, grant: 'g2', session: 's1' },
        { tool: 'a', at: T0, grant: 'g1', session: 's2' },
        { tool: 'a', at: T0 },
        { tool: 'a', at: T0, grant: 'default' },
      ],
      ['allow', 'allow', 'rate_limited', 'allow', 'rate_limited'],
    ],
    [
      'an omitted scope is grant',
      policyOf({ a: { limits: [limit('x', 1)] } }),
      [
        { tool: 'a', at: T0, grant: 'g1', session: 's1' },
        { tool: 'a', at: T0, grant: 'g2', session: 's1' },
        { tool: 'a', at: T0, grant: 'g1', session: 's2' },
      ],
      ['allow', 'allow', 'rate_limited'],
    ],
    [
      'scope session: per session, an omitted session is "default"',
      policyOf({ a: { limits: [limit('x', 1, { scope: 'session' })] } }),
      [
        { tool: 'a', at: T0, grant: 'g1', session: 's1' },
        { tool: 'a', at: T0, grant: 'g1', session: 's2' },
        { tool: 'a', at: T0, grant: 'g2', session: 's1' },
        { tool: 'a', at: T0, grant: 'g1' },
        { tool: 'a', at: T0, grant: 'g2', session: 'default' },
      ],
      ['allow', 'allow', 'rate_limited', 'allow', 'rate_limited'],
    ],
    [
      'scope global: one count for everyone',
      policyOf({ a: { limits: [limit('x', 2, { scope: 'global' })] } }),
      [
        { tool: 'a', at: T0, grant: 'g1', session: 's1' },
        { tool: 'a', at: T0, grant: 'g2', session: 's2' },
        { tool: 'a', at: T0, grant: 'g3', session: 's3' },
      ],
      ['allow', 'allow', 'rate_limited'],
    ],
    [
      'a grant id equal to a session id does not share a count',
      policyOf({
        a: { limits: [limit('g', 1, { scope: 'grant' })] },
        b: { limits: [limit('s', 1, { scope: 'session' })] },
      }),
      [
        { tool: 'a', at: T0, grant: 'same', session: 'same' },
        { tool: 'b', at: T0, grant: 'same', session: 'same' },
      ],
      ['allow', 'allow'],
    ],
    [
      'out-of-order calls land in their own window',
      policyOf({ a: { limits: [limit('x', 1)] } }),
      [
        { tool: 'a', at: T0 + 2 * MINUTE + 5 },
        { tool: 'a', at: T0 + MINUTE + 5 },
        { tool: 'a', at: T0 + 2 * MINUTE + 59_000 },
        { tool: 'a', at: T0 + MINUTE },
        { tool: 'a', at: T0 + 5 },
        { tool: 'a', at: T0 + 3 * MINUTE },
      ],
      ['allow', 'allow', 'rate_limited', 'rate_limited', 'allow', 'allow'],
    ],
    [
      'a call at a negative time',
      policyOf({ a: { limits: [limit('x', 1)] } }),
      [
        { tool: 'a', at: -1 },
        { tool: 'a', at: -MINUTE },
        { tool: 'a', at: 0 },
      ],
      ['allow', 'rate_limited', 'allow'],
    ],
    [
      'default allow still passes all_tools limits',
      policyOf({}, { default: 'allow', all_tools: { limits: [limit('all', 1)] } }),
      [
        { tool: 'x', at: T0 },
        { tool: 'y', at: T0 },
      ],
      ['allow', 'rate_limited'],
    ],
    [
      'approval is counted',
      policyOf({ a: { action: 'approval', limits: [limit('x', 1)] } }),
      [
        { tool: 'a', at: T0 },
        { tool: 'a', at: T0 },
      ],
      ['approval', 'rate_limited'],
    ],
  ])('%s', (_name, policy, calls, expected) => {
    expect(kinds(simulate(policy, calls))).toEqual(expected);
  });

  it('names the first full use and waits for the latest end among full counters', () => {
    const policy = policyOf(
      {
        a: {
          limits: [
            { counter: 'per_hour', window: 'hour', max: 1 },
            { counter: 'per_second', window: 'second', max: 1, scope: 'session' },
          ],
        },
      },
      {
        all_tools: {
          limits: [{ counter: 'per_minute', window: 'minute', max: 1, scope: 'global' }],
        },
      },
    );
    const decisions = simulate(policy, [
      { tool: 'a', at: T0 + 10_000 },
      { tool: 'a', at: T0 + 10_500 },
      { tool: 'a', at: T0 + 10_000, grant: 'other' },
    ]);
    expect(decisions.slice(1)).toEqual([
      {
        decision: 'rate_limited',
        reason:
          'Rate-limited: counter "per_minute" is full (1/1 per minute, global); retry in 59 min 50 s',
        rule: 'a',
        path: '/all_tools/limits/0',
        retryAfterMs: 3_600_000 - 10_500,
      },
      {
        decision: 'rate_limited',
        reason:
          'Rate-limited: counter "per_minute" is full (1/1 per minute, global); retry in 50.0 s',
        rule: 'a',
        path: '/all_tools/limits/0',
        retryAfterMs: 50_000,
      },
    ]);
  });

  it('names a rule limit when only it is full, and a null rule for all_tools under default allow', () => {
    const policy = policyOf(
      { a: { limits: [{ counter: 'a_rate', window: 90, max: 1, scope: 'session' }] } },
      {
        default: 'allow',
        all_tools: { limits: [{ counter: 'all', window: 'day', max: 3, scope: 'global' }] },
      },
    );
    const day = 1_741_564_800_000;
    const decisions = simulate(policy, [
      { tool: 'a', at: day, session: 's1' },
      { tool: 'a', at: day + 1_000, session: 's1' },
      { tool: 'z', at: day + 2_000 },
      { tool: 'z', at: day + 3_000 },
      { tool: 'z', at: day + 4_000 },
    ]);
    expect(decisions[1]).toEqual({
      decision: 'rate_limited',
      reason:
        'Rate-limited: counter "a_rate" is full (1/1 per 90 s, session "s1"); retry in 1 min 29 s',
      rule: 'a',
      path: '/tools/a/limits/0',
      retryAfterMs: 89_000,
    });
    expect(decisions[4]).toEqual({
      decision: 'rate_limited',
      reason: 'Rate-limited: counter "all" is full (3/3 per day, global); retry in 1 d',
      rule: null,
      path: '/all_tools/limits/0',
      retryAfterMs: 86_400_000 - 4_000,
    });
  });

  it('shows a count above max when uses of one counter have different maxima', () => {
    const policy = policyOf(
      { a: { limits: [{ counter: 'x', window: 'minute', max: 1 }] }, b: {} },
      { all_tools: { limits: [{ counter: 'x', window: 'minute', max: 3 }] } },
    );
    const decisions = simulate(policy, [
      { tool: 'b', at: T0 },
      { tool: 'a', at: T0 },
      { tool: 'b', at: T0 },
      { tool: 'a', at: T0 },
    ]);
    const reason = (count: number) =>
      `Rate-limited: counter "x" is full (${count}/1 per minute, grant "default"); retry in 1 min`;
    expect(decisions.map((d) => d.reason)).toEqual([
      'Allowed by rule "b"',
      reason(1),
      'Allowed by rule "b"',
      reason(2),
    ]);
    expect(decisions[3]?.path).toBe('/tools/a/limits/0');
  });
});

describe('simulateDetailed', () => {
  it('lists every use of a call, shared counters with one count', () => {
    const policy = policyOf(
      { a: { limits: [{ counter: 'x', window: 'minute', max: 2, scope: 'session' }] } },
      { all_tools: { limits: [{ counter: 'x', window: 60, max: 5, scope: 'session' }] } },
    );
    const { decisions, counters } = simulateDetailed(policy, [
      { tool: 'a', at: T0 + 1, session: 's' },
      { tool: 'a', at: T0 + 2, session: 's' },
      { tool: 'a', at: T0 + 3, session: 's' },
      { tool: 'a', at: T0 + 4, session: 'hidden', args: {} },
    ]);
    expect(kinds(decisions)).toEqual(['allow', 'allow', 'rate_limited', 'allow']);
    const uses = (count: number, scopeKey = 's') => [
      {
        counter: 'x',
        scope: 'session',
        scopeKey,
        windowStart: T0,
        windowEnd: T0 + MINUTE,
        count,
        max: 5,
        path: '/all_tools/limits/0',
      },
      {
        counter: 'x',
        scope: 'session',
        scopeKey,
        windowStart: T0,
        windowEnd: T0 + MINUTE,
        count,
        max: 2,
        path: '/tools/a/limits/0',
      },
    ];
    expect(counters).toEqual([uses(1), uses(2), uses(2), uses(1, 'hidden')]);
  });

  it('gives calls decided before the limits no uses', () => {
    const policy = policyOf(
      { a: { require: [{ path: 'args.ok', op: 'eq', value: true }] }, d: { action: 'deny' } },
      {
        hide: ['h'],
        all_tools: { limits: [{ counter: 'x', window: 'minute', max: 1, scope: 'global' }] },
      },
    );
    const { counters } = simulateDetailed(policy, [
      { tool: 'h', at: T0 },
      { tool: 'd', at: T0 },
      { tool: 'nope', at: T0 },
      { tool: 'a', at: T0 },
      { tool: 'a', at: T0, args: { ok: true } },
    ]);
    expect(counters.map((uses) => uses.length)).toEqual([0, 0, 0, 0, 1]);
    expect(counters[4]?.[0]?.scopeKey).toBe('global');
  });
});

describe('showDuration', () => {
  it.each([
    [1, '0.1 s'],
    [100, '0.1 s'],
    [101, '0.2 s'],
    [12_300, '12.3 s'],
    [12_301, '12.4 s'],
    [59_900, '59.9 s'],
    [59_901, '1 min'],
    [60_000, '1 min'],
    [61_000, '1 min 1 s'],
    [61_001, '1 min 2 s'],
    [3_599_000, '59 min 59 s'],
    [3_600_000, '1 h'],
    [5_400_000, '1 h 30 min'],
    [5_400_001, '1 h 31 min'],
    [86_340_000, '23 h 59 min'],
    [86_399_000, '1 d'],
    [90_000_000, '1 d 1 h'],
    [2_592_000_000, '30 d'],
  ])('%i ms → %s', (ms, text) => {
    expect(showDuration(ms)).toBe(text);
  });
});
