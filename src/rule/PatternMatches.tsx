import { useMemo } from 'react';
import { findRule, matchesPattern, type Policy } from '../core';
import type { ToolEntry } from '../state/toolRows';

const SHOWN = 30;

interface PatternMatchesProps {
  pattern: string;
  entries: readonly ToolEntry[];
  /** When given, says how many matches the pattern's rule actually decides. */
  policy?: Policy;
}

/** Which loaded tools a pattern matches. */
export function PatternMatches({ pattern, entries, policy }: PatternMatchesProps) {
  const matches = useMemo(
    () => (pattern === '' ? [] : entries.filter((e) => matchesPattern(pattern, e.name))),
    [pattern, entries],
  );
  const applies = useMemo(
    () =>
      policy === undefined
        ? null
        : matches.filter((e) => findRule(policy.tools, e.name)?.key === pattern).length,
    [matches, policy, pattern],
  );
  if (entries.length === 0) return <p className="hint">No tools loaded to match.</p>;
  return (
    <div className="pattern-matches">
      <p>
        Matches {matches.length} of {entries.length} loaded tools
        {applies !== null && applies !== matches.length && (
          <> ({matches.length - applies} have a rule of their own or a more specific pattern)</>
        )}
        {matches.length > 0 ? ':' : '.'}
      </p>
      {matches.length > 0 && (
        <ul className="match-list" aria-label={`Tools matching ${pattern}`}>
          {matches.slice(0, SHOWN).map((e) => (
            <li key={e.name}>{e.name}</li>
          ))}
          {matches.length > SHOWN && <li className="hint">and {matches.length - SHOWN} more</li>}
        </ul>
      )}
    </div>
  );
}
