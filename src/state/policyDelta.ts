import { isPattern, type PathChange, type Policy } from '../core';

// The operations of each form edit, by the policy it made: what is derived from a whole policy
// (the list's rows) can redo only what the edit touched.
const edits = new WeakMap<Policy, { from: Policy; changes: readonly PathChange[] }>();

/** Remembers that `changes` turned `from` into `to`. */
export function notePolicyEdit(from: Policy, to: Policy, changes: readonly PathChange[]): void {
  edits.set(to, { from, changes });
}

/**
 * The rule keys whose rules differ between `from` and `to`, when `to` was made from `from` by
 * one form edit that changed nothing but rules; null when that is not known.
 */
export function changedRuleKeys(from: Policy, to: Policy): string[] | null {
  const edit = edits.get(to);
  if (edit === undefined || edit.from !== from) return null;
  const keys = new Set<string>();
  for (const { path } of edit.changes) {
    const [top, key] = path;
    if (top !== 'tools' || key === undefined) return null;
    keys.add(String(key));
  }
  return [...keys];
}

const patterns = new WeakMap<Policy, readonly string[]>();

/**
 * The pattern rule keys of `policy` (`get_*`), in order: the same array as its predecessor's
 * when a form edit changed no pattern rule, so what shows them need not render again.
 */
export function patternKeysOf(policy: Policy): readonly string[] {
  const known = patterns.get(policy);
  if (known !== undefined) return known;
  const edit = edits.get(policy);
  const before = edit && patterns.get(edit.from);
  const keys = edit && changedRuleKeys(edit.from, policy);
  const same = before !== undefined && keys !== null && keys !== undefined && !keys.some(isPattern);
  const result = same ? before : Object.keys(policy.tools).filter(isPattern);
  patterns.set(policy, result);
  return result;
}
