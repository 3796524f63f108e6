import { describe, expect, it } from 'vitest';
import type { Finding } from '../../src/core/findings';
import { MAX_POLICY_TEXT_LENGTH, parsePolicy } from '../../src/core/policy/parsePolicy';
import type { Policy } from '../../src/core/schema';
import type { Tool } from '../../src/core/tools/tool';
import { SEED_POLICY, SEED_TEXT } from '../fixtures/seedPolicy';

type Row = [severity: Finding['severity'], message: string, place: string];

/** Findings as `[severity, message, "line:column-endLine:endColumn"]`, easy to read in tables. */
function rows(findings: readonly Finding[]): Row[] {
  return findings.map((f) => [
    f.severity,
    f.message,
    `${f.line}:${f.column}-${f.endLine}:${f.endColumn}`,
  ]);
}

/** A policy text with the given tools (and extra top-level members), one rule per line. */
function policyText(tools: Record<string, string>, extra = '', top = '"default": "deny"'): string {
  const members = Object.entries(tools).map(([k, v]) => `    ${JSON.stringify(k)}: ${v}`);
  return `{\n  "version": "1",\n  ${top},${extra}\n  "tools": {\n${members.join(',\n')}\n  }\n}`;
}

const SEED = SEED_TEXT;

describe('parsePolicy: valid documents', () => {
  it('reads the seed policy with no findings', () => {
    expect(parsePolicy(SEED)).toEqual({
      ok: true,
      findings: [],
      policy: SEED_POLICY,
    });
  });

  it('keeps tools in document order (integer-like keys first, as JavaScript does)', () => {
    const result = parsePolicy(policyText({ b: '{}', a: '{}', '10': '{}', '*': '{}' }));
    expect(result.ok && Object.keys(result.policy.tools)).toEqual(['10', 'b', 'a', '*']);
  });

  it.each(['__proto__', 'constructor', 'toString', 'hasOwnProperty'])(
    'treats %s as an ordinary tool name',
    (name) => {
      const result = parsePolicy(policyText({ [name]: '{"action": "deny", "reason": "r"}' }));
      expect(result.ok).toBe(true);
      if (!result.ok) return;
      const tools = result.policy.tools;
      expect(Object.keys(tools)).toEqual([name]);
      expect(Object.getPrototypeOf(tools)).toBe(Object.prototype);
      expect(Object.getOwnPropertyDescriptor(tools, name)?.value).toEqual({
        action: 'deny',
        reason: 'r',
      });
    },
  );
});

describe('parsePolicy: text rules', () => {
  it(`refuses a text over ${MAX_POLICY_TEXT_LENGTH} characters without reading it`, () => {
    const result = parsePolicy(' '.repeat(MAX_POLICY_TEXT_LENGTH + 1));
    expect(result.ok).toBe(false);
    expect(rows(result.findings)).toEqual([
      [
        'error',
        'The text is too large (10485761 characters): at most 10485760 are read',
        '1:1-1:2',
      ],
    ]);
  });

  it('reads a text of exactly the limit', () => {
    const result = parsePolicy(' '.repeat(MAX_POLICY_TEXT_LENGTH));
    expect(rows(result.findings)).toEqual([
      ['error', 'The text is empty: expected a JSON value', '1:1-1:2'],
    ]);
  });

  it.each<[string, string, Row[]]>([
    [
      'a comment',
      '{\n  "version": "1", // one\n  "default": "deny",\n  "tools": {}\n}',
      [['error', 'Comments are not allowed in JSON', '2:19-2:25']],
    ],
    [
      'a trailing comma',
      '{\n  "version": "1",\n  "default": "deny",\n  "tools": {},\n}',
      [['error', 'Trailing comma', '4:14-4:15']],
    ],
    [
      'a missing comma',
      '{\n  "version": "1"\n  "default": "deny",\n  "tools": {}\n}',
      [['error', "Expected ',' or '}'", '3:3-3:4']],
    ],
    [
      'a duplicate key',
      '{\n  "version": "1",\n  "default": "deny",\n  "tools": {},\n  "default": "allow"\n}',
      [
        ['error', 'Duplicate key "default" (first at line 3)', '5:3-5:12'],
        [
          'warning',
          'default "allow" with no limit anywhere: a tool without a rule can be called without bound',
          '5:14-5:21',
        ],
      ],
    ],
  ])('%s is an error where the JSON breaks', (_name, text, expected) => {
    const result = parsePolicy(text);
    expect(result.ok).toBe(false);
    expect(rows(result.findings)).toEqual(expected);
  });
});

describe('parsePolicy: schema findings sit on the offending key or value', () => {
  it('puts a typo like "limts" at its exact line and column', () => {
    const text = [
      '{',
      '  "version": "1",',
      '  "default": "deny",',
      '  "tools": {',
      '    "cache_set": {',
      '      "limts": [{ "counter": "c", "window": "minute", "max": 30 }]',
      '    }',
      '  }',
      '}',
    ].join('\n');
    const result = parsePolicy(text);
    expect(result.ok).toBe(false);
    expect(result.findings).toEqual([
      {
        severity: 'error',
        message: 'Unknown key "limts" — did you mean "limits"?',
        path: ['tools', 'cache_set', 'limts'],
        line: 6,
        column: 7,
        endLine: 6,
        endColumn: 14,
      },
    ]);
  });

  it.each<[string, Record<string, string>, Row[]]>([
    [
      'every unknown key, each on its own key',
      { a: '{"acton": "deny", "zzz": 1}' },
      [
        ['error', 'Unknown key "acton" — did you mean "action"?', '5:11-5:18'],
        ['error', 'Unknown key "zzz"', '5:28-5:33'],
      ],
    ],
    [
      'an unknown key in a rule named __proto__',
      { ['__proto__']: '{"acton": "deny"}' },
      [['error', 'Unknown key "acton" — did you mean "action"?', '5:19-5:26']],
    ],
    [
      'a wrong action',
      { a: '{"action": "block"}' },
      [['error', '"action" must be "allow", "deny" or "approval", not "block"', '5:21-5:28']],
    ],
    [
      'a rule that is not an object',
      { a: '[]' },
      [['error', 'The rule for "a" must be an object, not a list', '5:10-5:12']],
    ],
    [
      'an unknown op',
      { a: '{"require": [{"path": "args.x", "op": "equals", "value": 1}]}' },
      [
        [
          'error',
          'Unknown op "equals": use one of eq, neq, in, not_in, lt, lte, gt, gte, regex, contains, exists',
          '5:48-5:56',
        ],
      ],
    ],
    [
      'a near-miss op',
      { a: '{"deny_if": [{"path": "args.x", "op": "gtt", "value": 1}]}' },
      [
        [
          'error',
          'Unknown op "gtt": use one of eq, neq, in, not_in, lt, lte, gt, gte, regex, contains, exists — did you mean "gt"?',
          '5:48-5:53',
        ],
      ],
    ],
    [
      'a condition without op',
      { a: '{"require": [{"path": "args.x"}]}' },
      [
        [
          'error',
          'A condition needs "op": one of eq, neq, in, not_in, lt, lte, gt, gte, regex, contains, exists',
          '5:23-5:24',
        ],
      ],
    ],
    [
      'a missing value',
      { a: '{"require": [{"path": "args.x", "op": "gt"}]}' },
      [['error', 'Missing required key "value"', '5:23-5:24']],
    ],
    [
      'a value of the wrong type',
      { a: '{"require": [{"path": "args.x", "op": "gt", "value": "9"}]}' },
      [['error', '"value" must be a number, not a string', '5:63-5:66']],
    ],
    [
      'a limit max beyond the range of numbers',
      { a: '{"limits": [{"counter": "c", "window": "minute", "max": 1e400}]}' },
      [
        [
          'error',
          '"max" is out of range: a number beyond about ±1.8e308 is too large to hold and reads as infinity',
          '5:66-5:71',
        ],
      ],
    ],
    [
      'a condition value beyond the range of numbers',
      { a: '{"require": [{"path": "args.x", "op": "gt", "value": 1e400}]}' },
      [
        [
          'error',
          '"value" is out of range: a number beyond about ±1.8e308 is too large to hold and reads as infinity',
          '5:63-5:68',
        ],
      ],
    ],
    [
      'a regex that does not compile',
      { a: '{"require": [{"path": "args.x", "op": "regex", "value": "(a"}]}' },
      [
        [
          'error',
          'This regular expression does not compile: Invalid regular expression: /(a/: Unterminated group',
          '5:66-5:70',
        ],
      ],
    ],
    [
      'a bad condition path',
      { a: '{"require": [{"path": "x", "op": "exists"}]}' },
      [
        [
          'error',
          'A condition path is "args" followed by one or more .segments, e.g. args.options.force',
          '5:32-5:35',
        ],
      ],
    ],
    [
      'a bad counter name',
      { a: '{"limits": [{"counter": "a b", "window": 60, "max": 1}]}' },
      [['error', 'A counter name may only use A-Z a-z 0-9 _ . : -', '5:34-5:39']],
    ],
    [
      'a bad window',
      { a: '{"limits": [{"counter": "c", "window": "week", "max": 1}]}' },
      [
        [
          'error',
          'A window is "second", "minute", "hour", "day" or a whole number of seconds (1 to 2592000)',
          '5:49-5:55',
        ],
      ],
    ],
    [
      'a window too long',
      { a: '{"limits": [{"counter": "c", "window": 2592001, "max": 1}]}' },
      [['error', 'A window is at most 2592000 seconds (30 days)', '5:49-5:56']],
    ],
    [
      'a max of zero',
      { a: '{"limits": [{"counter": "c", "window": 60, "max": 0}]}' },
      [['error', 'max is at least 1', '5:60-5:61']],
    ],
    [
      'an empty tool name',
      { '': '{}' },
      [['error', 'A tool name or pattern needs at least 1 character: ""', '5:5-5:7']],
    ],
    [
      'a tool name too long',
      { ['t'.repeat(129)]: '{}' },
      [
        [
          'error',
          `A tool name or pattern has at most 128 characters: "${'t'.repeat(80)}…"`,
          '5:5-5:136',
        ],
      ],
    ],
  ])('%s', (_name, tools, expected) => {
    const result = parsePolicy(policyText(tools));
    expect(result.ok).toBe(false);
    expect(rows(result.findings)).toEqual(expected);
  });

  it.each<[string, string, Row[]]>([
    [
      'a missing required key',
      '{"version": "1", "tools": {}}',
      [['error', 'Missing required key "default"', '1:1-1:2']],
    ],
    [
      'a wrong version',
      '{"version": 1, "default": "deny", "tools": {}}',
      [['error', '"version" must be "1", not a number', '1:13-1:14']],
    ],
    [
      'tools as a list',
      '{"version": "1", "default": "deny", "tools": []}',
      [['error', '"tools" must be an object (tool name → rule), not a list', '1:46-1:48']],
    ],
    [
      'a hide of the wrong shape',
      '{"version": "1", "default": "deny", "hide": "all", "tools": {}}',
      [
        [
          'error',
          'hide is "*" (hide every tool) or a list of tool names and patterns',
          '1:45-1:50',
        ],
      ],
    ],
    [
      'a wrong hide entry',
      '{"version": "1", "default": "deny", "hide": ["a", 5], "tools": {}}',
      [['error', 'Item 1 of "hide" must be a string, not a number', '1:51-1:52']],
    ],
    [
      'an unknown top-level key',
      '{"version": "1", "default": "deny", "tool": {}, "tools": {}}',
      [['error', 'Unknown key "tool" — did you mean "tools"?', '1:37-1:43']],
    ],
    [
      'a document that is not an object',
      '[]',
      [['error', 'The policy must be an object, not a list', '1:1-1:3']],
    ],
  ])('%s', (_name, text, expected) => {
    const result = parsePolicy(text);
    expect(result.ok).toBe(false);
    expect(rows(result.findings)).toEqual(expected);
  });
});

describe('parsePolicy: rate_limit shorthand', () => {
  it.each<[string, string, Policy['tools'][string], string]>([
    [
      'the object form',
      '{"rate_limit": {"max": 10, "window": 60}}',
      { limits: [{ counter: 'cache_set_rate', window: 60, max: 10, scope: 'grant' }] },
      'rate_limit rewritten to the limit {"counter":"cache_set_rate","window":60,"max":10,"scope":"grant"} (tools › cache_set › limits › 0)',
    ],
    [
      '"5/hour"',
      '{"rate_limit": "5/hour"}',
      { limits: [{ counter: 'cache_set_rate', window: 'hour', max: 5, scope: 'grant' }] },
      'rate_limit rewritten to the limit {"counter":"cache_set_rate","window":"hour","max":5,"scope":"grant"} (tools › cache_set › limits › 0)',
    ],
    [
      '"10/60"',
      '{"rate_limit": "10/60"}',
      { limits: [{ counter: 'cache_set_rate', window: 60, max: 10, scope: 'grant' }] },
      'rate_limit rewritten to the limit {"counter":"cache_set_rate","window":60,"max":10,"scope":"grant"} (tools › cache_set › limits › 0)',
    ],
    [
      'appended after existing limits',
      '{"limits": [{"counter": "x", "window": "day", "max": 1}], "rate_limit": "2/minute"}',
      {
        limits: [
          { counter: 'x', window: 'day', max: 1 },
          { counter: 'cache_set_rate', window: 'minute', max: 2, scope: 'grant' },
        ],
      },
      'rate_limit rewritten to the limit {"counter":"cache_set_rate","window":"minute","max":2,"scope":"grant"} (tools › cache_set › limits › 1)',
    ],
  ])('rewrites %s, with an info finding on the key', (_name, rule, expected, message) => {
    const result = parsePolicy(policyText({ cache_set: rule }));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.policy.tools.cache_set).toEqual(expected);
    const column = 18 + rule.indexOf('"rate_limit"');
    expect(rows(result.findings)).toEqual([['info', message, `5:${column}-5:${column + 12}`]]);
  });

  it('makes the counter name valid from the key', () => {
    const result = parsePolicy(policyText({ 'get_*': '{"rate_limit": "1/second"}' }));
    expect(result.ok && result.policy.tools['get_*']).toEqual({
      limits: [{ counter: 'get___rate', window: 'second', max: 1, scope: 'grant' }],
    });
  });

  it.each<[string, string, Row[]]>([
    [
      'an unknown key in the object',
      '{"rate_limit": {"max": 1, "window": 60, "scope": "global"}}',
      [
        [
          'error',
          'Unknown key "scope" in rate_limit: only "max" and "window" are allowed',
          '5:50-5:57',
        ],
      ],
    ],
    [
      'a missing window',
      '{"rate_limit": {"max": 1}}',
      [
        [
          'error',
          'rate_limit needs "window", e.g. {"max": 10, "window": 60} or "5/hour"',
          '5:25-5:26',
        ],
      ],
    ],
    [
      'a malformed string',
      '{"rate_limit": "5 per hour"}',
      [
        [
          'error',
          'rate_limit "5 per hour" is not of the form "N/unit" (unit: second, minute, hour, day or a number of seconds), e.g. "5/hour"',
          '5:25-5:37',
        ],
      ],
    ],
    ['a max of zero', '{"rate_limit": "0/hour"}', [['error', 'max is at least 1', '5:25-5:33']]],
    [
      'a window too long in the object form',
      '{"rate_limit": {"max": 1, "window": 9999999}}',
      [['error', 'A window is at most 2592000 seconds (30 days)', '5:46-5:53']],
    ],
    [
      'a max that is not a number',
      '{"rate_limit": {"max": "10", "window": 60}}',
      [['error', '"max" in rate_limit must be a number, not "10"', '5:33-5:37']],
    ],
    [
      'a max beyond the range of numbers',
      '{"rate_limit": {"max": -1e400, "window": 60}}',
      [
        [
          'error',
          '"max" in rate_limit is out of range: a number beyond about ±1.8e308 is too large to hold and reads as infinity',
          '5:33-5:39',
        ],
      ],
    ],
    [
      'a number',
      '{"rate_limit": 5}',
      [
        [
          'error',
          'rate_limit is an object or a string, e.g. {"max": 10, "window": 60} or "5/hour"',
          '5:25-5:26',
        ],
      ],
    ],
  ])('rejects %s with an error at it', (_name, rule, expected) => {
    const result = parsePolicy(policyText({ a: rule }));
    expect(result.ok).toBe(false);
    expect(rows(result.findings)).toEqual(expected);
  });

  it('is an error in all_tools', () => {
    const text = policyText({}, '\n  "all_tools": {"rate_limit": "5/hour"},');
    const result = parsePolicy(text);
    expect(result.ok).toBe(false);
    expect(rows(result.findings)).toEqual([
      [
        'error',
        'Unknown key "rate_limit": the shorthand is accepted only directly in a rule; here write a limit under "limits"',
        '4:17-4:29',
      ],
    ]);
  });

  it('puts a counter clash of a rewritten limit on the shorthand', () => {
    const text = policyText({
      a: '{"limits": [{"counter": "b_rate", "window": "hour", "max": 1}]}',
      b: '{"rate_limit": "5/minute"}',
    });
    const result = parsePolicy(text);
    expect(result.ok).toBe(false);
    expect(rows(result.findings)).toEqual([
      [
        'info',
        'rate_limit rewritten to the limit {"counter":"b_rate","window":"minute","max":5,"scope":"grant"} (tools › b › limits › 0)',
        '6:11-6:23',
      ],
      [
        'error',
        'Counter "b_rate" is used with window "hour" at tools › a › limits › 0 and "minute" here: every use of a counter must share window and scope',
        '6:25-6:35',
      ],
    ]);
  });
});

describe('parsePolicy: shared counters', () => {
  it.each<[string, string, string, Row]>([
    [
      'another window',
      '{"counter": "x", "window": "minute", "max": 1}',
      '{"counter": "x", "window": 3600, "max": 5}',
      [
        'error',
        'Counter "x" is used with window "minute" at tools › a › limits › 0 and 3600 s here: every use of a counter must share window and scope',
        '6:49-6:53',
      ],
    ],
    [
      'another scope (omitted means grant)',
      '{"counter": "x", "window": "minute", "max": 1}',
      '{"counter": "x", "window": 60, "max": 1, "scope": "session"}',
      [
        'error',
        'Counter "x" is used with scope "grant" at tools › a › limits › 0 and "session" here: every use of a counter must share window and scope',
        '6:72-6:81',
      ],
    ],
    [
      'another window and scope',
      '{"counter": "x", "window": "day", "max": 1, "scope": "global"}',
      '{"counter": "x", "window": 60, "max": 1}',
      [
        'error',
        'Counter "x" is used with window "day" and scope "global" at tools › a › limits › 0 and window 60 s and scope "grant" here: every use of a counter must share window and scope',
        '6:49-6:51',
      ],
    ],
  ])('a counter used with %s is one error at the later use', (_name, first, second, row) => {
    const text = policyText({ a: `{"limits": [${first}]}`, b: `{"limits": [${second}]}` });
    const result = parsePolicy(text);
    expect(result.ok).toBe(false);
    expect(rows(result.findings)).toEqual([row]);
  });

  it('accepts the same window written two ways and a different max', () => {
    const text = policyText(
      { a: '{"limits": [{"counter": "x", "window": 60, "max": 5, "scope": "grant"}]}' },
      '\n  "all_tools": {"limits": [{"counter": "x", "window": "minute", "max": 100}]},',
    );
    expect(parsePolicy(text)).toMatchObject({ ok: true, findings: [] });
  });

  it('names all_tools as the first place', () => {
    const text = policyText(
      { a: '{"limits": [{"counter": "x", "window": "hour", "max": 5}]}' },
      '\n  "all_tools": {"limits": [{"counter": "x", "window": "minute", "max": 100}]},',
    );
    const result = parsePolicy(text);
    expect(result.findings.map((f) => f.message)).toEqual([
      'Counter "x" is used with window "minute" at all_tools › limits › 0 and "hour" here: every use of a counter must share window and scope',
    ]);
  });
});

describe('parsePolicy: warnings', () => {
  const tools: Tool[] = [{ name: 'get_item' }, { name: 'put_item' }, { name: 'drop_table' }];
  const limit = '{"counter": "c", "window": 60, "max": 1}';

  it.each<[string, Record<string, string>, string, Row[]]>([
    [
      'a rule for a tool not in the list',
      { get_itme: '{}' },
      '',
      [['warning', 'No tool named "get_itme" in the loaded tool list', '5:5-5:15']],
    ],
    [
      'a pattern matching no tool',
      { 'list_*': '{}', 'get_*': '{}', '*_item': '{}' },
      '',
      [['warning', 'Pattern "list_*" matches no tool in the loaded tool list', '5:5-5:13']],
    ],
    [
      'a hide entry naming no tool',
      { get_item: '{}' },
      '\n  "hide": ["drop_tables", "drop_*", "del*"],',
      [
        ['warning', 'No tool named "drop_tables" in the loaded tool list', '4:12-4:25'],
        ['warning', 'Pattern "del*" matches no tool in the loaded tool list', '4:37-4:43'],
      ],
    ],
  ])('%s (with a tool list)', (_name, rules, extra, expected) => {
    const text = policyText(rules, extra);
    const result = parsePolicy(text, { tools });
    expect(result.ok).toBe(true);
    expect(rows(result.findings)).toEqual(expected);
    expect(parsePolicy(text).findings).toEqual([]);
  });

  it.each<[string, Record<string, string>, string, string, Row[]]>([
    [
      'limits, require and deny_if on a deny rule',
      {
        a: `{"action": "deny", "require": [{"path": "args.x", "op": "exists"}], "deny_if": [], "limits": [${limit}]}`,
      },
      '',
      '"default": "deny"',
      [
        [
          'warning',
          'Never reached: action "deny" refuses every call before "require" is checked',
          '5:29-5:38',
        ],
        [
          'warning',
          'Never reached: action "deny" refuses every call before "limits" is checked',
          '5:93-5:101',
        ],
      ],
    ],
    [
      'a rule for a hidden tool',
      { drop_table: '{}', get_item: '{}', 'drop_*': '{}' },
      '\n  "hide": ["x", "drop_*"],',
      '"default": "deny"',
      [
        [
          'warning',
          'The rule for "drop_table" never applies: hide entry "drop_*" (hide › 1) hides it',
          '6:5-6:17',
        ],
        [
          'warning',
          'The rule for "drop_*" never applies: hide entry "drop_*" (hide › 1) hides it',
          '8:5-8:13',
        ],
      ],
    ],
    [
      'rules under hide "*"',
      { a: '{}' },
      '\n  "hide": "*",',
      '"default": "deny"',
      [
        [
          'warning',
          'The rule for "a" never applies: hide is "*", so every tool is hidden',
          '6:5-6:8',
        ],
      ],
    ],
    [
      'default allow with no limit anywhere',
      { a: '{}' },
      '',
      '"default": "allow"',
      [
        [
          'warning',
          'default "allow" with no limit anywhere: a tool without a rule can be called without bound',
          '3:14-3:21',
        ],
      ],
    ],
  ])('%s', (_name, rules, extra, top, expected) => {
    const result = parsePolicy(policyText(rules, extra, top));
    expect(result.ok).toBe(true);
    expect(rows(result.findings)).toEqual(expected);
  });

  it('does not warn about default allow when some limit exists', () => {
    const text = policyText({ a: `{"limits": [${limit}]}` }, '', '"default": "allow"');
    expect(parsePolicy(text).findings).toEqual([]);
  });
});

describe('parsePolicy: findings', () => {
  it('are sorted by position, and any error makes the result not ok', () => {
    const text = policyText(
      { z: '{"acton": 1}', a: `{"action": "deny", "limits": []}`, b: '{"rate_limit": "1/day"}' },
      '',
      '"default": "allow"',
    );
    const result = parsePolicy(text);
    expect(result.ok).toBe(false);
    const places = result.findings.map((f) => [f.line, f.column]);
    expect(places).toEqual([...places].sort((p, q) => p[0]! - q[0]! || p[1]! - q[1]!));
    expect(result.findings.map((f) => f.severity)).toEqual(['error', 'info']);
  });
});
