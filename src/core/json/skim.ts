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

/** What a Skimmer has read of one object or array: its length in the text and its contents. */
export interface SkimRead<T> {
  length: number;
  list: T[];
}

/**
 * What a Skimmer has read, by the offset of each object or array it read (kept apart from the
 * class so that `rebaseSkimmer` can carry it over to an edited text).
 */
export interface SkimCache {
  objects: Map<number, SkimRead<JsonProperty>>;
  arrays: Map<number, SkimRead<JsonNode>>;
  /** For objects looked up often: each key's index in the member list (the last one wins). */
  keyIndex: Map<number, Map<string, number>>;
  /** How many lookups each object has had (a key index is made after `MAP_AFTER`). */
  lookups: Map<number, number>;
  /** The document's value, once found (strict reading only). */
  root?: JsonNode | undefined;
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
  /** What has been read, by the offset of its object or array (see `SkimCache`). */
  readonly cache: SkimCache;

  constructor(
    readonly text: string,
    readonly lenient = false,
    cache?: SkimCache,
  ) {
    this.cache = cache ?? {
      objects: new Map(),
      arrays: new Map(),
      keyIndex: new Map(),
      lookups: new Map(),
    };
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

  /** The value starting at `start` (no leading whitespace); undefined when unreadable. */
  node(start: number): JsonNode | undefined {
    const end = this.valueEnd(start);
    if (end === -1) return undefined;
    return { type: kindOf(this.text.charCodeAt(start)), offset: start, length: end - start };
  }

  /** The document's top-level value. */
  root(): JsonNode | undefined {
    if (this.cache.root !== undefined) return this.cache.root;
    const { text } = this;
    const start = this.skipSpace(0);
    if (start >= text.length) return undefined;
    if (this.lenient) return this.node(start);
    const root = this.readRoot(start);
    this.cache.root = root;
    return root;
  }

  private readRoot(start: number): JsonNode | undefined {
    const { text } = this;
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
    const known = this.cache.objects.get(node.offset);
    if (known) return known.list;
    const out: JsonProperty[] = [];
    const end = this.readMembers(this.skipSpace(node.offset + 1), out, -1);
    if (end === -1 && !this.lenient) return undefined;
    if (end !== -1)
      this.cache.objects.set(node.offset, { length: end + 1 - node.offset, list: out });
    return out;
  }

  /**
   * Reads members from `i` (a key, or the closing brace) into `out` until the closing brace
   * (its offset is returned) or, when `stopAt` is not -1, until a member whose key starts at
   * `stopAt` (returned without reading it). -1 when the text breaks first.
   */
  readMembers(i: number, out: JsonProperty[], stopAt: number): number {
    const { text } = this;
    if (text.charCodeAt(i) === CLOSE_BRACE) return i;
    for (;;) {
      if (i === stopAt) return i;
      if (text.charCodeAt(i) !== QUOTE) return -1;
      const keyEnd = this.stringEnd(i);
      if (keyEnd === -1 || keyEnd > text.length - 1) return -1;
      const colon = this.skipSpace(keyEnd);
      if (text.charCodeAt(colon) !== COLON) return -1;
      const value = this.node(this.skipSpace(colon + 1));
      if (value === undefined) return -1;
      const key = this.keyAt(i, keyEnd);
      if (key === undefined) return -1;
      out.push({ key, keyOffset: i, keyLength: keyEnd - i, value });
      const after = this.skipSpace(value.offset + value.length);
      const c = text.charCodeAt(after);
      if (c === CLOSE_BRACE) return after;
      if (c !== COMMA) return -1;
      i = this.skipSpace(after + 1);
    }
  }

  /** The items of the array `node`, in order (read once per array). */
  itemsOf(node: JsonNode): JsonNode[] | undefined {
    if (node.type !== 'array') return undefined;
    const known = this.cache.arrays.get(node.offset);
    if (known) return known.list;
    const out: JsonNode[] = [];
    const end = this.readItems(this.skipSpace(node.offset + 1), out, -1);
    if (end === -1 && !this.lenient) return undefined;
    if (end !== -1)
      this.cache.arrays.set(node.offset, { length: end + 1 - node.offset, list: out });
    return out;
  }

  /** Reads items from `i` as `readMembers` reads members (up to `]`, or an item at `stopAt`). */
  readItems(i: number, out: JsonNode[], stopAt: number): number {
    const { text } = this;
    if (text.charCodeAt(i) === CLOSE_BRACKET) return i;
    for (;;) {
      if (i === stopAt) return i;
      const item = this.node(i);
      if (item === undefined) return -1;
      out.push(item);
      const after = this.skipSpace(item.offset + item.length);
      const c = text.charCodeAt(after);
      if (c === CLOSE_BRACKET) return after;
      if (c !== COMMA) return -1;
      i = this.skipSpace(after + 1);
    }
  }

  /** Whitespace skipped from `i`. */
  skipSpace(i: number): number {
    const { text } = this;
    while (i < text.length && isWhitespace(text.charCodeAt(i))) i++;
    return i;
  }

  /** The member `key` of the object `node` (the last one, as JSON.parse reads duplicates). */
  member(node: JsonNode, key: string): JsonProperty | undefined {
    const members = this.membersOf(node);
    if (members === undefined) return undefined;
    const { keyIndex, lookups } = this.cache;
    let map = keyIndex.get(node.offset);
    if (map === undefined) {
      const count = (lookups.get(node.offset) ?? 0) + 1;
      lookups.set(node.offset, count);
      if (count < MAP_AFTER) return members.findLast((m) => m.key === key);
      map = new Map(members.map((m, i) => [m.key, i]));
      keyIndex.set(node.offset, map);
    }
    const at = map.get(key);
    return at === undefined ? undefined : members[at];
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
