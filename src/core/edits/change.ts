import type { Policy } from '../schema';
import { jsonEqual } from '../simulate/jsonEqual';
import { isPlainObject } from '../values';
import type { DocumentPath } from './keyOrder';

/**
 * One operation on the document: set the JSON value at `path`, or remove it when `value` is
 * undefined. A path below a value that does not exist yet creates the objects on the way.
 */
export interface PathChange {
  path: DocumentPath;
  value: unknown;
}

/**
 * What an edit function returns: the policy it meant and the operations that turn the text of
 * the old policy into a text of the new one (the store writes each at its path, so the rest of
 * the text keeps its bytes). No operations means nothing changed.
 */
export interface PolicyEdit {
  policy: Policy;
  changes: readonly PathChange[];
}

/** The edit that changes nothing. */
export function unchanged(policy: Policy): PolicyEdit {
  return { policy, changes: [] };
}

/**
 * Appends to `out` the operations that turn the JSON value `before` into `after` at `path`,
 * descending into objects and same-length arrays so only what differs is written. Meant for
 * one rule or one field, never a whole policy.
 */
export function valueChanges(
  out: PathChange[],
  path: DocumentPath,
  before: unknown,
  after: unknown,
): void {
  if (before === after || jsonEqual(before, after)) return;
  if (isPlainObject(before) && isPlainObject(after)) {
    for (const key of Object.keys(before)) {
      if (!Object.hasOwn(after, key) || after[key] === undefined) {
        out.push({ path: [...path, key], value: undefined });
      }
    }
    for (const key of Object.keys(after)) {
      const value = after[key];
      if (value === undefined) continue;
      if (Object.hasOwn(before, key)) valueChanges(out, [...path, key], before[key], value);
      else out.push({ path: [...path, key], value });
    }
    return;
  }
  if (Array.isArray(before) && Array.isArray(after) && before.length === after.length) {
    after.forEach((value: unknown, i) => valueChanges(out, [...path, i], before[i], value));
    return;
  }
  out.push({ path, value: after });
}
