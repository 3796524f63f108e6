import { describe, expect, it } from 'vitest';
import { documentKind, formatPolicy, parsePolicy, prepareImport } from '../../src/core';
import { importReport } from '../../src/transfer/importReport';

const SHORTHAND =
  '{"version": "1", "default": "deny", "tools": {"cache_set": {"rate_limit": "5/hour"}}}';
const SHORTHAND_FORMATTED = `{
  "version": "1",
  "default": "deny",
  "tools": {
    "cache_set": {
      "limits": [
        {
          "counter": "cache_set_rate",
          "window": "hour",
          "max": 5,
          "scope": "grant"
        }
      ]
    }
  }
}
`;

describe('prepareImport', () => {
  it('formats a valid policy, rewrites its shorthand and lists the rewrite', () => {
    const prepared = prepareImport(SHORTHAND, []);
    expect(prepared.text).toBe(SHORTHAND_FORMATTED);
    expect(prepared.asGiven).toBe(false);
    expect(prepared.parsed).toEqual(parsePolicy(SHORTHAND_FORMATTED));
    expect(prepared.rewrites.map((f) => [f.severity, f.line, f.column])).toEqual([['info', 1, 61]]);
    expect(prepared.rewrites[0]?.message).toContain('rate_limit rewritten to the limit');
  });

  it('keeps a text with errors exactly as given, with its findings', () => {
    const typo = '{"version": "1", "default": "deny", "tools": {"x": {"limts": []}}}';
    const prepared = prepareImport(typo, []);
    expect(prepared.text).toBe(typo);
    expect(prepared.asGiven).toBe(true);
    expect(prepared.rewrites).toEqual([]);
    expect(prepared.parsed.ok).toBe(false);
    expect(prepared.parsed.findings.map((f) => f.message)).toEqual([
      'Unknown key "limts" — did you mean "limits"?',
    ]);
  });

  it('checks against the loaded tools, as the store would', () => {
    const text = formatPolicy({ version: '1', default: 'deny', tools: { gone: {} } });
    const prepared = prepareImport(text, [{ name: 'here' }]);
    expect(prepared.text).toBe(text);
    expect(prepared.parsed).toEqual(parsePolicy(text, { tools: [{ name: 'here' }] }));
    expect(prepared.parsed.findings.map((f) => f.severity)).toEqual(['warning']);
  });
});

describe('documentKind', () => {
  it.each([
    ['{"tools": []}', 'tools'],
    ['[{"name": "a"}]', 'tools'],
    ['[]', 'tools'],
    ['{"jsonrpc": "2.0", "id": 1, "result": {"tools": []}}', 'tools'],
    ['{"jsonrpc": "2.0", "id": 1, "error": {"message": "x"}}', 'tools'],
    ['{"version": "1", "default": "deny", "tools": {}}', 'policy'],
    ['{"tools": {"a": {}}}', 'policy'],
    ['{"version": "1", "default": "deny", "tools": {},}', 'policy'],
    ['not json', 'policy'],
    ['42', 'policy'],
  ])('%s → %s', (text, kind) => {
    expect(documentKind(text)).toBe(kind);
  });
});

describe('importReport', () => {
  it('lists the rewrites of a valid import', () => {
    expect(importReport(prepareImport(SHORTHAND, []), '"p.json"')).toEqual({
      tone: 'info',
      title: 'Imported "p.json": 1 rule, default deny. 1 shorthand rewritten (lines as given):',
      lines: [
        'Line 1, column 61: rate_limit rewritten to the limit {"counter":"cache_set_rate","window":"hour","max":5,"scope":"grant"} (tools › cache_set › limits › 0)',
      ],
    });
  });

  it('says a text with errors went in as given, listing at most 8 errors', () => {
    const tools = Object.fromEntries(
      Array.from({ length: 10 }, (_, i) => [`t${i}`, { acton: 'deny' }]),
    );
    const text = JSON.stringify({ version: '1', default: 'deny', tools });
    const report = importReport(prepareImport(text, []), 'the pasted policy');
    expect(report.tone).toBe('error');
    expect(report.title).toBe(
      'Imported the pasted policy with 10 errors: it is in the editor as given. Fix the marked problems.',
    );
    expect(report.lines).toHaveLength(9);
    expect(report.lines[8]).toBe('…and 2 more in Problems.');
  });

  it('summarises a plain import and counts its warnings', () => {
    const text = formatPolicy({ version: '1', default: 'allow', tools: { a: {}, b: {} } });
    expect(importReport(prepareImport(text, [{ name: 'a' }]), 'the share link')).toEqual({
      tone: 'info',
      title: 'Imported the share link: 2 rules, default allow.',
      lines: ['2 warnings: see Problems.'],
    });
  });
});
