import type { Window } from './schema';

const UNIT_SECONDS = { second: 1, minute: 60, hour: 3600, day: 86400 } as const;

/** The length of a window in seconds ("minute" and 60 are the same window). */
export function windowSeconds(window: Window): number {
  return typeof window === 'number' ? window : UNIT_SECONDS[window];
}

/** A window written for people: "minute", "90 s". */
export function describeWindow(window: Window): string {
  if (typeof window === 'string') return window;
  const unit = (Object.keys(UNIT_SECONDS) as (keyof typeof UNIT_SECONDS)[]).find(
    (u) => UNIT_SECONDS[u] === window,
  );
  return unit ? `${window} s (one ${unit})` : `${window} s`;
}
