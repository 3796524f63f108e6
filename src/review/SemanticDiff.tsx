import { useMemo } from 'react';
import {
  describeCondition,
  describeLimitChange,
  diffPolicies,
  parsePolicy,
  type PolicyDiff,
  type Tool,
  type ToolChange,
} from '../core';
import './review.css';

interface Line {
  text: string;
  loosening: boolean;
}

function toolLine(change: ToolChange): string {
  const name = change.kind === 'default' ? 'Tools without a rule' : change.subject;
  const parts: string[] = [];
  if (change.before !== change.after) parts.push(`${change.before} → ${change.after}`);
  parts.push(...change.limits.map(describeLimitChange));
  parts.push(...change.conditions.map(describeCondition));
  return `${name}: ${parts.join('; ')}`;
}

/** Every change in words, loosenings first (the diff's own order keeps them first among tools). */
function lines(diff: PolicyDiff): Line[] {
  const all: Line[] = [
    ...diff.tools.map((c) => ({ text: toolLine(c), loosening: c.loosening })),
    ...diff.hide.map((h) => ({
      text: `hide entry "${h.entry}" ${h.change}`,
      loosening: h.change === 'removed',
    })),
    ...diff.allTools.map((l) => ({
      text: `all_tools ${describeLimitChange(l)}`,
      loosening: l.change === 'removed' || l.change === 'loosened',
    })),
  ];
  return [...all.filter((l) => l.loosening), ...all.filter((l) => !l.loosening)];
}

/** What the change from `before` to `after` does, per tool, above the text diff. */
export default function SemanticDiff({
  before,
  after,
  tools,
}: {
  before: string;
  after: string;
  tools: readonly Tool[];
}) {
  const result = useMemo(() => {
    const old = parsePolicy(before);
    const now = parsePolicy(after);
    if (!old.ok || !now.ok) return null;
    return lines(diffPolicies(old.policy, now.policy, { tools }));
  }, [before, after, tools]);
  return (
    <section className="semantic-diff" aria-label="What changed in effect">
      <h3>What changed in effect</h3>
      {result === null ? (
        <p className="hint">The effect is shown when both versions are valid policies.</p>
      ) : result.length === 0 ? (
        <p className="hint">No change in what any tool may do.</p>
      ) : (
        <ul aria-label="Changes in effect">
          {result.map((line, i) => (
            <li key={i} className={`semantic-change${line.loosening ? ' loosening' : ''}`}>
              {line.loosening && <span className="loosening-mark">Loosens:</span>}
              {line.text}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
