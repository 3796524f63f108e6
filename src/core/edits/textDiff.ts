import type { TextEdit } from './textEdit';

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

// Texts are compared a chunk at a time first: comparing two slices is far faster than comparing
// their characters one by one (this runs on every edit of a 1 MB policy, more than once).
const CHUNK = 1024;

function prefixLength(a: string, b: string, max: number): number {
  let i = 0;
  while (i + CHUNK <= max && a.slice(i, i + CHUNK) === b.slice(i, i + CHUNK)) i += CHUNK;
  while (i < max && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  return i;
}

function suffixLength(a: string, b: string, max: number): number {
  let i = 0;
  while (
    i + CHUNK <= max &&
    a.slice(a.length - i - CHUNK, a.length - i) === b.slice(b.length - i - CHUNK, b.length - i)
  ) {
    i += CHUNK;
  }
  while (i < max && a.charCodeAt(a.length - 1 - i) === b.charCodeAt(b.length - 1 - i)) i++;
  return i;
}

/**
 * The single edit that turns `before` into `after`, keeping their common prefix and suffix
 * (null when they are equal). It never splits a surrogate pair.
 */
export function diffText(before: string, after: string): TextEdit | null {
  if (before === after) return null;
  const max = Math.min(before.length, after.length);
  let prefix = prefixLength(before, after, max);
  if (prefix > 0 && isHighSurrogate(before.charCodeAt(prefix - 1))) prefix--;
  let suffix = suffixLength(before, after, max - prefix);
  if (suffix > 0 && isLowSurrogate(before.charCodeAt(before.length - suffix))) suffix--;
  return {
    offset: prefix,
    length: before.length - prefix - suffix,
    content: after.slice(prefix, after.length - suffix),
  };
}
