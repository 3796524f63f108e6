import type { Problem } from './syntaxProblem';
import { syntaxProblem } from './syntaxProblem';

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const MINUS = 0x2d;
const PLUS = 0x2b;
const DOT = 0x2e;
const ZERO = 0x30;
const SPACE = 0x20;
const LF = 0x0a;
const CR = 0x0d;

const ESCAPES: Record<number, string> = {
  0x22: '"',
  0x5c: '\\',
  0x2f: '/',
  0x62: '\b',
  0x66: '\f',
  0x6e: '\n',
  0x72: '\r',
  0x74: '\t',
};

function isDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}

function hexValue(c: number): number {
  if (c >= 0x30 && c <= 0x39) return c - 0x30;
  if (c >= 0x61 && c <= 0x66) return c - 0x57;
  if (c >= 0x41 && c <= 0x46) return c - 0x37;
  return -1;
}

const unterminated = (text: string): Problem => ({
  message: `Unterminated string: expected a closing '"'`,
  offset: text.length,
  length: 0,
});

/** Decodes the string token opening at `start` (the slow path, for escapes and errors). */
export function readString(text: string, start: number): { value: string; end: number } | Problem {
  const parts: string[] = [];
  let chunk = start + 1;
  let i = chunk;
  for (;;) {
    const c = text.charCodeAt(i);
    if (c === QUOTE) {
      parts.push(text.slice(chunk, i));
      return { value: parts.join(''), end: i + 1 };
    }
    if (c === BACKSLASH) {
      parts.push(text.slice(chunk, i));
      const e = text.charCodeAt(i + 1);
      const simple = ESCAPES[e];
      if (simple !== undefined) {
        parts.push(simple);
        i += 2;
      } else if (e === 0x75) {
        let code = 0;
        for (let k = 2; k < 6; k++) {
          const h = hexValue(text.charCodeAt(i + k));
          if (h < 0) {
            const message = 'Invalid \\u escape: expected 4 hexadecimal digits';
            return { message, offset: i, length: Math.min(6, text.length - i) };
          }
          code = code * 16 + h;
        }
        parts.push(String.fromCharCode(code));
        i += 6;
      } else if (Number.isNaN(e)) {
        return unterminated(text);
      } else {
        const shown = JSON.stringify(text.slice(i, i + 2));
        const message = `Invalid escape ${shown}: use \\" \\\\ \\/ \\b \\f \\n \\r \\t or \\uXXXX`;
        return { message, offset: i, length: 2 };
      }
      chunk = i;
    } else if (Number.isNaN(c)) {
      return unterminated(text);
    } else if (c === LF || c === CR) {
      // Zero length: the mark goes on the character before the line break.
      const message = 'Line break inside a string: close the string or write \\n';
      return { message, offset: i, length: 0 };
    } else if (c < SPACE) {
      const hex = c.toString(16).padStart(4, '0');
      const message = `Control character U+${hex} inside a string: write it as \\u${hex}`;
      return { message, offset: i, length: 1 };
    } else {
      i++;
    }
  }
}

/** The end of the number token at `start`, or the problem that stops it. */
export function numberEnd(text: string, start: number): number | Problem {
  let i = start;
  if (text.charCodeAt(i) === MINUS) i++;
  const first = text.charCodeAt(i);
  if (!isDigit(first)) {
    if (text.startsWith('Infinity', i)) {
      return { message: 'Infinity is not allowed in JSON', offset: start, length: i - start + 8 };
    }
    return syntaxProblem(text, i, "a digit after '-'", false);
  }
  i++;
  if (first === ZERO) {
    if (isDigit(text.charCodeAt(i))) {
      return { message: 'Numbers cannot have leading zeros', offset: start, length: i - start + 1 };
    }
  } else {
    while (isDigit(text.charCodeAt(i))) i++;
  }
  if (text.charCodeAt(i) === DOT) {
    i++;
    if (!isDigit(text.charCodeAt(i))) return syntaxProblem(text, i, "a digit after '.'", false);
    while (isDigit(text.charCodeAt(i))) i++;
  }
  const e = text.charCodeAt(i);
  if (e === 0x65 || e === 0x45) {
    i++;
    const sign = text.charCodeAt(i);
    if (sign === PLUS || sign === MINUS) i++;
    if (!isDigit(text.charCodeAt(i)))
      return syntaxProblem(text, i, 'a digit in the exponent', false);
    while (isDigit(text.charCodeAt(i))) i++;
  }
  return i;
}
