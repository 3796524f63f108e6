import type { JsonNode, JsonProperty } from './types';

export const OBJECT = 0;
export const ARRAY = 1;
export const STRING = 2;
export const NUMBER = 3;
export const BOOLEAN = 4;
export const NULL = 5;

const TYPES = ['object', 'array', 'string', 'number', 'boolean', 'null'] as const;

/** Fields of one tape entry. */
export const KIND = 0;
export const START = 1;
export const END = 2;
/** The entry after this value and everything inside it. */
export const NEXT = 3;
export const KEY_START = 4;
export const KEY_END = 5;
export const STRIDE = 6;

/**
 * Where every value of a document sits: one entry of STRIDE numbers per value, in document
 * order (key range -1 outside objects). Parsing fills it without
 * allocating an object per value; nodes are made from it only when someone reads them.
 */
export interface Tape {
  text: string;
  data: Int32Array<ArrayBuffer>;
  count: number;
  /** Nodes made so far, by entry: one node per value, so lookups return the tree's own nodes. */
  nodes: (JsonNode | undefined)[];
}

/** A copy of `data` with room for at least `entries` entries. */
export function grow(data: Int32Array<ArrayBuffer>, entries: number): Int32Array<ArrayBuffer> {
  const bigger = new Int32Array(Math.max(data.length * 2, entries * STRIDE));
  bigger.set(data);
  return bigger;
}

/** The key of the member whose key token is text[start, end). */
export function keyAt(text: string, start: number, end: number): string {
  const inner = text.slice(start + 1, end - 1);
  return inner.includes('\\') ? (JSON.parse(text.slice(start, end)) as string) : inner;
}

/**
 * Defines `properties` or `children` as a value computed on first read, then kept as an
 * ordinary data property (so the node still compares and serializes as plain data).
 */
function lazy(node: JsonNode, name: 'properties' | 'children', build: () => unknown[]): void {
  const settle = (value: unknown): void => {
    Object.defineProperty(node, name, {
      value,
      writable: true,
      enumerable: true,
      configurable: true,
    });
  };
  Object.defineProperty(node, name, {
    enumerable: true,
    configurable: true,
    get() {
      const value = build();
      settle(value);
      return value;
    },
    set: settle,
  });
}

/** The node of entry `i`; members and items of containers are made when first read. */
export function nodeAt(tape: Tape, i: number): JsonNode {
  const made = tape.nodes[i];
  if (made !== undefined) return made;
  const { data } = tape;
  const b = i * STRIDE;
  const kind = data[b + KIND] as number;
  const offset = data[b + START] as number;
  const node: JsonNode = {
    type: TYPES[kind] as JsonNode['type'],
    offset,
    length: (data[b + END] as number) - offset,
  };
  if (kind === OBJECT) lazy(node, 'properties', () => members(tape, i));
  else if (kind === ARRAY) lazy(node, 'children', () => items(tape, i));
  tape.nodes[i] = node;
  return node;
}

function members(tape: Tape, i: number): JsonProperty[] {
  const { data, text } = tape;
  const out: JsonProperty[] = [];
  const end = data[i * STRIDE + NEXT] as number;
  for (let j = i + 1; j < end; j = data[j * STRIDE + NEXT] as number) {
    const keyOffset = data[j * STRIDE + KEY_START] as number;
    const keyEnd = data[j * STRIDE + KEY_END] as number;
    out.push({
      key: keyAt(text, keyOffset, keyEnd),
      keyOffset,
      keyLength: keyEnd - keyOffset,
      value: nodeAt(tape, j),
    });
  }
  return out;
}

function items(tape: Tape, i: number): JsonNode[] {
  const { data } = tape;
  const out: JsonNode[] = [];
  const end = data[i * STRIDE + NEXT] as number;
  for (let j = i + 1; j < end; j = data[j * STRIDE + NEXT] as number) out.push(nodeAt(tape, j));
  return out;
}

/** The key offset of the first member named `key` of the object at entry `object`, or -1. */
export function firstKeyOffset(tape: Tape, object: number, key: string): number {
  const { data, text } = tape;
  // An object still open when the text broke has no end yet: its members run to the last entry.
  const next = data[object * STRIDE + NEXT] as number;
  const end = next > object ? next : tape.count;
  // Members before a duplicate are all complete, so their ends are set; stop at one that is not.
  for (let j = object + 1; j < end && j > object; j = data[j * STRIDE + NEXT] as number) {
    const start = data[j * STRIDE + KEY_START] as number;
    if (keyAt(text, start, data[j * STRIDE + KEY_END] as number) === key) return start;
  }
  return -1;
}

// Roots made by parseJson, so lookups can walk the tape instead of materializing nodes.
const roots = new WeakMap<JsonNode, Tape>();
// Containers with more members than this get an index, so many lookups stay linear overall.
const LINEAR_LOOKUP = 16;
const indexes = new WeakMap<Tape, Map<number, Map<string, number>>>();

/** The root node of a tape. */
export function rootNode(tape: Tape): JsonNode {
  const node = nodeAt(tape, 0);
  roots.set(node, tape);
  return node;
}

/** The tape behind a root node made by parseJson, if it is one. */
export function tapeOf(root: JsonNode): Tape | undefined {
  return roots.get(root);
}

function memberIndex(tape: Tape, entry: number): Map<string, number> | undefined {
  return indexes.get(tape)?.get(entry);
}

function remember(tape: Tape, entry: number, index: Map<string, number>): void {
  let byEntry = indexes.get(tape);
  if (byEntry === undefined) {
    byEntry = new Map();
    indexes.set(tape, byEntry);
  }
  byEntry.set(entry, index);
}

/** The entry of the member or item `segment` of container `entry`, or -1. */
function child(tape: Tape, entry: number, segment: string | number): number {
  const { data, text } = tape;
  const kind = data[entry * STRIDE + KIND];
  if (kind !== OBJECT && kind !== ARRAY) return -1;
  let key: string;
  if (kind === ARRAY) {
    if (typeof segment === 'number') key = String(segment);
    else if (/^(0|[1-9]\d*)$/.test(segment)) key = segment;
    else return -1;
  } else {
    key = String(segment);
  }
  const known = memberIndex(tape, entry);
  if (known) return known.get(key) ?? -1;
  const end = data[entry * STRIDE + NEXT] as number;
  const nameOf = (j: number, n: number): string =>
    kind === ARRAY
      ? String(n)
      : keyAt(text, data[j * STRIDE + KEY_START] as number, data[j * STRIDE + KEY_END] as number);
  let count = 0;
  for (let j = entry + 1; j < end; j = data[j * STRIDE + NEXT] as number) count++;
  if (count > LINEAR_LOOKUP) {
    // Later duplicates overwrite earlier ones: the last wins, as in the parsed value.
    const index = new Map<string, number>();
    let n = 0;
    for (let j = entry + 1; j < end; j = data[j * STRIDE + NEXT] as number)
      index.set(nameOf(j, n++), j);
    remember(tape, entry, index);
    return index.get(key) ?? -1;
  }
  let match = -1;
  let n = 0;
  for (let j = entry + 1; j < end; j = data[j * STRIDE + NEXT] as number) {
    if (nameOf(j, n++) === key) match = j;
  }
  return match;
}

/** The entry at `path` below entry 0, or -1 when the path is not in the document. */
export function entryAt(tape: Tape, path: readonly (string | number)[]): number {
  let entry = 0;
  for (const segment of path) {
    entry = child(tape, entry, segment);
    if (entry === -1) return -1;
  }
  return entry;
}

/** The key token range of entry `entry`, or undefined outside objects. */
export function keyRange(
  tape: Tape,
  entry: number,
): { offset: number; length: number } | undefined {
  const start = tape.data[entry * STRIDE + KEY_START] as number;
  if (start < 0) return undefined;
  return { offset: start, length: (tape.data[entry * STRIDE + KEY_END] as number) - start };
}
