import { isPattern, matchesPattern, specificity } from '../patterns';
import { cedarLikePattern, toolEntity } from './cedarText';

/** Which tools a Cedar policy is about. */
export type Scope =
  | { kind: 'all' }
  | { kind: 'names'; names: readonly string[] }
  | {
      kind: 'like';
      pattern: string;
      exceptNames: readonly string[];
      exceptPatterns: readonly string[];
    };

/** A scope as a policy head's resource part plus `when` clauses; null when Cedar cannot name it. */
export interface RenderedScope {
  head: string;
  when: string[];
}

/** `[Tool::"a", …]`, or null when a name has no Cedar spelling. */
export function entityList(names: readonly string[]): string | null {
  const entities: string[] = [];
  for (const name of names) {
    const entity = toolEntity(name);
    if (entity === null) return null;
    entities.push(entity);
  }
  return `[${entities.join(', ')}]`;
}

/** Renders a scope; null when a name or pattern has no Cedar spelling. */
export function renderScope(scope: Scope): RenderedScope | null {
  switch (scope.kind) {
    case 'all':
      return { head: 'resource', when: [] };
    case 'names': {
      if (scope.names.length === 1) {
        const entity = toolEntity(scope.names[0]!);
        return entity === null ? null : { head: `resource == ${entity}`, when: [] };
      }
      const list = entityList(scope.names);
      return list === null ? null : { head: 'resource', when: [`resource in ${list}`] };
    }
    case 'like': {
      const like = cedarLikePattern(scope.pattern);
      if (like === null) return null;
      const when = [`resource.name like ${like}`];
      if (scope.exceptNames.length > 0) {
        const list = entityList(scope.exceptNames);
        if (list === null) return null;
        when.push(`!(resource in ${list})`);
      }
      for (const other of scope.exceptPatterns) {
        const otherLike = cedarLikePattern(other);
        if (otherLike === null) return null;
        when.push(`!(resource.name like ${otherLike})`);
      }
      return { head: 'resource', when };
    }
  }
}

function literalEnds(pattern: string): { prefix: string; suffix: string } {
  const parts = pattern.split('*');
  return { prefix: parts[0] ?? '', suffix: parts[parts.length - 1] ?? '' };
}

// Two patterns whose fixed starts (or ends) disagree can match no name in common; leaving such
// pairs out keeps each policy short without changing what it means.
function mayOverlap(a: string, b: string): boolean {
  const x = literalEnds(a);
  const y = literalEnds(b);
  const starts = x.prefix.startsWith(y.prefix) || y.prefix.startsWith(x.prefix);
  const ends = x.suffix.endsWith(y.suffix) || y.suffix.endsWith(x.suffix);
  return starts && ends;
}

/**
 * The scope of the rule under `key` with `like`: the names the contract gives this rule.
 * For a pattern, that excludes the exact keys it matches and every pattern that wins over it
 * (more non-`*` characters, or as many and earlier in the document).
 */
export function ruleScope(keys: readonly string[], key: string): Scope {
  if (!isPattern(key)) return { kind: 'names', names: [key] };
  const own = specificity(key);
  const order = keys.indexOf(key);
  const exceptNames = keys.filter((k) => !isPattern(k) && matchesPattern(key, k));
  const exceptPatterns = keys.filter((k, i) => {
    if (k === key || !isPattern(k)) return false;
    const s = specificity(k);
    const wins = s > own || (s === own && i < order);
    return wins && mayOverlap(key, k);
  });
  return { kind: 'like', pattern: key, exceptNames, exceptPatterns };
}
