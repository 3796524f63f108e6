import type { Hide, Policy, Rule } from './schema';

/** True when the key is a pattern (contains `*`) rather than an exact tool name. */
export function isPattern(key: string): boolean {
  return key.includes('*');
}

const compiled = new Map<string, RegExp>();

/** True when `name` matches `pattern`, where `*` is any run of characters (possibly empty). */
export function matchesPattern(pattern: string, name: string): boolean {
  if (!isPattern(pattern)) return pattern === name;
  let re = compiled.get(pattern);
  if (!re) {
    const source = pattern
      .split('*')
      .map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
      .join('[\\s\\S]*');
    re = new RegExp(`^${source}$`);
    if (compiled.size > 10_000) compiled.clear();
    compiled.set(pattern, re);
  }
  return re.test(name);
}

/** How specific a pattern is: its number of non-`*` characters. */
export function specificity(pattern: string): number {
  let n = 0;
  for (const ch of pattern) if (ch !== '*') n++;
  return n;
}

export interface RuleMatch {
  key: string;
  rule: Rule;
}

/**
 * The rule a tool gets: the exact key, else the matching pattern with the most non-`*`
 * characters, a tie going to the one first in the document. Own keys only, so `__proto__`
 * or `toString` never reach Object.prototype.
 */
export function findRule(tools: Policy['tools'], tool: string): RuleMatch | null {
  if (Object.hasOwn(tools, tool)) return { key: tool, rule: tools[tool] as Rule };
  let best: RuleMatch | null = null;
  let bestScore = -1;
  for (const key of Object.keys(tools)) {
    if (!isPattern(key)) continue;
    const score = specificity(key);
    if (score > bestScore && matchesPattern(key, tool)) {
      best = { key, rule: tools[key] as Rule };
      bestScore = score;
    }
  }
  return best;
}

/** Which hide entry hides the tool: an index into the list, 'all' for `"*"`, or null. */
export function hiddenBy(hide: Hide | undefined, tool: string): number | 'all' | null {
  if (hide === undefined) return null;
  if (hide === '*') return 'all';
  const i = hide.findIndex((entry) => matchesPattern(entry, tool));
  return i === -1 ? null : i;
}

/**
 * A matcher for one name or pattern, same answers as `matchesPattern`, without a RegExp:
 * prefix, suffix, then the middle parts leftmost-first (enough for `*`-only globs).
 */
export function patternMatcher(pattern: string): (name: string) => boolean {
  if (!isPattern(pattern)) return (name) => name === pattern;
  const parts = pattern.split('*');
  const first = parts[0] ?? '';
  const last = parts[parts.length - 1] ?? '';
  const middle = parts.slice(1, -1).filter((part) => part !== '');
  const fixed = first.length + last.length;
  return (name) => {
    if (name.length < fixed || !name.startsWith(first) || !name.endsWith(last)) return false;
    const limit = name.length - last.length;
    let at = first.length;
    for (const part of middle) {
      const found = name.indexOf(part, at);
      if (found === -1 || found + part.length > limit) return false;
      at = found + part.length;
    }
    return true;
  };
}

/**
 * `findRule` for many lookups in one policy: patterns are ordered once (most specific first,
 * document order among equals), so a lookup stops at the first pattern that matches.
 */
export function ruleFinder(tools: Policy['tools']): (tool: string) => RuleMatch | null {
  const patterns = Object.keys(tools)
    .filter(isPattern)
    .map((key, order) => ({ key, order, score: specificity(key), matches: patternMatcher(key) }))
    .sort((a, b) => b.score - a.score || a.order - b.order);
  return (tool) => {
    if (Object.hasOwn(tools, tool)) return { key: tool, rule: tools[tool] as Rule };
    for (const p of patterns)
      if (p.matches(tool)) return { key: p.key, rule: tools[p.key] as Rule };
    return null;
  };
}
