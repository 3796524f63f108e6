import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Finding } from '../../src/core/findings';
import { parseToolList } from '../../src/core/tools/parseToolList';
import type { Tool } from '../../src/core/tools/tool';

/** A tool as a real server sends it: nested schemas, annotations, and fields the spec lacks. */
const REALISTIC = {
  name: 'cache_set',
  title: 'Set cache value',
  description: 'Set a value in the cache.',
  inputSchema: {
    type: 'object',
    properties: {
      key: { type: 'string', description: 'The key to set' },
      value: { type: 'string' },
      expire: { type: ['integer', 'null'], minimum: 0 },
      options: { type: 'object', properties: { nx: { type: 'boolean' } } },
    },
    required: ['key', 'value'],
  },
  outputSchema: { type: 'object', properties: { ok: { type: 'boolean' } } },
  annotations: { readOnlyHint: false, openWorldHint: true, vendorHint: 'x' },
  _meta: { 'io.example/category': 'cache' },
  icons: [{ src: 'https://example.com/icon.png' }],
};
const PLAIN = { name: 'get_item', inputSchema: { type: 'object' } };

function ok(text: string): { tools: Tool[]; findings: Finding[] } {
  const result = parseToolList(text);
  if (!result.ok) throw new Error(`not ok: ${JSON.stringify(result.findings)}`);
  return result;
}

function messages(findings: readonly Finding[]): string[] {
  return findings.map((f) => `${f.severity}: ${f.message}`);
}

describe('parseToolList shapes', () => {
  const tools = [REALISTIC, PLAIN];
  it.each([
    ['a tools/list result', { tools }],
    ['a result with nextCursor absent and _meta', { tools, _meta: {} }],
    ['a JSON-RPC response', { jsonrpc: '2.0', id: 1, result: { tools } }],
    ['a JSON-RPC response with a string id', { jsonrpc: '2.0', id: 'a', result: { tools } }],
    ['a bare array', tools],
    ['pages', [{ tools: [REALISTIC] }, { tools: [PLAIN] }]],
    [
      'pages of JSON-RPC responses',
      [
        { jsonrpc: '2.0', id: 1, result: { tools: [REALISTIC], nextCursor: 'p2' } },
        { jsonrpc: '2.0', id: 2, result: { tools: [PLAIN] } },
      ],
    ],
    [
      'mixed pages',
      [{ tools: [REALISTIC] }, { jsonrpc: '2.0', id: 2, result: { tools: [PLAIN] } }],
    ],
  ])('reads %s', (_shape, value) => {
    const result = ok(JSON.stringify(value, null, 2));
    expect(result.tools).toEqual([REALISTIC, PLAIN]);
    expect(result.findings).toEqual([]);
  });

  it.each([
    ['an empty tools/list result', '{"tools": []}'],
    ['an empty array', '[]'],
    ['a page without tools among pages', '[{"tools": []}, {"result": {"tools": []}}]'],
  ])('reads %s as no tools', (_shape, text) => {
    expect(ok(text)).toEqual({ ok: true, tools: [], findings: [] });
  });

  it('keeps every field a real server sends, as sent', () => {
    const [tool] = ok(JSON.stringify({ tools: [REALISTIC] })).tools;
    expect(tool?._meta).toEqual({ 'io.example/category': 'cache' });
    expect(tool?.icons).toEqual([{ src: 'https://example.com/icon.png' }]);
    expect(tool?.annotations).toEqual({
      readOnlyHint: false,
      openWorldHint: true,
      vendorHint: 'x',
    });
    expect(Object.keys(tool ?? {})).toEqual(Object.keys(REALISTIC));
  });

  it('says when the list has more pages', () => {
    const result = ok('{"tools": [{"name": "a"}], "nextCursor": "abc"}');
    expect(result.tools).toEqual([{ name: 'a' }]);
    expect(result.findings).toMatchObject([
      { severity: 'info', path: ['nextCursor'], line: 1, column: 42, endColumn: 47 },
    ]);
  });

  it('takes __proto__ and constructor as ordinary names and fields', () => {
    const result = ok(
      '[{"name": "__proto__", "__proto__": {"polluted": true}}, {"name": "constructor"}]',
    );
    expect(result.tools.map((t) => t.name)).toEqual(['__proto__', 'constructor']);
    const [first] = result.tools;
    expect(Object.getPrototypeOf(first)).toBe(Object.prototype);
    expect(Object.getOwnPropertyDescriptor(first, '__proto__')?.value).toEqual({ polluted: true });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('parseToolList refusals', () => {
  it.each([
    ['{"tools": 3}', ['tools'], 1, 11],
    ['{"result": {"tools": {}}}', ['result', 'tools'], 1, 22],
    ['{"jsonrpc": "2.0", "id": 1, "result": null}', ['result'], 1, 39],
    ['{"jsonrpc": "2.0", "id": 1, "method": "tools/list"}', [], 1, 1],
    ['"tools"', [], 1, 1],
    ['42', [], 1, 1],
    ['null', [], 1, 1],
  ])('%s is not a tool list', (text, path, line, column) => {
    const result = parseToolList(text);
    expect(result.ok).toBe(false);
    expect(result.findings).toMatchObject([
      {
        severity: 'error',
        message: 'Expected a tools/list result, a JSON-RPC response, or an array of tools.',
        path,
        line,
        column,
      },
    ]);
  });

  it('gives the message and code of a JSON-RPC error', () => {
    const text = [
      '{',
      '  "jsonrpc": "2.0",',
      '  "id": 1,',
      '  "error": {"code": -32601, "message": "Method not found"}',
      '}',
    ].join('\n');
    expect(parseToolList(text)).toEqual({
      ok: false,
      findings: [
        {
          severity: 'error',
          message: 'The server answered with an error: "Method not found" (code -32601).',
          path: ['error', 'message'],
          line: 4,
          column: 40,
          endLine: 4,
          endColumn: 58,
        },
      ],
    });
  });

  it('gives what there is of an odd JSON-RPC error', () => {
    const result = parseToolList('{"jsonrpc": "2.0", "id": null, "error": "boom"}');
    expect(result).toMatchObject({
      ok: false,
      findings: [
        { message: 'The server answered with an error.', path: ['error'], line: 1, column: 41 },
      ],
    });
  });

  it.each([
    ['not JSON', 'tools: []', 'Unexpected word "tools": strings must be in double quotes', 1, 1],
    ['empty', '', 'The text is empty: expected a JSON value', 1, 1],
    [
      'cut short',
      '{"tools": [\n  {"name": "a"}',
      "Unexpected end of text: expected ',' or ']'",
      2,
      15,
    ],
  ])('refuses text that is %s, at the break', (_what, text, message, line, column) => {
    const result = parseToolList(text);
    expect(result.ok).toBe(false);
    expect(result.findings).toMatchObject([{ severity: 'error', message, line, column }]);
  });
});

describe('parseToolList entries', () => {
  it('skips bad entries with their index, keeping the rest', () => {
    const text = [
      '{"tools": [',
      '  {"name": "a"},',
      '  "b",',
      '  {"title": "no name"},',
      '  {"name": 7},',
      '  {"name": ""},',
      `  {"name": "${'x'.repeat(129)}"},`,
      '  null,',
      '  {"name": "c"}',
      ']}',
    ].join('\n');
    const result = ok(text);
    expect(result.tools.map((t) => t.name)).toEqual(['a', 'c']);
    expect(result.findings.map((f) => [f.message, f.path, f.line, f.column])).toEqual([
      ['Skipped tools[1]: a tool is an object with a "name", not a string.', ['tools', 1], 3, 3],
      ['Skipped tools[2]: it has no "name".', ['tools', 2], 4, 3],
      ['Skipped tools[3]: its "name" is a number, not a string.', ['tools', 3, 'name'], 5, 12],
      [
        'Skipped tools[4]: its "name" is empty; a tool name has 1 to 128 characters.',
        ['tools', 4, 'name'],
        6,
        12,
      ],
      [
        'Skipped tools[5]: its "name" has 129 characters; a tool name has 1 to 128 characters.',
        ['tools', 5, 'name'],
        7,
        12,
      ],
      ['Skipped tools[6]: a tool is an object with a "name", not null.', ['tools', 6], 8, 3],
    ]);
    expect(result.findings.every((f) => f.severity === 'warning')).toBe(true);
  });

  it('marks only the opening brace of a skipped object', () => {
    const [finding] = ok('[{"title": "x",\n "description": "y"}]').findings;
    expect(finding).toEqual({
      severity: 'warning',
      message: 'Skipped [0]: it has no "name".',
      path: [0],
      line: 1,
      column: 2,
      endLine: 1,
      endColumn: 3,
    });
  });

  it('names the page and the index in pages', () => {
    const text = '[{"tools": [{"name": "a"}]}, {"result": {"tools": [{"name": "a"}, 5]}}, 3]';
    const result = ok(text);
    expect(result.tools).toEqual([{ name: 'a' }]);
    expect(messages(result.findings)).toEqual([
      'warning: Skipped [1].result.tools[0]: the name "a" is already used by [0].tools[0], which is kept.',
      'warning: Skipped [1].result.tools[1]: a tool is an object with a "name", not a number.',
      'warning: Skipped [2]: a page is a tools/list result with a "tools" array.',
    ]);
    expect(result.findings.map((f) => [f.line, f.column])).toEqual([
      [1, 61],
      [1, 67],
      [1, 73],
    ]);
  });

  it('skips an error page with the server message', () => {
    const text =
      '[{"tools": [{"name": "a"}]}, {"jsonrpc": "2.0", "id": 2, "error": {"code": -32000, "message": "Rate limited"}}]';
    const result = ok(text);
    expect(result.tools).toEqual([{ name: 'a' }]);
    expect(messages(result.findings)).toEqual([
      'warning: Skipped [1]: the server answered with an error: "Rate limited" (code -32000).',
    ]);
    expect(result.findings[0]?.path).toEqual([1, 'error', 'message']);
  });

  it('keeps the first of two tools with the same name', () => {
    const text = [
      '{"tools": [',
      '  {"name": "dup", "description": "first"},',
      '  {"name": "other"},',
      '  {"name": "dup", "description": "second"}',
      ']}',
    ].join('\n');
    const result = ok(text);
    expect(result.tools).toEqual([{ name: 'dup', description: 'first' }, { name: 'other' }]);
    expect(result.findings).toEqual([
      {
        severity: 'warning',
        message: 'Skipped tools[2]: the name "dup" is already used by tools[0], which is kept.',
        path: ['tools', 2, 'name'],
        line: 4,
        column: 12,
        endLine: 4,
        endColumn: 17,
      },
    ]);
  });

  it('treats an array with a named element as tools, not pages', () => {
    const result = ok('[{"tools": []}, {"name": "a"}]');
    expect(result.tools).toEqual([{ name: 'a' }]);
    expect(messages(result.findings)).toEqual(['warning: Skipped [0]: it has no "name".']);
  });

  it.each([
    ['title', '5', 'expected a string, found a number'],
    ['description', '["x"]', 'expected a string, found an array'],
    ['inputSchema', '"object"', 'expected an object, found a string'],
    ['outputSchema', '[]', 'expected an object, found an array'],
    ['annotations', 'null', 'expected an object, found null'],
  ])('ignores a %s of the wrong type and keeps the tool', (field, json, expected) => {
    const text = `{"tools": [{"name": "t", "${field}": ${json}, "extra": 1}]}`;
    const result = ok(text);
    expect(result.tools).toEqual([{ name: 't', extra: 1 }]);
    expect(result.findings).toMatchObject([
      {
        severity: 'warning',
        message: `Ignored tools[0].${field}: ${expected}.`,
        path: ['tools', 0, field],
        line: 1,
        column: 30 + field.length,
      },
    ]);
  });

  it('ignores annotation hints of the wrong type', () => {
    const text =
      '{"tools": [{"name": "t", "annotations": {"readOnlyHint": "yes", "destructiveHint": true, "title": 1, "custom": "kept"}}]}';
    const result = ok(text);
    expect(result.tools).toEqual([
      { name: 't', annotations: { destructiveHint: true, custom: 'kept' } },
    ]);
    expect(messages(result.findings)).toEqual([
      'warning: Ignored tools[0].annotations.readOnlyHint: expected true or false, found a string.',
      'warning: Ignored tools[0].annotations.title: expected a string, found a number.',
    ]);
    expect(result.findings[0]).toMatchObject({ line: 1, column: 58, endColumn: 63 });
  });

  it('keeps a duplicated key as a warning, with the last value', () => {
    const text = '{"tools": [{"name": "a", "description": "one", "description": "two"}]}';
    const result = ok(text);
    expect(result.tools).toEqual([{ name: 'a', description: 'two' }]);
    expect(result.findings).toMatchObject([
      {
        severity: 'warning',
        message: 'Duplicate key "description" (first at line 1); the last one is used',
        line: 1,
        column: 48,
      },
    ]);
  });
});

function insideText(text: string, findings: readonly Finding[]): boolean {
  const lines = text.split(/\r\n|\r|\n/);
  return findings.every((f) => {
    const start = lines[f.line - 1];
    const end = lines[f.endLine - 1];
    return (
      start !== undefined &&
      end !== undefined &&
      f.column >= 1 &&
      f.column <= start.length + 1 &&
      f.endColumn >= 1 &&
      f.endColumn <= end.length + 1 &&
      (f.endLine > f.line || (f.endLine === f.line && f.endColumn >= f.column))
    );
  });
}

describe('parseToolList properties', () => {
  function check(text: string): void {
    const result = parseToolList(text);
    expect(insideText(text, result.findings)).toBe(true);
    if (!result.ok) expect(result.findings.some((f) => f.severity === 'error')).toBe(true);
    else expect(result.findings.every((f) => f.severity !== 'error')).toBe(true);
  }

  it('never throws on any string, and every finding lies inside the text', () => {
    fc.assert(fc.property(fc.string({ unit: 'grapheme' }), check), { numRuns: 1000 });
  });

  it('never throws on any JSON value, and every finding lies inside the text', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.boolean(), (value, pretty) => {
        check(JSON.stringify(value, null, pretty ? 2 : undefined) ?? 'null');
      }),
      { numRuns: 1000 },
    );
  });

  it('reads any list of named tools back, one per distinct name', () => {
    const tool = fc.record(
      {
        name: fc.string({ minLength: 1, maxLength: 128 }),
        description: fc.string(),
        annotations: fc.record({ readOnlyHint: fc.boolean() }, { requiredKeys: [] }),
        extra: fc.jsonValue(),
      },
      { requiredKeys: ['name'] },
    );
    fc.assert(
      fc.property(fc.array(tool, { maxLength: 10 }), (tools) => {
        const result = ok(JSON.stringify({ tools }, null, 1));
        const names = [...new Set(tools.map((t) => t.name))];
        expect(result.tools.map((t) => t.name)).toEqual(names);
        expect(result.findings.length).toBe(tools.length - names.length);
      }),
      { numRuns: 1000 },
    );
  });
});
