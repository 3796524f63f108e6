import { describe, expect, it } from 'vitest';
import { findKey, findNode, MAX_JSON_DEPTH, parseJson } from '../../src/core/json';

type Place = [line: number, column: number, endLine: number, endColumn: number];

function onlyFinding(text: string) {
  const result = parseJson(text);
  expect(result.findings).toHaveLength(1);
  const f = result.findings[0]!;
  return { ok: result.ok, message: f.message, place: [f.line, f.column, f.endLine, f.endColumn] };
}

describe('parseJson: broken JSON is one error where the break is detected', () => {
  it.each<[string, string, string, Place]>([
    ['empty text', '', 'The text is empty: expected a JSON value', [1, 1, 1, 1]],
    ['only blanks', '  \n ', 'The text is empty: expected a JSON value', [1, 1, 1, 2]],
    ['line comment', '{\n  "a": 1 // note\n}', 'Comments are not allowed in JSON', [2, 10, 2, 17]],
    ['block comment', '/* x */ {}', 'Comments are not allowed in JSON', [1, 1, 1, 8]],
    ['trailing comma in object', '{"a": 1,\n}', 'Trailing comma', [1, 8, 1, 9]],
    ['trailing comma in array', '[1, 2, ]', 'Trailing comma', [1, 6, 1, 7]],
    ['missing comma', '{"a": 1\n "b": 2}', "Expected ',' or '}'", [2, 2, 2, 3]],
    ['missing comma in array', '[1 2]', "Expected ',' or ']'", [1, 4, 1, 5]],
    ['missing colon', '{"a" 1}', "Expected ':' after the property name", [1, 6, 1, 7]],
    [
      'single-quoted key',
      "{'a': 1}",
      'Property names must be in double quotes, not single quotes',
      [1, 2, 1, 3],
    ],
    [
      'single-quoted string',
      "[ 'a' ]",
      'Strings must be in double quotes, not single quotes',
      [1, 3, 1, 4],
    ],
    ['bare key', '{a: 1}', 'Property names must be in double quotes (found "a")', [1, 2, 1, 3]],
    ['NaN', '[NaN]', 'NaN is not allowed in JSON', [1, 2, 1, 5]],
    ['Infinity', '[Infinity]', 'Infinity is not allowed in JSON', [1, 2, 1, 10]],
    ['-Infinity', '[-Infinity]', 'Infinity is not allowed in JSON', [1, 2, 1, 11]],
    ['undefined', '{"a": undefined}', 'undefined is not allowed in JSON', [1, 7, 1, 16]],
    [
      'capitalised literal',
      '[True]',
      'Unexpected word "True": JSON writes true, false and null in lower case',
      [1, 2, 1, 6],
    ],
    ['leading zero', '[007]', 'Numbers cannot have leading zeros', [1, 2, 1, 4]],
    ['plus sign', '[+1]', "A number cannot start with '+'", [1, 2, 1, 3]],
    ['leading dot', '[.5]', "A number needs a digit before '.'", [1, 2, 1, 3]],
    ['trailing dot', '[1.]', "Expected a digit after '.'", [1, 4, 1, 5]],
    ['empty exponent', '[1e]', 'Expected a digit in the exponent', [1, 4, 1, 5]],
    ['unclosed object', '{"a": 1', "Unexpected end of text: expected ',' or '}'", [1, 7, 1, 8]],
    ['unclosed string', '"abc', `Unterminated string: expected a closing '"'`, [1, 4, 1, 5]],
    [
      'line break in a string',
      '{"a": "x\ny"}',
      'Line break inside a string: close the string or write \\n',
      [1, 8, 1, 9],
    ],
    [
      'raw tab in a string',
      '["a\tb"]',
      'Control character U+0009 inside a string: write it as \\u0009',
      [1, 4, 1, 5],
    ],
    [
      'bad escape',
      '["\\x41"]',
      'Invalid escape "\\\\x": use \\" \\\\ \\/ \\b \\f \\n \\r \\t or \\uXXXX',
      [1, 3, 1, 5],
    ],
    [
      'short unicode escape',
      '["\\u12"]',
      'Invalid \\u escape: expected 4 hexadecimal digits',
      [1, 3, 1, 9],
    ],
    ['two values', '{} {}', 'Unexpected text after the JSON value', [1, 4, 1, 5]],
    [
      'byte order mark',
      '\uFEFF{}',
      'A byte order mark (U+FEFF) is not allowed at the start of JSON',
      [1, 1, 1, 2],
    ],
  ])('%s', (_name, text, message, place) => {
    expect(onlyFinding(text)).toEqual({ ok: false, message, place });
  });

  it('names the path where the break is', () => {
    const result = parseJson('{"tools": {"a": {"limits": [1, 2,]}}}');
    expect(result.findings[0]?.path).toEqual(['tools', 'a', 'limits']);
    expect(parseJson('{"a": [1, {"b": nope}]}').findings[0]?.path).toEqual(['a', 1, 'b']);
  });

  it('counts lines after \\r\\n, \\r and \\n alike', () => {
    const place = (text: string) => onlyFinding(text).place;
    expect(place('{\r\n"a": 1,\r\n}')).toEqual([2, 7, 2, 8]);
    expect(place('{\r"a": 1,\r}')).toEqual([2, 7, 2, 8]);
    expect(place('{\n"a": 1,\n}')).toEqual([2, 7, 2, 8]);
  });
});

describe('parseJson: duplicate keys', () => {
  it('is an error at the later key, naming the line of the first, and the value keeps the last', () => {
    const result = parseJson('{\n  "x": 1,\n  "y": 2,\n  "x": 3\n}');
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value).toEqual({ x: 3, y: 2 });
    expect(result.findings).toEqual([
      {
        severity: 'error',
        message: 'Duplicate key "x" (first at line 2)',
        path: ['x'],
        line: 4,
        column: 3,
        endLine: 4,
        endColumn: 6,
      },
    ]);
  });

  it.each([
    ['nested', '{"a": {"b": 1, "b": 2}}', ['a', 'b'], 'Duplicate key "b" (first at line 1)'],
    [
      'escaped spelling',
      '{"ab": 1, "a\\u0062": 2}',
      ['ab'],
      'Duplicate key "ab" (first at line 1)',
    ],
    [
      'in a large object',
      `{${Array.from({ length: 40 }, (_, i) => `"k${i}": ${i}`).join(',\n')},\n"k7": 0}`,
      ['k7'],
      'Duplicate key "k7" (first at line 8)',
    ],
  ])('%s', (_name, text, path, message) => {
    const result = parseJson(text);
    expect(result.ok).toBe(true);
    expect(result.findings.map((f) => [f.message, f.path])).toEqual([[message, path]]);
  });
});

describe('parseJson: a duplicate key before a break', () => {
  it('is reported with the break, naming the line of the first key', () => {
    const result = parseJson('{\n"a": {"x": [1]},\n"b": 1,\n"a": 2,');
    expect(result.ok).toBe(false);
    expect(result.findings.map((f) => [f.message, f.line, f.column])).toEqual([
      ['Duplicate key "a" (first at line 2)', 4, 1],
      ['Unexpected end of text: expected a property name in double quotes', 4, 7],
    ]);
  });
});

describe('parseJson: nesting', () => {
  it(`accepts ${MAX_JSON_DEPTH} levels`, () => {
    const text = '['.repeat(MAX_JSON_DEPTH) + ']'.repeat(MAX_JSON_DEPTH);
    expect(parseJson(text).ok).toBe(true);
  });

  it.each([
    ['1001 levels of arrays', '['.repeat(1001) + ']'.repeat(1001), 1001],
    ['100,000 unclosed arrays', '['.repeat(100_000), 1001],
    ['100,000 objects', '{"a":'.repeat(100_000), 5001],
  ])('%s is one error finding, not a crash', (_name, text, column) => {
    const result = parseJson(text);
    expect(result.ok).toBe(false);
    expect(result.findings.map((f) => [f.message, f.line, f.column])).toEqual([
      ['Nesting deeper than 1000 levels', 1, column],
    ]);
  });
});

describe('parseJson: values', () => {
  it.each([
    ['numbers', '[0, -0, 1.5, -2e3, 1E-7, 123456789012345678901234567890, 1e400]'],
    ['strings', '["", "a\\"b", "\\u00e9\\n\\t\\/", "\\ud83d\\ude00", "\\ud800 lone"]'],
    ['literals', '[true, false, null]'],
    ['nested', '{"a": [{"b": {}}, []], "c": {"d": [1, [2, [3]]]}}'],
    ['scalar root', '  "just a string"  '],
  ])('%s read as JSON.parse reads them', (_name, text) => {
    const result = parseJson(text);
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.value).toStrictEqual(JSON.parse(text));
  });

  it('makes "__proto__" an ordinary own property, never a prototype', () => {
    const result = parseJson('{"__proto__": {"polluted": true}, "constructor": 1}');
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const value = result.value as Record<string, unknown>;
    expect(Object.getPrototypeOf(value)).toBe(Object.prototype);
    expect(Object.keys(value)).toEqual(['__proto__', 'constructor']);
    expect(Object.getOwnPropertyDescriptor(value, '__proto__')?.value).toEqual({ polluted: true });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('reads raw lone surrogates as JSON.parse does', () => {
    const text = '["\ud800", "x\udc00y"]';
    const result = parseJson(text);
    expect(result.ok && result.value).toEqual(['\ud800', 'x\udc00y']);
  });

  it('reads a 10 MB string', () => {
    const text = `{"big": "${'a'.repeat(10 * 1024 * 1024)}"}`;
    const result = parseJson(text);
    expect(result.ok && (result.value as { big: string }).big.length).toBe(10 * 1024 * 1024);
  });

  it('reads binary noise without throwing', () => {
    const noise = Array.from({ length: 2000 }, (_, i) =>
      String.fromCharCode((i * 7919) % 65536),
    ).join('');
    expect(parseJson(noise).ok).toBe(false);
  });
});

describe('parseJson: node tree', () => {
  const text = '{\n  "tools": {\n    "a b": {"limits": [{"max": 3}]}\n  },\n  "n": null\n}';
  const parsed = parseJson(text);
  if (!parsed.ok) throw new Error('fixture must parse');
  const { root } = parsed;

  it('gives each node its offset and length', () => {
    expect(root).toMatchObject({ type: 'object', offset: 0, length: text.length });
    expect(root.properties?.map((p) => [p.key, p.keyOffset, p.keyLength, p.value.type])).toEqual([
      ['tools', 4, 7, 'object'],
      ['n', 58, 3, 'null'],
    ]);
  });

  it.each<[(string | number)[], string | undefined]>([
    [['tools', 'a b', 'limits', 0, 'max'], '3'],
    [['tools', 'a b', 'limits', '0', 'max'], '3'],
    [['tools', 'a b', 'limits', 0], '{"max": 3}'],
    [['n'], 'null'],
    [['tools', 'missing'], undefined],
    [['tools', 'a b', 'limits', 1], undefined],
    [['n', 'x'], undefined],
  ])('findNode %j', (path, slice) => {
    const node = findNode(root, path);
    expect(node && text.slice(node.offset, node.offset + node.length)).toBe(slice);
  });

  it.each<[(string | number)[], string | undefined]>([
    [['tools', 'a b'], '"a b"'],
    [['tools', 'a b', 'limits', 0, 'max'], '"max"'],
    [['tools', 'a b', 'limits', 0], undefined],
    [[], undefined],
  ])('findKey %j', (path, slice) => {
    const key = findKey(root, path);
    expect(key && text.slice(key.offset, key.offset + key.length)).toBe(slice);
  });

  it("returns the tree's own nodes, so they can be compared by identity", () => {
    const rule = findNode(root, ['tools', 'a b']);
    expect(rule).toBeDefined();
    expect(findNode(root, ['tools'])?.properties?.[0]?.value).toBe(rule);
    expect(root.properties?.[0]?.value.properties?.[0]?.value).toBe(rule);
  });

  it('lists array items and object members in document order', () => {
    const result = parseJson('[{"b": 1, "a": 2}, 3]');
    if (!result.ok) throw new Error('must parse');
    expect(result.root.children?.map((c) => c.type)).toEqual(['object', 'number']);
    expect(result.root.children?.[0]?.properties?.map((p) => p.key)).toEqual(['b', 'a']);
  });
});
