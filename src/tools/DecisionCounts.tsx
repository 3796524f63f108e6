import { TOOL_DECISIONS, type ToolDecision } from '../core';
import { DECISION_LABELS } from '../state/toolRows';

/** How many rows have each decision. */
export function DecisionCounts({ counts }: { counts: Record<ToolDecision, number> }) {
  return (
    <ul className="decision-counts" aria-label="Decision counts">
      {TOOL_DECISIONS.map((d) => (
        <li key={d} data-decision={d}>
          {DECISION_LABELS[d]}: {counts[d]}
        </li>
      ))}
    </ul>
  );
}
