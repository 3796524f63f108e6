import { describe, expect, it } from 'vitest';
import { findingAt, lineIndex, positionAt } from '../../src/core/json';

describe('positionAt', () => {
  const text = 'ab\ncd\r\nef\rg';
  const index = lineIndex(text);

  it.each([
    [0, 1, 1],
    [2, 1, 3],
    [3, 2, 1],
    [5, 2, 3],
    // Inside "\r\n" still counts as the end of line 2.
    [6, 2, 3],
    [7, 3, 1],
    [10, 4, 1],
    [11, 4, 2],
    [99, 4, 2],
    [-5, 1, 1],
  ])('offset %i is line %i, column %i', (offset, line, column) => {
    expect(positionAt(index, offset)).toEqual({ line, column });
  });

  it('counts columns in UTF-16 code units', () => {
    expect(positionAt(lineIndex('😀x'), 2)).toEqual({ line: 1, column: 3 });
  });
});

describe('findingAt', () => {
  it('ends just past the last character', () => {
    expect(findingAt('{"limts": 1}', 'error', 'm', ['limts'], 1, 7)).toEqual({
      severity: 'error',
      message: 'm',
      path: ['limts'],
      line: 1,
      column: 2,
      endLine: 1,
      endColumn: 9,
    });
  });

  it.each([
    ['covers the next character', 'abc', 1, [1, 2, 1, 3]],
    ['covers the last character at the end of the text', 'abc', 3, [1, 3, 1, 4]],
    ['covers the character before a line break', 'ab\ncd', 2, [1, 2, 1, 3]],
    ['covers a whole surrogate pair', 'a😀', 1, [1, 2, 1, 4]],
    ['stays empty in an empty text', '', 0, [1, 1, 1, 1]],
    ['stays empty on an empty line', 'a\n\n', 2, [2, 1, 2, 1]],
  ])('an empty range %s', (_name, text, offset, place) => {
    const f = findingAt(text, 'warning', 'm', [], offset, 0);
    expect([f.line, f.column, f.endLine, f.endColumn]).toEqual(place);
  });

  it('clamps a range past the end of the text', () => {
    const f = findingAt('ab', 'info', 'm', [], 1, 50);
    expect([f.line, f.column, f.endLine, f.endColumn]).toEqual([1, 2, 1, 3]);
  });
});
