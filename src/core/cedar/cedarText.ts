/**
 * Cedar literals. Cedar strings are Unicode scalar values: a JavaScript string with a lone
 * surrogate has no Cedar spelling, so these return null for it rather than a wrong text.
 */

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** True when `text` can be written as a Cedar string (no lone surrogate). */
export function isCedarText(text: string): boolean {
  return !LONE_SURROGATE.test(text);
}

function escapeChar(ch: string): string {
  switch (ch) {
    case '\\':
      return '\\\\';
    case '"':
      return '\\"';
    default: {
      const code = ch.codePointAt(0) ?? 0;
      // Control characters are spelled out so that a policy stays one readable line.
      if (isControl(code)) {
        return `\\u{${code.toString(16)}}`;
      }
      return ch;
    }
  }
}

/** A Cedar string literal for `text` (quotes included), or null when Cedar cannot hold it. */
export function cedarString(text: string): string | null {
  if (!isCedarText(text)) return null;
  let out = '"';
  for (const ch of text) out += escapeChar(ch);
  return `${out}"`;
}

/**
 * A Cedar `like` pattern for a policy pattern: `*` stays the wildcard (the format has no literal
 * `*`), every other character is literal. Null when Cedar cannot hold the text.
 */
export function cedarLikePattern(pattern: string): string | null {
  // Outside `like`, `*` is an ordinary character; inside, it is the wildcard unless written
  // `\*`. The format has no literal `*`, so the string spelling is the pattern spelling.
  return cedarString(pattern);
}

/** `Tool::"name"`, or null when Cedar cannot hold the name. */
export function toolEntity(name: string): string | null {
  const id = cedarString(name);
  return id === null ? null : `Tool::${id}`;
}

function isControl(code: number): boolean {
  return code < 0x20 || (code >= 0x7f && code <= 0x9f) || code === 0x2028 || code === 0x2029;
}

/** A comment line's text: one line, no control characters, at most 200 characters. */
export function commentText(text: string): string {
  const chars: string[] = [];
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0;
    if (isControl(code)) {
      if (chars[chars.length - 1] !== ' ') chars.push(' ');
    } else chars.push(code >= 0xd800 && code <= 0xdfff ? '\uFFFD' : ch);
  }
  return chars.length > 200 ? `${chars.slice(0, 199).join('')}…` : chars.join('');
}
