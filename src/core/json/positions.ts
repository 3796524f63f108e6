import type { Finding, Severity } from '../findings';

/** Line starts of a text, so offsets can become line/column pairs. */
export interface LineIndex {
  readonly text: string;
  /** Offset where each line starts; line breaks are `\r\n`, `\n` and `\r`, as in Monaco. */
  readonly starts: readonly number[];
}

/** 1-based line and column, counted in UTF-16 code units. */
export interface Position {
  line: number;
  column: number;
}

const LF = 10;
const CR = 13;

/** Builds the line index of a text (one pass; do it once per text, only when needed). */
export function lineIndex(text: string): LineIndex {
  const starts = [0];
  if (!text.includes('\r')) {
    // The common case: indexOf finds line ends far faster than a loop over every character.
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
    return { text, starts };
  }
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === CR) {
      if (text.charCodeAt(i + 1) === LF) i++;
      starts.push(i + 1);
    } else if (c === LF) {
      starts.push(i + 1);
    }
  }
  return { text, starts };
}

function lineOf(index: LineIndex, offset: number): number {
  const { starts } = index;
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((starts[mid] as number) <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

function lineEnd(index: LineIndex, line: number): number {
  const next = index.starts[line + 1];
  if (next === undefined) return index.text.length;
  const { text } = index;
  return text.charCodeAt(next - 1) === LF && text.charCodeAt(next - 2) === CR ? next - 2 : next - 1;
}

/**
 * The line and column of an offset. An offset inside a line break counts as the end of its
 * line, so a column never exceeds the line's length + 1.
 */
export function positionAt(index: LineIndex, offset: number): Position {
  const at = Math.max(0, Math.min(offset, index.text.length));
  const line = lineOf(index, at);
  const start = index.starts[line] as number;
  return { line: line + 1, column: Math.min(at, lineEnd(index, line)) - start + 1 };
}

function isBreak(code: number): boolean {
  return code === LF || code === CR;
}

/** An empty range grows to one character (two for a surrogate pair) so an editor can mark it. */
function visibleRange(text: string, offset: number, length: number): [number, number] {
  let start = Math.max(0, Math.min(offset, text.length));
  let end = Math.max(start, Math.min(offset + Math.max(0, length), text.length));
  if (end > start) return [start, end];
  if (start < text.length && !isBreak(text.charCodeAt(start))) {
    end = start + 1;
  } else if (start > 0 && !isBreak(text.charCodeAt(start - 1))) {
    start -= 1;
    end = start + 1;
  } else {
    return [start, end];
  }
  const hi = text.charCodeAt(start);
  const lo = text.charCodeAt(start + 1);
  if (hi >= 0xd800 && hi <= 0xdbff && lo >= 0xdc00 && lo <= 0xdfff) end = start + 2;
  else if (start > 0 && hi >= 0xdc00 && hi <= 0xdfff) {
    const before = text.charCodeAt(start - 1);
    if (before >= 0xd800 && before <= 0xdbff) start -= 1;
  }
  return [start, end];
}

/**
 * A finding covering `length` code units from `offset`, the end just past the last character.
 * Pass a LineIndex when making many findings for one text.
 */
export function findingAt(
  textOrIndex: string | LineIndex,
  severity: Severity,
  message: string,
  path: readonly (string | number)[],
  offset: number,
  length: number,
): Finding {
  const index = typeof textOrIndex === 'string' ? lineIndex(textOrIndex) : textOrIndex;
  const [start, end] = visibleRange(index.text, offset, length);
  const from = positionAt(index, start);
  const to = positionAt(index, end);
  return {
    severity,
    message,
    path: [...path],
    line: from.line,
    column: from.column,
    endLine: to.line,
    endColumn: to.column,
  };
}
