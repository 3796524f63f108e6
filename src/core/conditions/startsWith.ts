// The characters with a meaning in a JavaScript RegExp without flags (outside a class). Escaping
// only these keeps the written regex readable: "/etc" stays "^/etc".
const SPECIAL = /[\\^$.*+?()[\]{}|]/g;
const ESCAPED_OR_PLAIN = /^(?:\\[\\^$.*+?()[\]{}|]|[^\\^$.*+?()[\]{}|])*$/;

/** `text` as a regex that matches exactly itself (each special character escaped). */
export function escapeRegex(text: string): string {
  return text.replace(SPECIAL, '\\$&');
}

/** The regex a "starts with" condition writes: `^` and the escaped text. */
export function startsWithRegex(text: string): string {
  return `^${escapeRegex(text)}`;
}

/**
 * The text of a regex written by `startsWithRegex` (`^/etc` → `/etc`), or null when the regex
 * has another shape, so that it reads back as "matches regex".
 */
export function startsWithText(regex: string): string | null {
  if (!regex.startsWith('^')) return null;
  const rest = regex.slice(1);
  if (!ESCAPED_OR_PLAIN.test(rest)) return null;
  return rest.replace(/\\(.)/g, '$1');
}
