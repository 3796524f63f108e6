import { readString } from './readToken';
import type { JsonNode, JsonProperty } from './types';

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const OPEN_BRACE = 0x7b;
const CLOSE_BRACE = 0x7d;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACKET = 0x5d;
const COMMA = 0x2c;
const COLON = 0x3a;

function isWhitespace(c: number): boolean {
  return c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09;
}

function kindOf(c: number): JsonNode['type'] {
  if (c === OPEN_BRACE) return 'object';
  if (c === OPEN_BRACKET) return 'array';
  if (c === QUOTE) return 'string';
  if (c === 0x74 || c === 0x66) return 'boolean';
  if (c === 0x6e) return 'null';
  return 'number';
}

function arrayIndex(segment: string | number): number {
  if (typeof segment === 'number') return segment;
  return /^(0|[1-9]\d*)$/.test(segment) ? Number(segment) : -1;
}

/** After this many lookups in one object its keys go into a map (worth it for a bulk edit). */
const MAP_AFTER = 8;

/**
 * Finds values in a text already known to be well-formed JSON (one the strict parser accepted,
 * or one made from such a text by writing values at paths) without reading all of it: values
 * that are not on the way are skipped by their brackets. Finding one rule of a 1 MB policy
 * costs one pass over the text before it; the members of an object are read once and kept.
 * It answers with the strict parser's node model (`JsonNode`, `JsonProperty`), without
 * `children`/`properties` filled in. On text that is not well-formed it returns undefined
 * rather than guessing, unless made `lenient`: then an unclosed value runs to the end of the
 * text and an object or array holds the members read before the break (to point at a place
 * in text that does not parse yet).
 */
export class Skimmer {
  private readonly members = new Map<number, JsonProperty[]>();
  private readonly keyMaps = new Map<number, Map<string, JsonProperty>>();
  private readonly lookups = new Map<number, number>();
  private readonly items = new Map<number, JsonNode[]>();

  constructor(
    readonly text: string,
    private readonly lenient = false,
  ) {}

  private skipSpace(i: number): number {
    const { text } = this;
    while (i < text.length && isWhitespace(text.charCodeAt(i))) i++;
    return i;
  }

  /** The key whose token is text[start, end); undefined for a bad escape (in broken text). */
  private keyAt(start: number, end: number): string | undefined {
    const inner = this.text.slice(start + 1, end - 1);
    if (!inner.includes('\\')) return inner;
    const read = readString(this.text, start);
    return 'value' in read ? read.value : undefined;
  }

  /** The end (one past the closing quote) of the string token opening at `start`; -1 if none. */
  private stringEnd(start: number): number {
    const { text } = this;
    let from = start + 1;
    for (;;) {
      const quote = text.indexOf('"', from);
      if (quote === -1) return this.lenient ? text.length : -1;
      let slashes = 0;
      while (text.charCodeAt(quote - 1 - slashes) === BACKSLASH) slashes++;
      if (slashes % 2 === 0) return quote + 1;
      from = quote + 1;
    }
  }

  /** The end of the value starting at `start` (no leading whitespace); -1 when unreadable. */
  valueEnd(start: number): number {
    const { text } = this;
    const first = text.charCodeAt(start);
    if (first === QUOTE) return this.stringEnd(start);
    if (first === OPEN_BRACE || first === OPEN_BRACKET) {
      let depth = 0;
      for (let i = start; i < text.length; i++) {
        const c = text.charCodeAt(i);
        if (c === QUOTE) {
          const end = this.stringEnd(i);
          if (end === -1) return -1;
          i = end - 1;
        } else if (c === OPEN_BRACE || c === OPEN_BRACKET) depth++;
        else if (c === CLOSE_BRACE || c === CLOSE_BRACKET) {
          depth--;
          if (depth === 0) return i + 1;
        }
      }
      return this.lenient ? text.length : -1;
    }
    let i = start;
    while (i < text.length) {
      const c = text.charCodeAt(i);
      if (c === COMMA || c === CLOSE_BRACE || c === CLOSE_BRACKET || isWhitespace(c)) break;
      i++;
    }
    return i > start ? i : -1;
  }

  private node(start: number): JsonNode | undefined {
    const end = this.valueEnd(start);
    if (end === -1) return undefined;
    return { type: kindOf(this.text.charCodeAt(start)), offset: start, length: end - start };
  }

  /** The document's top-level value. */
  root(): JsonNode | undefined {
    const { text } = this;
    const start = this.skipSpace(0);
    if (start >= text.length) return undefined;
    if (this.lenient) return this.node(start);
    // Well-formed text ends with its value: no need to read through it to find its end.
    let end = text.length;
    while (end > start && isWhitespace(text.charCodeAt(end - 1))) end--;
    const last = text.charCodeAt(end - 1);
    const first = text.charCodeAt(start);
    const closes = first === OPEN_BRACE ? CLOSE_BRACE : first === OPEN_BRACKET ? CLOSE_BRACKET : -1;
    if (closes !== -1 && last !== closes) return undefined;
    if (closes === -1) return this.node(start);
    return { type: kindOf(first), offset: start, length: end - start };
  }

  /** The members of the object `node`, in document order (read once per object). */
  membersOf(node: JsonNode): JsonProperty[] | undefined {
    if (node.type !== 'object') return undefined;
    const known = this.members.get(node.offset);
    if (known) return known;
    const { text } = this;
    const out: JsonProperty[] = [];
    let i = this.skipSpace(node.offset + 1);
    const broken = () => (this.lenient ? out : undefined);
    if (text.charCodeAt(i) !== CLOSE_BRACE) {
      for (;;) {
        if (text.charCodeAt(i) !== QUOTE) return broken();
        const keyEnd = this.stringEnd(i);
        if (keyEnd === -1 || keyEnd > text.length - 1) return broken();
        const colon = this.skipSpace(keyEnd);
        if (text.charCodeAt(colon) !== COLON) return broken();
        const value = this.node(this.skipSpace(colon + 1));
        if (value === undefined) return broken();
        const key = this.keyAt(i, keyEnd);
        if (key === undefined) return broken();
        out.push({ key, keyOffset: i, keyLength: keyEnd - i, value });
        const after = this.skipSpace(value.offset + value.length);
        const c = text.charCodeAt(after);
        if (c === CLOSE_BRACE) break;
        if (c !== COMMA) return broken();
        i = this.skipSpace(after + 1);
      }
    }
    this.members.set(node.offset, out);
    return out;
  }

  /** The items of the array `node`, in order (read once per array). */
  itemsOf(node: JsonNode): JsonNode[] | undefined {
    if (node.type !== 'array') return undefined;
    const known = this.items.get(node.offset);
    if (known) return known;
    const { text } = this;
    const out: JsonNode[] = [];
    let i = this.skipSpace(node.offset + 1);
    const broken = () => (this.lenient ? out : undefined);
    if (text.charCodeAt(i) !== CLOSE_BRACKET) {
      for (;;) {
        const item = this.node(i);
        if (item === undefined) return broken();
        out.push(item);
        const after = this.skipSpace(item.offset + item.length);
        const c = text.charCodeAt(after);
        if (c === CLOSE_BRACKET) break;
        if (c !== COMMA) return broken();
        i = this.skipSpace(after + 1);
      }
    }
    this.items.set(node.offset, out);
    return out;
  }

  /** The member `key` of the object `node` (the last one, as JSON.parse reads duplicates). */
  member(node: JsonNode, key: string): JsonProperty | undefined {
    const members = this.membersOf(node);
    if (members === undefined) return undefined;
    let map = this.keyMaps.get(node.offset);
    if (map === undefined) {
      const count = (this.lookups.get(node.offset) ?? 0) + 1;
      this.lookups.set(node.offset, count);
      if (count < MAP_AFTER) return members.findLast((m) => m.key === key);
      map = new Map(members.map((m) => [m.key, m]));
      this.keyMaps.set(node.offset, map);
    }
    return map.get(key);
  }

  /** The value at `path` below `from` (the root when not given); undefined when it is not there. */
  find(path: readonly (string | number)[], from = this.root()): JsonNode | undefined {
    let node = from;
    for (const segment of path) {
      if (node === undefined) return undefined;
      if (node.type === 'object') node = this.member(node, String(segment))?.value;
      else if (node.type === 'array') node = this.itemsOf(node)?.[arrayIndex(segment)];
      else return undefined;
    }
    return node;
  }
}
