import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  argumentTypes,
  CONDITION_WORD_LABELS,
  CONDITION_WORDS,
  conditionDraft,
  conditionWord,
  draftCondition,
  EMPTY_DRAFT,
  escapeRegex,
  OPERATORS,
  redraft,
  startsWithRegex,
  startsWithText,
  UNKNOWN_TYPES,
  WORD_OPERATORS,
  type ArgumentTypes,
  type Condition,
  type ConditionDraft,
} from '../../src/core';

const RUNS = { numRuns: 1000 };

// Regex syntax characters come up often, so the properties meet them.
const text = fc.oneof(
  fc.string(),
  fc.string({ unit: 'binary' }),
  fc.string({ unit: fc.constantFrom(...'\\^$.*+?()[]{}|/-ab\n') }),
);

const STRING: ArgumentTypes = { argument: 'string', item: 'unknown' };
const NUMBER: ArgumentTypes = { argument: 'number', item: 'unknown' };
const BOOLEAN: ArgumentTypes = { argument: 'boolean', item: 'unknown' };

describe('condition words', () => {
  it('gives every format operator words, and every word an operator', () => {
    const written = new Set(CONDITION_WORDS.map((w) => WORD_OPERATORS[w]));
    expect([...written].sort()).toEqual([...OPERATORS].sort());
    expect(CONDITION_WORDS.map((w) => CONDITION_WORD_LABELS[w])).toEqual([
      'equals',
      'does not equal',
      'is one of',
      'is not one of',
      'starts with',
      'contains',
      'matches regex',
      'is less than',
      'is at most',
      'is greater than',
      'is at least',
      'is set',
      'is not set',
    ]);
  });

  it.each<[Condition, string]>([
    [{ path: 'args.a', op: 'eq', value: 1 }, 'equals'],
    [{ path: 'args.a', op: 'neq', value: 1 }, 'not_equals'],
    [{ path: 'args.a', op: 'in', value: [1] }, 'one_of'],
    [{ path: 'args.a', op: 'not_in', value: [1] }, 'not_one_of'],
    [{ path: 'args.a', op: 'lt', value: 1 }, 'less_than'],
    [{ path: 'args.a', op: 'lte', value: 1 }, 'at_most'],
    [{ path: 'args.a', op: 'gt', value: 1 }, 'greater_than'],
    [{ path: 'args.a', op: 'gte', value: 1 }, 'at_least'],
    [{ path: 'args.a', op: 'contains', value: 'x' }, 'contains'],
    [{ path: 'args.a', op: 'regex', value: '^/etc' }, 'starts_with'],
    [{ path: 'args.a', op: 'regex', value: '^a\\.b\\*' }, 'starts_with'],
    [{ path: 'args.a', op: 'regex', value: '^' }, 'matches'],
    [{ path: 'args.a', op: 'regex', value: '^a.b' }, 'matches'],
    [{ path: 'args.a', op: 'regex', value: '^a\\d' }, 'matches'],
    [{ path: 'args.a', op: 'regex', value: '/etc' }, 'matches'],
    [{ path: 'args.a', op: 'regex', value: '^/etc$' }, 'matches'],
    [{ path: 'args.a', op: 'exists' }, 'is_set'],
    [{ path: 'args.a', op: 'exists', value: true }, 'is_set'],
    [{ path: 'args.a', op: 'exists', value: false }, 'is_not_set'],
  ])('reads %j as %s', (condition, word) => {
    expect(conditionWord(condition)).toBe(word);
  });
});

describe('starts with', () => {
  it.each([
    ['/etc', '^/etc'],
    ['a.b', '^a\\.b'],
    ['C:\\x', '^C:\\\\x'],
    ['(1+1)*[2]{3}|?$^', '^\\(1\\+1\\)\\*\\[2\\]\\{3\\}\\|\\?\\$\\^'],
    ['', '^'],
  ])('writes %j as the regex %j', (input, regex) => {
    expect(startsWithRegex(input)).toBe(regex);
    expect(startsWithText(regex)).toBe(input);
  });

  it.each(['/etc', '^a\\d', '^a.b', '^a\\', '^(x)', '^\\/etc'])(
    'does not read %j as starts-with text',
    (regex) => {
      expect(startsWithText(regex)).toBeNull();
    },
  );

  it('matches exactly the strings that start with the text', () => {
    fc.assert(
      fc.property(text, text, fc.boolean(), (prefix, rest, joined) => {
        const subject = joined ? prefix + rest : rest;
        const regex = new RegExp(startsWithRegex(prefix));
        expect(regex.test(subject)).toBe(subject.startsWith(prefix));
      }),
      RUNS,
    );
  });

  it('reads back every text it writes', () => {
    fc.assert(
      fc.property(text, (t) => {
        expect(startsWithText(startsWithRegex(t))).toBe(t);
      }),
      RUNS,
    );
  });

  it('reads a regex as starts-with text only when writing the text gives it back', () => {
    fc.assert(
      fc.property(text, (regex) => {
        const read = startsWithText(regex);
        if (read !== null) expect(startsWithRegex(read)).toBe(regex);
      }),
      RUNS,
    );
  });

  it('escapes text so that it matches itself anywhere', () => {
    fc.assert(
      fc.property(text, (t) => {
        expect(new RegExp(escapeRegex(t)).exec(`x${t}y`)?.[0]).toBe(t);
      }),
      RUNS,
    );
  });
});

describe('argument types from the input schema', () => {
  const schema = {
    type: 'object',
    properties: {
      path: { type: 'string' },
      size: { type: 'integer' },
      ratio: { type: ['number', 'null'] },
      force: { type: 'boolean' },
      tags: { type: 'array', items: { type: 'string' } },
      mode: { enum: ['r', 'w'] },
      options: { type: 'object', properties: { depth: { type: 'number' } } },
      anything: {},
    },
  };

  it.each<[string, ArgumentTypes]>([
    ['args.path', STRING],
    ['args.size', NUMBER],
    ['args.ratio', NUMBER],
    ['args.force', BOOLEAN],
    ['args.tags', { argument: 'array', item: 'string' }],
    ['args.mode', STRING],
    ['args.options', { argument: 'object', item: 'unknown' }],
    ['args.options.depth', NUMBER],
    ['args.anything', UNKNOWN_TYPES],
    ['args.missing', UNKNOWN_TYPES],
    ['args.', UNKNOWN_TYPES],
  ])('%s', (path, types) => {
    expect(argumentTypes([schema], path)).toEqual(types);
  });

  it('gives a type for several tools only when they agree', () => {
    const a = { type: 'object', properties: { x: { type: 'string' } } };
    const b = { type: 'object', properties: { x: { type: 'number' } } };
    expect(argumentTypes([a, a], 'args.x')).toEqual(STRING);
    expect(argumentTypes([a, b], 'args.x')).toEqual(UNKNOWN_TYPES);
    expect(argumentTypes([], 'args.x')).toEqual(UNKNOWN_TYPES);
  });
});

describe('condition drafts', () => {
  const draft = (extra: Partial<ConditionDraft>): ConditionDraft => ({
    ...EMPTY_DRAFT,
    path: 'args.a',
    ...extra,
  });

  it.each<[ConditionDraft, string]>([
    [EMPTY_DRAFT, 'has no argument path'],
    [draft({}), 'has no operator'],
    [draft({ word: 'equals', kind: 'text', values: [''] }), 'has no value'],
    [draft({ word: 'equals', kind: 'text', values: [] }), 'has no value'],
    [
      draft({ word: 'greater_than', kind: 'number', values: ['ten'] }),
      'has a value that is not a number',
    ],
    [draft({ word: 'equals', kind: 'boolean', values: [''] }), 'has no value'],
    [draft({ word: 'equals', kind: 'json', values: ['{'] }), 'has a value that is not valid JSON'],
    [draft({ word: 'one_of', kind: 'text', values: [] }), 'has no values'],
    [draft({ word: 'one_of', kind: 'text', values: ['a', ''] }), 'has an empty value 2'],
    [
      draft({ word: 'one_of', kind: 'number', values: ['1', 'x'] }),
      'has a value 2 that is not a number',
    ],
    [draft({ word: 'starts_with', kind: 'json', values: ['1'] }), 'has a value that is not text'],
  ])('%j is not written: it %s', (d, problem) => {
    expect(draftCondition(d)).toEqual({ ok: false, problem });
  });

  it.each<[ConditionDraft, Condition]>([
    [draft({ word: 'is_set' }), { path: 'args.a', op: 'exists' }],
    [draft({ word: 'is_not_set' }), { path: 'args.a', op: 'exists', value: false }],
    [
      draft({ word: 'starts_with', kind: 'text', values: ['/etc'] }),
      { path: 'args.a', op: 'regex', value: '^/etc' },
    ],
    [
      draft({ word: 'matches', kind: 'text', values: ['^a.b$'] }),
      { path: 'args.a', op: 'regex', value: '^a.b$' },
    ],
    [
      draft({ word: 'equals', kind: 'text', values: ['10'] }),
      { path: 'args.a', op: 'eq', value: '10' },
    ],
    [
      draft({ word: 'equals', kind: 'text', values: [' '] }),
      { path: 'args.a', op: 'eq', value: ' ' },
    ],
    [
      draft({ word: 'starts_with', kind: 'text', values: ['\n'] }),
      { path: 'args.a', op: 'regex', value: '^\n' },
    ],
    [
      draft({ word: 'equals', kind: 'number', values: ['10'] }),
      { path: 'args.a', op: 'eq', value: 10 },
    ],
    [
      draft({ word: 'equals', kind: 'boolean', values: ['false'] }),
      { path: 'args.a', op: 'eq', value: false },
    ],
    [
      draft({ word: 'one_of', kind: 'text', values: ['a', 'b'] }),
      { path: 'args.a', op: 'in', value: ['a', 'b'] },
    ],
    [
      draft({ word: 'not_one_of', kind: 'number', values: ['1', '2.5'] }),
      { path: 'args.a', op: 'not_in', value: [1, 2.5] },
    ],
    [
      draft({ word: 'one_of', kind: 'json', values: ['[]'] }),
      { path: 'args.a', op: 'in', value: [] },
    ],
    [
      draft({ word: 'contains', kind: 'json', values: ['{"a":1}'] }),
      { path: 'args.a', op: 'contains', value: { a: 1 } },
    ],
  ])('%j writes %j', (d, condition) => {
    expect(draftCondition(d)).toEqual({ ok: true, condition });
  });

  it.each<[Condition, ArgumentTypes, ConditionDraft]>([
    [
      { path: 'args.a', op: 'regex', value: '^/etc' },
      STRING,
      draft({ word: 'starts_with', kind: 'text', values: ['/etc'] }),
    ],
    [
      { path: 'args.a', op: 'eq', value: 10 },
      STRING,
      draft({ word: 'equals', kind: 'number', values: ['10'] }),
    ],
    [
      { path: 'args.a', op: 'eq', value: 'x' },
      UNKNOWN_TYPES,
      draft({ word: 'equals', kind: 'text', values: ['x'] }),
    ],
    [
      { path: 'args.a', op: 'eq', value: '' },
      STRING,
      draft({ word: 'equals', kind: 'json', values: ['""'] }),
    ],
    [
      { path: 'args.a', op: 'in', value: [true, false] },
      BOOLEAN,
      draft({ word: 'one_of', kind: 'boolean', values: ['true', 'false'] }),
    ],
    [
      { path: 'args.a', op: 'in', value: [1, 'a'] },
      UNKNOWN_TYPES,
      draft({ word: 'one_of', kind: 'json', values: ['[1,"a"]'] }),
    ],
    [
      { path: 'args.a', op: 'not_in', value: [] },
      STRING,
      draft({ word: 'not_one_of', kind: 'json', values: ['[]'] }),
    ],
    [
      { path: 'args.a', op: 'exists', value: true },
      STRING,
      draft({ word: 'is_set', kind: 'none', values: ['true'] }),
    ],
  ])('shows %j (types %j) as %j', (condition, types, d) => {
    expect(conditionDraft(condition, types)).toEqual(d);
  });

  const anyJson = fc.jsonValue({ maxDepth: 2 });
  const anyCondition: fc.Arbitrary<Condition> = fc
    .oneof(
      fc.record({ op: fc.constantFrom('eq', 'neq', 'contains'), value: anyJson }),
      fc.record({
        op: fc.constantFrom('in', 'not_in'),
        value: fc.array(anyJson, { maxLength: 4 }),
      }),
      fc.record({
        op: fc.constantFrom('lt', 'lte', 'gt', 'gte'),
        value: fc.double({ noNaN: true, noDefaultInfinity: true }),
      }),
      fc.record({
        op: fc.constant('regex'),
        value: fc.oneof(text.map(startsWithRegex), fc.constantFrom('', '^', 'a+b', '^x$')),
      }),
      fc.record({ op: fc.constant('exists'), value: fc.boolean() }, { requiredKeys: ['op'] }),
    )
    .map((c) => ({ path: 'args.a', ...c }) as Condition);
  const anyTypes = fc.record({
    argument: fc.constantFrom('string', 'number', 'boolean', 'array', 'object', 'unknown'),
    item: fc.constantFrom('string', 'number', 'boolean', 'array', 'object', 'unknown'),
  }) as fc.Arbitrary<ArgumentTypes>;

  it('writes back every written condition exactly as it was, whatever the schema says', () => {
    fc.assert(
      fc.property(anyCondition, anyTypes, (condition, types) => {
        const back = draftCondition(conditionDraft(condition, types));
        expect(back.ok).toBe(true);
        if (back.ok) expect(JSON.stringify(back.condition)).toBe(JSON.stringify(condition));
      }),
      RUNS,
    );
  });

  it('follows the new word: a number input for "is greater than", one entry for a list', () => {
    const typed = draft({ word: 'equals', kind: 'text', values: ['12'] });
    expect(redraft(typed, 'greater_than', STRING)).toEqual(
      draft({ word: 'greater_than', kind: 'number', values: ['12'] }),
    );
    expect(redraft(typed, 'one_of', STRING)).toEqual(
      draft({ word: 'one_of', kind: 'text', values: ['12'] }),
    );
    expect(redraft(typed, 'is_set', STRING)).toEqual(
      draft({ word: 'is_set', kind: 'none', values: [] }),
    );
    expect(
      redraft(draft({ word: 'equals', kind: 'text', values: ['abc'] }), 'at_least', STRING),
    ).toEqual(draft({ word: 'at_least', kind: 'number', values: [''] }));
    expect(redraft(draft({}), 'equals', BOOLEAN)).toEqual(
      draft({ word: 'equals', kind: 'boolean', values: [''] }),
    );
    expect(redraft(draft({}), 'equals', UNKNOWN_TYPES)).toEqual(
      draft({ word: 'equals', kind: 'text', values: [''] }),
    );
  });
});
