/** Tools that share a name prefix (`svc12_`), or the rest (`prefix: null`). */
export interface PrefixGroup {
  /** The shared prefix, separator included, or null for the tools without a shared one. */
  prefix: string | null;
  /** The names in the group, in input order. */
  names: string[];
}

/** At least this many tools make a group; a prefix of one tool says nothing about the server. */
export const MIN_GROUP_SIZE = 2;

/**
 * A name's prefix up to and including its first `_`, `-` or `.`, or null when it has none. A
 * separator at the very start or end is no prefix: `_private` and `tool_` name one thing each.
 */
export function namePrefix(name: string): string | null {
  const at = name.search(/[_.-]/);
  if (at <= 0 || at === name.length - 1) return null;
  return name.slice(0, at + 1);
}

/**
 * Groups names by `namePrefix`: one group per prefix shared by at least `MIN_GROUP_SIZE` names,
 * in the order each prefix first appears, then the other names (if any) in one group with a
 * null prefix. Every name (repeats too) is in exactly one group. Linear in the number of names.
 */
export function groupByPrefix(names: readonly string[]): PrefixGroup[] {
  const byPrefix = new Map<string, string[]>();
  const other: string[] = [];
  for (const name of names) {
    const prefix = namePrefix(name);
    if (prefix === null) {
      other.push(name);
      continue;
    }
    const members = byPrefix.get(prefix);
    if (members) members.push(name);
    else byPrefix.set(prefix, [name]);
  }
  const groups: PrefixGroup[] = [];
  const loose: string[] = [];
  for (const [prefix, members] of byPrefix) {
    if (members.length >= MIN_GROUP_SIZE) groups.push({ prefix, names: members });
    else loose.push(...members);
  }
  if (other.length + loose.length > 0) {
    // The rest keep their input order: merge the two by position.
    const rest = new Set([...other, ...loose]);
    groups.push({ prefix: null, names: names.filter((n) => rest.has(n)) });
  }
  return groups;
}
