import { describe, expect, it } from 'vitest';
import {
  counterSeries,
  DEFAULT_START,
  formatScenario,
  loopCalls,
  parseScenario,
  scenarioCalls,
  simulateDetailed,
  summarizeRun,
  type Decision,
  type Policy,
  type Scenario,
} from '../../src/core';
import { SEED_POLICY } from '../fixtures/seedPolicy';

const SCENARIO: Scenario = {
  version: 1,
  start: DEFAULT_START,
  calls: [
    { tool: 'cache_set', args: { key: 'a' }, offset: 0, grant: 'g1', expect: 'allow' },
    { tool: 'drop_table', offset: 1500, session: 's1', expect: 'deny' },
  ],
};

describe('the scenario file', () => {
  it('starts at a whole minute, hour and day: 2026-01-01T00:00:00Z', () => {
    expect(DEFAULT_START).toBe(1767225600000);
    expect(DEFAULT_START % 86_400_000).toBe(0);
  });

  it('reads back what it writes', () => {
    const text = formatScenario(SCENARIO);
    expect(text.endsWith('}\n')).toBe(true);
    expect(parseScenario(text)).toEqual({ ok: true, scenario: SCENARIO });
  });

  it('keeps args exactly as written, __proto__ included', () => {
    const result = parseScenario(
      '{"version":1,"start":0,"calls":[{"tool":"t","offset":0,"args":{"__proto__":{"x":1}}}]}',
    );
    expect(result.ok).toBe(true);
    if (result.ok)
      expect(Object.hasOwn(result.scenario.calls[0]?.args ?? {}, '__proto__')).toBe(true);
  });

  it.each([
    ['not JSON', '{', /^This is not JSON: /],
    [
      'another version',
      '{"version":2,"start":0,"calls":[]}',
      /^This is not a scenario file\. version: /,
    ],
    [
      'an unknown key',
      '{"version":1,"start":0,"calls":[],"extra":1}',
      /^This is not a scenario file\. the file: .*extra/,
    ],
    [
      'a fractional offset',
      '{"version":1,"start":0,"calls":[{"tool":"t","offset":1.5}]}',
      /calls\.0\.offset: offset is a whole number of milliseconds/,
    ],
    [
      'an unknown expected decision',
      '{"version":1,"start":0,"calls":[{"tool":"t","offset":0,"expect":"maybe"}]}',
      /calls\.0\.expect: /,
    ],
    [
      'args that are not an object',
      '{"version":1,"start":0,"calls":[{"tool":"t","offset":0,"args":[1]}]}',
      /calls\.0\.args: args is a JSON object/,
    ],
    [
      'a time outside the range of dates',
      '{"version":1,"start":8000000000000000,"calls":[{"tool":"t","offset":8000000000000000}]}',
      /calls\.0\.offset: start \+ offset is outside the range of dates/,
    ],
  ])('refuses %s, saying where', (_, text, message) => {
    const result = parseScenario(text);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toMatch(message);
  });

  it('turns offsets into times for the simulator, leaving out absent fields', () => {
    expect(scenarioCalls(1000, SCENARIO.calls)).toEqual([
      { tool: 'cache_set', args: { key: 'a' }, at: 1000, grant: 'g1' },
      { tool: 'drop_table', at: 2500, session: 's1' },
    ]);
  });
});

function decision(kind: Decision['decision']): Decision {
  return { decision: kind, reason: '', rule: null, path: '/default' };
}

describe('summarizeRun', () => {
  it('counts the decisions and reads expectations as a test run', () => {
    const calls = [
      { expect: 'allow' as const },
      {},
      { expect: 'deny' as const },
      { expect: 'rate_limited' as const },
    ];
    const decisions = ['allow', 'approval', 'allow', 'rate_limited'].map((k) =>
      decision(k as Decision['decision']),
    );
    expect(summarizeRun(calls, decisions)).toEqual({
      counts: { allow: 2, deny: 0, approval: 1, rate_limited: 1 },
      results: ['passed', null, 'failed', 'passed'],
      expected: 3,
      passed: 2,
      failed: 1,
      failures: [2],
    });
  });

  it('has nothing to check when no call expects anything', () => {
    const summary = summarizeRun([{}, {}], [decision('deny'), decision('deny')]);
    expect(summary).toMatchObject({ expected: 0, passed: 0, failed: 0, failures: [] });
  });
});

describe('the runaway loop against the seed policy', () => {
  const calls = scenarioCalls(
    DEFAULT_START,
    loopCalls({ tool: 'cache_set', count: 40, everyMs: 1500, from: 0, grant: 'agent' }),
  );
  const run = simulateDetailed(SEED_POLICY, calls);

  it('allows 30 calls in the minute and rate-limits the other 10', () => {
    const { counts } = summarizeRun([], run.decisions);
    expect(counts).toEqual({ allow: 30, deny: 0, approval: 0, rate_limited: 10 });
    expect(run.decisions[30]?.path).toBe('/tools/cache_set/limits/0');
  });

  it('charts one counter: count against max, the calls it refused, one full window', () => {
    const [series, ...others] = counterSeries(
      run.counters,
      run.decisions,
      calls.map((c) => c.at),
    );
    expect(others).toEqual([]);
    expect(series).toMatchObject({
      counter: 'cache_set_rate',
      scope: 'grant',
      scopeKey: 'agent',
      windowMs: 60_000,
      path: '/tools/cache_set/limits/0',
      peak: 30,
      refused: 10,
      fullWindows: 1,
    });
    expect(series?.points.map((p) => p.count)).toEqual([
      ...Array.from({ length: 30 }, (_, i) => i + 1),
      ...Array.from({ length: 10 }, () => 30),
    ]);
    expect(series?.points[39]).toEqual({
      at: DEFAULT_START + 58_500,
      count: 30,
      max: 30,
      windowStart: DEFAULT_START,
      refused: true,
    });
  });
});

describe('counterSeries', () => {
  const policy: Policy = {
    version: '1',
    default: 'deny',
    all_tools: { limits: [{ counter: 'shared', window: 60, max: 5 }] },
    tools: { a: { limits: [{ counter: 'shared', window: 'minute', max: 2 }] }, b: {} },
  };

  it('draws a counter listed twice on a call once, under the smaller max, per scope key', () => {
    const calls = [
      { tool: 'a', at: 0, grant: 'g1' },
      { tool: 'b', at: 1000, grant: 'g1' },
      { tool: 'a', at: 2000, grant: 'g2' },
    ];
    const run = simulateDetailed(policy, calls);
    const series = counterSeries(
      run.counters,
      run.decisions,
      calls.map((c) => c.at),
    );
    expect(series.map((s) => [s.scopeKey, s.points.map((p) => [p.count, p.max])])).toEqual([
      [
        'g1',
        [
          [1, 2],
          [2, 5],
        ],
      ],
      ['g2', [[1, 2]]],
    ]);
  });

  it('puts points in time order when the calls are not', () => {
    const calls = [
      { tool: 'b', at: 61_000 },
      { tool: 'b', at: 1000 },
    ];
    const run = simulateDetailed(policy, calls);
    const [series] = counterSeries(
      run.counters,
      run.decisions,
      calls.map((c) => c.at),
    );
    expect(series?.points.map((p) => [p.at, p.count, p.windowStart])).toEqual([
      [1000, 1, 0],
      [61_000, 1, 60_000],
    ]);
  });
});
