import type { Condition, Scope, Window } from '../schema';
import { MISSING } from './conditions';

const MAX_SHOWN = 60;

/** A name in quotes, escaped so that the reason stays on one line. */
export function quote(text: string): string {
  return JSON.stringify(text);
}

/** A JSON value as a short one-line text ("missing" for a path that leads nowhere). */
export function showValue(value: unknown): string {
  if (value === MISSING) return 'missing';
  let text: string;
  try {
    text = JSON.stringify(value) ?? String(value);
  } catch {
    text = String(value);
  }
  return text.length > MAX_SHOWN ? `${text.slice(0, MAX_SHOWN - 1)}…` : text;
}

/** A condition as written: `args.amount lte 100`, `args.force exists`. */
export function showCondition(condition: Condition): string {
  const value = condition.value === undefined ? '' : ` ${showValue(condition.value)}`;
  return `${condition.path} ${condition.op}${value}`;
}

/** Free text from the policy on one line. */
export function oneLine(text: string): string {
  return text.replace(/\s*[\r\n\u2028\u2029]+\s*/g, ' ').trim();
}

/** "per minute", "per 90 s". */
export function perWindow(window: Window): string {
  return typeof window === 'string' ? `per ${window}` : `per ${window} s`;
}

/** Who shares a count: `grant "g1"`, `session "s1"`, `global`. */
export function showScope(scope: Scope, scopeKey: string): string {
  return scope === 'global' ? 'global' : `${scope} ${quote(scopeKey)}`;
}

/**
 * A wait for people, never shorter than the real one: "12.3 s", "4 min 5 s", "2 h 3 min".
 * The text depends only on the wait rounded up to 0.1 s.
 */
export function showDuration(ms: number): string {
  const tenths = Math.ceil(ms / 100);
  if (tenths < 600) return `${Math.floor(tenths / 10)}.${tenths % 10} s`;
  const seconds = Math.ceil(ms / 1000);
  if (seconds < 3600) return twoUnits(Math.floor(seconds / 60), 'min', seconds % 60, 's');
  const minutes = Math.ceil(seconds / 60);
  if (minutes < 1440) return twoUnits(Math.floor(minutes / 60), 'h', minutes % 60, 'min');
  const hours = Math.ceil(minutes / 60);
  return twoUnits(Math.floor(hours / 24), 'd', hours % 24, 'h');
}

function twoUnits(big: number, bigUnit: string, small: number, smallUnit: string): string {
  return small === 0 ? `${big} ${bigUnit}` : `${big} ${bigUnit} ${small} ${smallUnit}`;
}
