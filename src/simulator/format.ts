import { windowName } from '../core';

function trimmed(value: number): string {
  return String(Math.round(value * 1000) / 1000);
}

/** A time after the scenario start as a person reads it: `+750 ms`, `+1.5 s`, `+2 min 3.5 s`. */
export function formatOffset(ms: number): string {
  const sign = ms < 0 ? '−' : '+';
  const abs = Math.abs(ms);
  if (abs < 1000) return `${sign}${abs} ms`;
  if (abs < 60_000) return `${sign}${trimmed(abs / 1000)} s`;
  if (abs < 3_600_000) {
    const minutes = Math.floor(abs / 60_000);
    const seconds = (abs % 60_000) / 1000;
    return `${sign}${minutes} min${seconds === 0 ? '' : ` ${trimmed(seconds)} s`}`;
  }
  const hours = Math.floor(abs / 3_600_000);
  const minutes = Math.floor((abs % 3_600_000) / 60_000);
  if (hours < 24) return `${sign}${hours} h${minutes === 0 ? '' : ` ${minutes} min`}`;
  const days = Math.floor(hours / 24);
  return `${sign}${days} d${hours % 24 === 0 ? '' : ` ${hours % 24} h`}`;
}

/** A moment as ISO 8601 in UTC, or a plain number when it is outside the range of dates. */
export function formatUtc(ms: number): string {
  const date = new Date(ms);
  return Number.isNaN(date.getTime()) ? String(ms) : date.toISOString();
}

/** Whole-number field input: the number, or null when the text is not one. */
export function wholeNumber(text: string): number | null {
  if (!/^-?\d+$/.test(text.trim())) return null;
  const n = Number(text);
  return Number.isSafeInteger(n) ? n : null;
}

/** A window length in ms for people: "minute", "90 s" (the core's words for windows). */
export function windowLabel(ms: number): string {
  return windowName(ms / 1000);
}
