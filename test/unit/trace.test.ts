import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_START,
  formatTrace,
  parseIsoTime,
  parseTrace,
  type ScenarioCall,
} from '../../src/core';

const START = DEFAULT_START; // 1767225600000

describe('parseTrace: every accepted field form', () => {
  it.each([
    ['tool', '{"tool":"cache_set"}', { tool: 'cache_set', offset: 0 }],
    ['name', '{"name":"cache_set"}', { tool: 'cache_set', offset: 0 }],
    ['args', '{"tool":"t","args":{"key":"a"}}', { tool: 't', args: { key: 'a' }, offset: 0 }],
    [
      'arguments',
      '{"tool":"t","arguments":{"key":"a"}}',
      { tool: 't', args: { key: 'a' }, offset: 0 },
    ],
    ['arguments null', '{"tool":"t","arguments":null}', { tool: 't', offset: 0 }],
    ['offset', '{"tool":"t","offset":1500}', { tool: 't', offset: 1500 }],
    ['grant', '{"tool":"t","grant":"g1"}', { tool: 't', grant: 'g1', offset: 0 }],
    ['session', '{"tool":"t","session":"s1"}', { tool: 't', session: 's1', offset: 0 }],
    [
      'expect',
      '{"tool":"t","expect":"rate_limited"}',
      { tool: 't', expect: 'rate_limited', offset: 0 },
    ],
    ['expected', '{"tool":"t","expected":"deny"}', { tool: 't', expect: 'deny', offset: 0 }],
    [
      'a JSON-RPC tools/call request',
      '{"jsonrpc":"2.0","id":1,"method":"tools/call","params":{"name":"t","arguments":{"a":1}}}',
      { tool: 't', args: { a: 1 }, offset: 0 },
    ],
  ])('reads %s', (_, line, expected) => {
    expect(parseTrace(line, START)).toEqual({ calls: [expected], start: START, problems: [] });
  });

  it.each([
    ['at in ms', '{"tool":"t","at":1767225605000}', 1767225605000],
    ['timestamp in ms', '{"tool":"t","timestamp":1767225605000}', 1767225605000],
    ['at in ISO 8601 (Z)', '{"tool":"t","at":"2026-01-01T00:00:05Z"}', 1767225605000],
    [
      'timestamp in ISO 8601 with ms',
      '{"tool":"t","timestamp":"2026-01-01T00:00:05.250Z"}',
      1767225605250,
    ],
    [
      'ISO 8601 with an offset zone',
      '{"tool":"t","at":"2026-01-01T01:00:05+01:00"}',
      1767225605000,
    ],
    ['ISO 8601 without a zone (UTC)', '{"tool":"t","at":"2026-01-01T00:00:05"}', 1767225605000],
    ['an ISO 8601 date', '{"tool":"t","at":"2026-01-02"}', 1767312000000],
  ])('reads %s: the start becomes that time', (_, line, at) => {
    expect(parseTrace(line, 0)).toEqual({
      calls: [{ tool: 't', offset: 0 }],
      start: at,
      problems: [],
    });
  });

  it('counts absolute times from the earliest one, whatever the order', () => {
    const text = [
      '{"tool":"a","at":"2026-01-01T00:00:10Z"}',
      '{"tool":"b","at":"2026-01-01T00:00:04Z"}',
      '{"tool":"c"}',
      '{"tool":"d","offset":500}',
    ].join('\n');
    expect(parseTrace(text, 0)).toEqual({
      calls: [
        { tool: 'a', offset: 6000 },
        { tool: 'b', offset: 0 },
        { tool: 'c', offset: 0 },
        { tool: 'd', offset: 500 },
      ],
      start: Date.UTC(2026, 0, 1, 0, 0, 4),
      problems: [],
    });
  });

  it('keeps the start when no call has an absolute time; a call without a time goes with the one before', () => {
    expect(parseTrace('{"tool":"a","offset":300}\n{"tool":"b"}\n', START)).toEqual({
      calls: [
        { tool: 'a', offset: 300 },
        { tool: 'b', offset: 300 },
      ],
      start: START,
      problems: [],
    });
  });

  it('reads a JSON array, naming the line of each bad item', () => {
    const text = `[
  {"tool": "a", "offset": 0},
  {"tool": "b",
   "offset": "soon"},
  {"args": {}},
  {"tool": "c", "offset": 2}
]`;
    expect(parseTrace(text, START)).toEqual({
      calls: [
        { tool: 'a', offset: 0 },
        { tool: 'c', offset: 2 },
      ],
      start: START,
      problems: [
        { line: 3, message: '"offset" is a number of milliseconds after the scenario start' },
        { line: 5, message: 'A call needs "tool" (or "name")' },
      ],
    });
  });

  it('reads a broken JSON array line by line, skipping the broken lines', () => {
    const text = '[\n{"tool":"a"},\n{"tool":"b"\n{"tool":"c"}\n]';
    expect(parseTrace(text, START)).toEqual({
      calls: [
        { tool: 'a', offset: 0 },
        { tool: 'c', offset: 0 },
      ],
      start: START,
      problems: [{ line: 3, message: 'This line is not JSON' }],
    });
  });

  it('reports bad JSON Lines by line number and skips them (blank lines are not calls)', () => {
    const text = [
      '{"tool":"a"}',
      '',
      'not json',
      '{"tool":""}',
      '{"tool":"t","args":[1]}',
      '{"tool":"t","grant":7}',
      '{"tool":"t","at":"yesterday"}',
      '{"tool":"t","at":"2026-02-30T00:00:00Z"}',
      '{"tool":"t","expect":"maybe"}',
      '[1, 2]',
      '{"tool":"z"}\r',
    ].join('\n');
    const result = parseTrace(text, START);
    expect(result.calls).toEqual([
      { tool: 'a', offset: 0 },
      { tool: 'z', offset: 0 },
    ]);
    expect(result.problems).toEqual([
      { line: 3, message: 'This line is not JSON' },
      { line: 4, message: '"tool" is the tool\'s name, a non-empty string' },
      { line: 5, message: '"args" is a JSON object' },
      { line: 6, message: '"grant" is a string' },
      {
        line: 7,
        message: '"at" is ms since the epoch or an ISO 8601 time such as "2026-01-01T00:00:05Z"',
      },
      {
        line: 8,
        message: '"at" is ms since the epoch or an ISO 8601 time such as "2026-01-01T00:00:05Z"',
      },
      { line: 9, message: '"expect" is one of "allow", "deny", "approval", "rate_limited"' },
      { line: 10, message: 'A call is a JSON object' },
    ]);
  });

  it('counts lines after \\r\\n and \\r breaks as an editor does', () => {
    expect(parseTrace('{"tool":"a"}\r\nbad\r{"tool":"b"}', START).problems).toEqual([
      { line: 2, message: 'This line is not JSON' },
    ]);
  });

  it('takes __proto__ and constructor as ordinary names and keys', () => {
    const result = parseTrace(
      '{"tool":"__proto__","args":{"__proto__":{"x":1}}}\n{"constructor":"x"}',
      START,
    );
    expect(result.calls).toHaveLength(1);
    expect(result.calls[0]?.tool).toBe('__proto__');
    expect(Object.hasOwn(result.calls[0]?.args ?? {}, '__proto__')).toBe(true);
    expect(result.problems).toEqual([{ line: 2, message: 'A call needs "tool" (or "name")' }]);
  });

  it('reads an empty text as no calls', () => {
    expect(parseTrace('  \n', START)).toEqual({ calls: [], start: START, problems: [] });
  });
});

describe('parseIsoTime', () => {
  it.each([
    ['2026-01-01T00:00:00Z', Date.UTC(2026, 0, 1)],
    ['2026-01-01 12:30', Date.UTC(2026, 0, 1, 12, 30)],
    ['2026-01-01T12:30:15,5z', Date.UTC(2026, 0, 1, 12, 30, 15, 500)],
    ['2026-01-01T12:30:15-0230', Date.UTC(2026, 0, 1, 15, 0, 15)],
    ['2024-02-29', Date.UTC(2024, 1, 29)],
    ['2025-02-29', null],
    ['2026-13-01', null],
    ['2026-01-01T24:00:00Z', null],
    ['January 1, 2026', null],
    ['1767225600000', null],
  ])('%s → %s', (text, expected) => {
    expect(parseIsoTime(text)).toBe(expected);
  });
});

const callArb: fc.Arbitrary<ScenarioCall> = fc.record(
  {
    tool: fc.string({ minLength: 1 }),
    args: fc.dictionary(fc.string(), fc.jsonValue({ maxDepth: 2 }), { maxKeys: 4 }),
    offset: fc.integer({ min: -1e12, max: 1e12 }),
    grant: fc.string(),
    session: fc.string(),
    expect: fc.constantFrom(
      'allow' as const,
      'deny' as const,
      'approval' as const,
      'rate_limited' as const,
    ),
  },
  { requiredKeys: ['tool', 'offset'] },
);

describe('formatTrace', () => {
  it('writes JSON Lines that parseTrace reads back to the same calls', () => {
    fc.assert(
      fc.property(fc.array(callArb, { maxLength: 8 }), (calls) => {
        const back = parseTrace(formatTrace(calls), START);
        expect(back.problems).toEqual([]);
        expect(back.start).toBe(START);
        expect(back.calls).toEqual(JSON.parse(JSON.stringify(calls)));
      }),
      { numRuns: 1000 },
    );
  });

  it('writes one call per line with the fields in a fixed order', () => {
    expect(
      formatTrace([
        { tool: 'a', offset: 0 },
        { expect: 'deny', session: 's', grant: 'g', offset: 5, args: { k: 1 }, tool: 'b' },
      ]),
    ).toBe(
      '{"tool":"a","offset":0}\n{"tool":"b","args":{"k":1},"offset":5,"grant":"g","session":"s","expect":"deny"}',
    );
  });
});

describe('parseTrace: limits', () => {
  it('keeps the first 100,000 calls of a longer trace and says how many there were', () => {
    const text = Array.from({ length: 100_005 }, (_, i) => `{"tool":"t${i}"}`).join('\n');
    const result = parseTrace(text, START);
    expect(result.calls).toHaveLength(100_000);
    expect(result.calls[99_999]).toEqual({ tool: 't99999', offset: 0 });
    expect(result.cut).toEqual({ kept: 100_000, total: 100_005 });
  });

  it('has no cut when the trace fits', () => {
    expect(parseTrace('{"tool":"a"}', START).cut).toBeUndefined();
  });

  it.each([
    ['an offset past the range of dates', '{"tool":"a"}\n{"tool":"b","offset":8.64e15}', 2],
    [
      'times 8.64e15 apart in both directions',
      '{"tool":"a","at":-8.64e15}\n{"tool":"b","at":8.64e15}',
      2,
    ],
    [
      'an offset past the range after an ISO time',
      '{"tool":"a","at":"2026-01-01T00:00:00Z"}\n\n{"tool":"b","offset":8.64e15}',
      3,
    ],
  ])('refuses %s when read, with the line number', (_name, text, line) => {
    const result = parseTrace(text, START);
    expect(result.problems).toEqual([
      {
        line,
        message:
          'This time is outside the range of dates (±8.64e15 ms from 1970, about 270,000 years)',
      },
    ]);
    for (const call of result.calls) {
      expect(Math.abs(result.start + call.offset)).toBeLessThanOrEqual(8.64e15);
    }
  });
});
