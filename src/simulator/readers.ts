import { isPlainObject, parseIsoTime } from '../core';
import type { Reading } from './DraftInput';
import { wholeNumber } from './format';

/** Call arguments: a JSON object, or nothing when the field is empty. */
export function readArgs(text: string): Reading<Record<string, unknown> | undefined> {
  if (text.trim() === '') return { ok: true, value: undefined };
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { ok: false, message: 'Not JSON yet: arguments are a JSON object such as {"key": "a"}' };
  }
  return isPlainObject(value)
    ? { ok: true, value }
    : { ok: false, message: 'Arguments are a JSON object such as {"key": "a"}' };
}

/** A whole number of milliseconds. */
export function readMs(text: string): Reading<number> {
  const n = wholeNumber(text);
  return n === null
    ? { ok: false, message: 'A whole number of milliseconds' }
    : { ok: true, value: n };
}

/** A moment: ISO 8601 (UTC unless a zone is given) or ms since the epoch. */
export function readMoment(text: string): Reading<number> {
  const ms = wholeNumber(text) ?? parseIsoTime(text);
  return ms === null
    ? { ok: false, message: 'An ISO 8601 time such as 2026-01-01T00:00:00Z, or ms since the epoch' }
    : { ok: true, value: ms };
}

/** Arguments as the field shows them. */
export function writeArgs(args: Record<string, unknown> | undefined): string {
  return args === undefined ? '' : JSON.stringify(args);
}
