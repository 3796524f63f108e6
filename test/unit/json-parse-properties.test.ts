import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseJson } from '../../src/core/json';
import { findingsInside } from './findingsInside';

const RUNS = { numRuns: 1000 };

function jsonParseOk(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

const anyText = fc.oneof(
  fc.string(),
  fc.string({ unit: 'binary' }),
  fc.string({ unit: fc.constantFrom(...'{}[]",:0123456789.eE+- \n\r\t\\/*tfnu\'ax') }),
);

describe('parseJson on any input', () => {
  it('never throws, and keeps findings inside the text', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const result = parseJson(text);
        expect(findingsInside(text, result.findings)).toBe(true);
      }),
      RUNS,
    );
  });

  it('accepts exactly what JSON.parse accepts, with the same value', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const result = parseJson(text);
        expect(result.ok).toBe(jsonParseOk(text));
        if (result.ok) expect(result.value).toStrictEqual(JSON.parse(text));
      }),
      RUNS,
    );
  });

  it('reads any JSON.stringify output as JSON.parse does, with a node per value', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.constantFrom(undefined, 2), (value, indent) => {
        const text = JSON.stringify(value, null, indent);
        const result = parseJson(text);
        expect(result.ok).toBe(true);
        if (!result.ok) return;
        expect(result.findings).toEqual([]);
        expect(result.value).toStrictEqual(JSON.parse(text));
        expect(result.root.offset).toBe(0);
        expect(result.root.length).toBe(text.length);
      }),
      RUNS,
    );
  });
});
