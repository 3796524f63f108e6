import { quote } from './quote';

/** A syntax error before it has a line and column. */
export interface Problem {
  message: string;
  offset: number;
  length: number;
}

const SLASH = 0x2f;
const STAR = 0x2a;
const PLUS = 0x2b;
const DOT = 0x2e;
const APOSTROPHE = 0x27;
const LF = 0x0a;
const CR = 0x0d;

function isDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}

function isWordStart(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || c === 0x5f || c === 0x24;
}

function isWordChar(c: number): boolean {
  return isWordStart(c) || isDigit(c);
}

function wordEnd(text: string, from: number): number {
  let end = from;
  while (end < text.length && isWordChar(text.charCodeAt(end))) end++;
  return end;
}

/**
 * The error for text that cannot continue at `pos`, where `what` was expected; the usual
 * mistakes (comments, single quotes, bare words, NaN…) get a message of their own.
 */
export function syntaxProblem(
  text: string,
  pos: number,
  what: string,
  keyExpected: boolean,
): Problem {
  if (pos >= text.length) {
    return { message: `Unexpected end of text: expected ${what}`, offset: text.length, length: 0 };
  }
  const c = text.charCodeAt(pos);
  const next = text.charCodeAt(pos + 1);
  if (c === SLASH && (next === SLASH || next === STAR)) {
    let end: number;
    if (next === SLASH) {
      end = pos + 2;
      while (end < text.length && text.charCodeAt(end) !== LF && text.charCodeAt(end) !== CR) end++;
    } else {
      const close = text.indexOf('*/', pos + 2);
      end = close === -1 ? text.length : close + 2;
    }
    return { message: 'Comments are not allowed in JSON', offset: pos, length: end - pos };
  }
  if (c === APOSTROPHE) {
    const subject = keyExpected ? 'Property names' : 'Strings';
    return {
      message: `${subject} must be in double quotes, not single quotes`,
      offset: pos,
      length: 1,
    };
  }
  if (keyExpected) {
    if (!isWordChar(c)) return { message: `Expected ${what}`, offset: pos, length: 1 };
    const end = wordEnd(text, pos);
    const word = quote(text.slice(pos, end));
    return {
      message: `Property names must be in double quotes (found ${word})`,
      offset: pos,
      length: end - pos,
    };
  }
  if (c === PLUS && what === 'a value') {
    return { message: "A number cannot start with '+'", offset: pos, length: 1 };
  }
  if (c === DOT && isDigit(next) && what === 'a value') {
    return { message: "A number needs a digit before '.'", offset: pos, length: 1 };
  }
  if (!isWordStart(c)) return { message: `Expected ${what}`, offset: pos, length: 1 };
  const end = wordEnd(text, pos);
  const word = text.slice(pos, end);
  let message: string;
  if (word === 'NaN' || word === 'Infinity' || word === 'undefined') {
    message = `${word} is not allowed in JSON`;
  } else if (['true', 'false', 'null'].includes(word.toLowerCase())) {
    message = `Unexpected word ${quote(word)}: JSON writes true, false and null in lower case`;
  } else if (what === 'a value') {
    message = `Unexpected word ${quote(word)}: strings must be in double quotes`;
  } else {
    message = `Expected ${what}`;
  }
  return { message, offset: pos, length: end - pos };
}
