import type { Hide, Policy, Rule } from './schema';

/** True when the key is a pattern (contains `*`) rather than an exact tool name. */
export function isPattern(key: string): boolean {
  return key.includes('*');
}

const compiled = new Map<string, (name: string) => boolean>();

/**
 * True when `name` matches `pattern`, where `*` is any run of characters (possibly empty).
 * Linear in the name and pattern lengths: never a RegExp, which backtracks polynomially on
 * keys like `*a*a*a*a*b`.
 */
export function matchesPattern(pattern: string, name: string): boolean {
  if (!isPattern(pattern)) return pattern === name;
  let matches = compiled.get(pattern);
  if (!matches) {
    matches = patternMatcher(pattern);
    if (compiled.size > 10_000) compiled.clear();
    compiled.set(pattern, matches);
  }
  return matches(name);
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

/** Counts the character comparisons a match makes, so tests can prove the work is linear. */
export interface MatchMeter {
  steps: number;
}

/**
 * A matcher for one name or pattern, same answers as `matchesPattern`, without a RegExp:
 * prefix, suffix, then the middle parts leftmost-first (enough for `*`-only globs), each found
 * with Knuth-Morris-Pratt so the scan never moves backwards: at most about 2 × (name + pattern)
 * comparisons, whatever the input.
 */
export function patternMatcher(pattern: string): (name: string, meter?: MatchMeter) => boolean {
  if (!isPattern(pattern)) return (name) => name === pattern;
  const parts = pattern.split('*');
  const first = parts[0] ?? '';
  const last = parts[parts.length - 1] ?? '';
  const middle = parts
    .slice(1, -1)
    .filter((part) => part !== '')
    .map((part) => ({ part, fail: failureTable(part) }));
  const fixed = first.length + last.length;
  return (name, meter) => {
    if (meter) meter.steps += fixed;
    if (name.length < fixed || !name.startsWith(first) || !name.endsWith(last)) return false;
    const limit = name.length - last.length;
    let at = first.length;
    for (const { part, fail } of middle) {
      const end = findFrom(name, part, fail, at, limit, meter);
      if (end === -1) return false;
      at = end;
    }
    return true;
  };
}

/** KMP failure table: for each prefix of `part`, the length of its longest proper border. */
function failureTable(part: string): Int32Array {
  const fail = new Int32Array(part.length);
  let k = 0;
  for (let i = 1; i < part.length; i++) {
    while (k > 0 && part[i] !== part[k]) k = fail[k - 1] ?? 0;
    if (part[i] === part[k]) k++;
    fail[i] = k;
  }
  return fail;
}

/** The end of the first occurrence of `part` in `name[from, limit)`, or -1. */
function findFrom(
  name: string,
  part: string,
  fail: Int32Array,
  from: number,
  limit: number,
  meter: MatchMeter | undefined,
): number {
  let k = 0;
  for (let i = from; i < limit; i++) {
    while (k > 0 && name[i] !== part[k]) {
      k = fail[k - 1] ?? 0;
      if (meter) meter.steps++;
    }
    if (meter) meter.steps++;
    if (name[i] === part[k]) k++;
    if (k === part.length) return i + 1;
  }
  return -1;
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
