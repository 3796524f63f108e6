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
  const copy: Record<string, T> = { ...record };
  defineEntry(copy, key, value);
  return copy;
}

/** A copy of `record` without `key` (the same object when it has no such own key). */
export function withoutEntry<T>(
  record: Readonly<Record<string, T>>,
  key: string,
): Readonly<Record<string, T>> {
  if (!Object.hasOwn(record, key)) return record;
  const copy: Record<string, T> = { ...record };
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
