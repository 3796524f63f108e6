import type { Window } from './schema';

const UNIT_SECONDS = { second: 1, minute: 60, hour: 3600, day: 86400 } as const;

/** The length of a window in seconds ("minute" and 60 are the same window). */
export function windowSeconds(window: Window): number {
  return typeof window === 'number' ? window : UNIT_SECONDS[window];
}

function unitOf(seconds: number): keyof typeof UNIT_SECONDS | undefined {
  return (Object.keys(UNIT_SECONDS) as (keyof typeof UNIT_SECONDS)[]).find(
    (u) => UNIT_SECONDS[u] === seconds,
  );
}

/** A window's length for people, by its unit when it is one: "minute", "90 s", "1.5 s". */
export function windowName(seconds: number): string {
  return unitOf(seconds) ?? `${Math.round(seconds * 1000) / 1000} s`;
}

/** A window as written, for people: "minute", "60 s (one minute)", "90 s". */
export function describeWindow(window: Window): string {
  if (typeof window === 'string') return window;
  const unit = unitOf(window);
  return unit ? `${window} s (one ${unit})` : `${window} s`;
}
