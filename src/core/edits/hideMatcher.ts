import { isPattern, patternMatcher } from '../patterns';
import type { Hide } from '../schema';

/**
 * What hides a tool: `'*'` for `hide: "*"`, the first hide entry that matches, or null. Same
 * answers as `hiddenBy`, but exact names are looked up in a set, so checking thousands of tools
 * against a long list stays linear.
 */
export function hideMatcher(hide: Hide | undefined): (name: string) => string | null {
  if (hide === undefined) return () => null;
  if (hide === '*') return () => '*';
  const firstIndex = new Map<string, number>();
  const patterns: { entry: string; index: number; matches: (name: string) => boolean }[] = [];
  hide.forEach((entry, index) => {
    if (entry === '*') patterns.push({ entry, index, matches: () => true });
    else if (isPattern(entry)) patterns.push({ entry, index, matches: patternMatcher(entry) });
    else if (!firstIndex.has(entry)) firstIndex.set(entry, index);
  });
  return (name) => {
    const exact = firstIndex.get(name);
    for (const p of patterns) {
      if (exact !== undefined && exact < p.index) break;
      if (p.matches(name)) return p.entry;
    }
    return exact === undefined ? null : name;
  };
}
