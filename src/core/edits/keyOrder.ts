import { defineEntry } from './objects';

/** A place in a policy document, as a path of object keys and array indices. */
export type DocumentPath = readonly (string | number)[];

type ObjectKind = 'policy' | 'allTools' | 'tools' | 'rule' | 'limit' | 'condition' | 'free';

// The format's key order (POLICY_FORMAT.md, "Formatting"); `tools` keeps document order.
const KEY_ORDER: Partial<Record<ObjectKind, readonly string[]>> = {
  policy: ['version', 'default', 'hide', 'all_tools', 'tools'],
  allTools: ['limits'],
  rule: ['action', 'reason', 'require', 'deny_if', 'limits'],
  limit: ['counter', 'window', 'max', 'scope'],
  condition: ['path', 'op', 'value'],
};

function kindAt(path: DocumentPath): ObjectKind {
  const [first, second, third] = path;
  if (path.length === 0) return 'policy';
  if (first === 'all_tools') {
    if (path.length === 1) return 'allTools';
    if (path.length === 3 && second === 'limits') return 'limit';
  } else if (first === 'tools') {
    if (path.length === 1) return 'tools';
    if (path.length === 2) return 'rule';
    if (path.length === 4 && third === 'limits') return 'limit';
    if (path.length === 4 && (third === 'require' || third === 'deny_if')) return 'condition';
  }
  return 'free';
}

/**
 * Where `key` goes among the existing keys of the object at `path`: after the last key that
 * comes before it in the format's order; at the end when the order does not know it.
 */
export function insertionIndex(path: DocumentPath, existing: readonly string[], key: string) {
  const order = KEY_ORDER[kindAt(path)];
  const rank = order ? order.indexOf(key) : -1;
  if (order === undefined || rank === -1) return existing.length;
  let index = 0;
  existing.forEach((k, i) => {
    const r = order.indexOf(k);
    if (r !== -1 && r < rank) index = i + 1;
  });
  return index;
}

/** Where `key` stands in the format's order for the object at `path` (unknown keys last). */
export function formatRank(path: DocumentPath, key: string): number {
  const rank = KEY_ORDER[kindAt(path)]?.indexOf(key) ?? -1;
  return rank === -1 ? Number.MAX_SAFE_INTEGER : rank;
}

/** A copy of the JSON `value` found at `path` with its objects' keys in the format's order. */
export function inFormatOrder(value: unknown, path: DocumentPath): unknown {
  if (Array.isArray(value)) return value.map((item, i) => inFormatOrder(item, [...path, i]));
  if (typeof value !== 'object' || value === null) return value;
  const source = value as Record<string, unknown>;
  const order = KEY_ORDER[kindAt(path)] ?? [];
  const keys = Object.keys(source);
  const known = order.filter((k) => Object.hasOwn(source, k));
  const rest = keys.filter((k) => !order.includes(k));
  const out: Record<string, unknown> = {};
  for (const key of [...known, ...rest]) {
    defineEntry(out, key, inFormatOrder(source[key], [...path, key]));
  }
  return out;
}
