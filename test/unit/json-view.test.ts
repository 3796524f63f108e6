import { describe, expect, it } from 'vitest';
import { policyJsonSchema } from '../../src/core';
import { policyEditorSchema } from '../../src/ui/editorSchema';
import { exactPointerSpan, pointerSpan } from '../../src/json-view/pointerSpan';

const TEXT = [
  '{',
  '  "version": "1",',
  '  "default": "deny",',
  '  "hide": ["a/b", "x~y"],',
  '  "tools": {',
  '    "a/b": { "action": "deny" },',
  '    "x~y": { "limits": [{ "counter": "c", "window": 60, "max": 1 }] }',
  '  }',
  '}',
].join('\n');

function spanText(text: string, pointer: string): string | undefined {
  const span = pointerSpan(text, pointer);
  return span && text.slice(span.offset, span.offset + span.length);
}

describe('pointerSpan', () => {
  it.each([
    ['/default', '"default": "deny"'],
    ['/tools/a~1b', '"a/b": { "action": "deny" }'],
    ['/tools/a~1b/action', '"action": "deny"'],
    ['/hide/1', '"x~y"'],
    ['/tools/x~0y/limits/0/max', '"max": 1'],
    ['/tools/x~0y/limits/0', '{ "counter": "c", "window": 60, "max": 1 }'],
  ])('finds %s with its key', (pointer, expected) => {
    expect(spanText(TEXT, pointer)).toBe(expected);
  });

  it('falls back to the nearest ancestor that is there', () => {
    expect(spanText(TEXT, '/tools/a~1b/limits/3')).toBe('"a/b": { "action": "deny" }');
    expect(spanText(TEXT, '/hide/9')).toBe('"hide": ["a/b", "x~y"]');
    expect(spanText(TEXT, '')).toBe(TEXT);
  });

  it('still finds places in broken text, up to the break', () => {
    const broken = TEXT.replace('"max": 1 }', '"max": 1, }');
    expect(spanText(broken, '/tools/a~1b/action')).toBe('"action": "deny"');
    expect(spanText(broken, '/default')).toBe('"default": "deny"');
  });

  it('finds nothing in text that has no JSON at all', () => {
    expect(pointerSpan('', '/default')).toBeUndefined();
  });
});

describe('exactPointerSpan', () => {
  it('finds a rule that is there, and nothing for one that is not', () => {
    const span = exactPointerSpan(TEXT, '/tools/a~1b');
    expect(span && TEXT.slice(span.offset, span.offset + span.length)).toBe(
      '"a/b": { "action": "deny" }',
    );
    expect(exactPointerSpan(TEXT, '/tools/cache_set')).toBeUndefined();
    expect(exactPointerSpan(TEXT, '/tools/a~1b/limits/0')).toBeUndefined();
    expect(exactPointerSpan('', '/tools/a~1b')).toBeUndefined();
  });
});

describe('policyEditorSchema', () => {
  it('is the policy schema when no tools are loaded', () => {
    expect(policyEditorSchema([])).toEqual(policyJsonSchema());
  });

  it('offers the loaded tool names as keys of tools, each with the rule schema', () => {
    const schema = policyEditorSchema(['get_user', '__proto__']);
    const tools = (schema.properties as Record<string, Record<string, unknown>>).tools ?? {};
    const rule = (policyJsonSchema().properties as Record<string, Record<string, unknown>>).tools
      ?.additionalProperties;
    expect(Object.keys(tools.properties as object)).toEqual(['get_user', '__proto__']);
    expect(Object.getPrototypeOf(tools.properties)).toBe(Object.prototype);
    expect((tools.properties as Record<string, unknown>).get_user).toEqual({
      $ref: '#/$defs/rule',
    });
    expect(tools.additionalProperties).toEqual({ $ref: '#/$defs/rule' });
    expect((schema.$defs as Record<string, unknown>).rule).toEqual(rule);
    expect(JSON.parse(JSON.stringify(schema)).properties.tools.properties).toEqual(
      JSON.parse('{"get_user":{"$ref":"#/$defs/rule"},"__proto__":{"$ref":"#/$defs/rule"}}'),
    );
  });
});
