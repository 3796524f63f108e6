import { MAX_NAME_LENGTH } from './schema';

const SUFFIX = '_rate';
const OUTSIDE_ALPHABET = /[^A-Za-z0-9_.:-]/gu;

/**
 * `<key>_rate` made a valid counter name: characters outside `A-Za-z0-9_.:-` become `_`, and
 * the key part is cut so the whole has at most 128 characters (`get_*` → `get___rate`).
 */
export function rateCounterName(key: string): string {
  // One `_` per code point (an emoji is one character to a reader, two UTF-16 units).
  const cleaned = key.replace(OUTSIDE_ALPHABET, '_');
  return cleaned.slice(0, MAX_NAME_LENGTH - SUFFIX.length) + SUFFIX;
}

/** `name`, or `name_2`, `name_3`… — the first not in `taken`, still at most 128 characters. */
export function distinctName(name: string, taken: ReadonlySet<string>): string {
  if (!taken.has(name)) return name;
  for (let i = 2; ; i++) {
    const suffix = `_${i}`;
    const candidate = name.slice(0, MAX_NAME_LENGTH - suffix.length) + suffix;
    if (!taken.has(candidate)) return candidate;
  }
}
