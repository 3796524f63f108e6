import { entryAt, keyRange, nodeAt, tapeOf } from './tape';
import type { JsonNode, JsonProperty } from './types';

// Objects with more members than this get a lookup Map, so locating many findings stays linear.
const LINEAR_LOOKUP = 16;
const memberMaps = new WeakMap<JsonNode, Map<string, JsonProperty>>();

/** The member of an object node named `key`; the last one when the key is duplicated. */
function member(node: JsonNode, key: string): JsonProperty | undefined {
  const properties = node.properties;
  if (properties === undefined) return undefined;
  if (properties.length <= LINEAR_LOOKUP) {
    for (let i = properties.length - 1; i >= 0; i--) {
      const p = properties[i] as JsonProperty;
      if (p.key === key) return p;
    }
    return undefined;
  }
  let map = memberMaps.get(node);
  if (map === undefined) {
    map = new Map();
    for (const p of properties) map.set(p.key, p);
    memberMaps.set(node, map);
  }
  return map.get(key);
}

function step(node: JsonNode, segment: string | number): JsonNode | undefined {
  if (node.type === 'array') {
    const i =
      typeof segment === 'number' ? segment : /^(0|[1-9]\d*)$/.test(segment) ? Number(segment) : -1;
    return i >= 0 ? node.children?.[i] : undefined;
  }
  if (node.type === 'object') return member(node, String(segment))?.value;
  return undefined;
}

/** The node at `path` (object keys and array indices), or undefined when it is not there. */
export function findNode(root: JsonNode, path: readonly (string | number)[]): JsonNode | undefined {
  const tape = tapeOf(root);
  if (tape) {
    const entry = entryAt(tape, path);
    return entry === -1 ? undefined : nodeAt(tape, entry);
  }
  let node: JsonNode | undefined = root;
  for (const segment of path) {
    node = step(node, segment);
    if (node === undefined) return undefined;
  }
  return node;
}

/** The key token (with its quotes) of the object member at `path`, or undefined. */
export function findKey(
  root: JsonNode,
  path: readonly (string | number)[],
): { offset: number; length: number } | undefined {
  if (path.length === 0) return undefined;
  const tape = tapeOf(root);
  if (tape) {
    const entry = entryAt(tape, path);
    return entry === -1 ? undefined : keyRange(tape, entry);
  }
  const parent = findNode(root, path.slice(0, -1));
  if (parent === undefined || parent.type !== 'object') return undefined;
  const p = member(parent, String(path[path.length - 1]));
  return p && { offset: p.keyOffset, length: p.keyLength };
}
