import type { Rule } from '../schema';

/**
 * A copy of `record` with `key` set to `value`. Spread and defineProperty create own data
 * properties, so a key such as `__proto__` stays an ordinary key (assignment would change the
 * prototype instead). An existing key keeps its place.
 */
export function withEntry<T>(
  record: Readonly<Record<string, T>>,
  key: string,
  value: T,
): Record<string, T> {
  const copy = copyRecord(record);
  defineEntry(copy, key, value);
  return copy;
}

/** A copy of `record` without `key` (the same object when it has no such own key). */
export function withoutEntry<T>(
  record: Readonly<Record<string, T>>,
  key: string,
): Readonly<Record<string, T>> {
  if (!Object.hasOwn(record, key)) return record;
  const copy = copyRecord(record);
  delete copy[key];
  return copy;
}

/** Sets an own, enumerable data property, whatever the key (see `withEntry`). */
export function defineEntry<T>(record: Record<string, T>, key: string, value: T): void {
  Object.defineProperty(record, key, {
    value,
    enumerable: true,
    writable: true,
    configurable: true,
  });
}

/** The rule stored under exactly `key`, never one inherited from Object.prototype. */
export function ownRule(tools: Readonly<Record<string, Rule>>, key: string): Rule | undefined {
  return Object.hasOwn(tools, key) ? tools[key] : undefined;
}

/**
 * A shallow copy of `record`'s own enumerable string keys, in order. Copied key by key rather
 * than spread: an object with thousands of keys (a large policy's `tools`) is copied about
 * twice as fast this way, and every decision click copies it.
 */
export function copyRecord<T>(record: Readonly<Record<string, T>>): Record<string, T> {
  const copy: Record<string, T> = {};
  const keys = Object.keys(record);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i] as string;
    if (key === '__proto__') defineEntry(copy, key, record[key] as T);
    else copy[key] = record[key] as T;
  }
  return copy;
}
