import { ChevronRight } from 'lucide-react';
import { memo, type KeyboardEvent } from 'react';
import { TOOL_DECISIONS, type DefaultDecision, type ToolDecision } from '../core';
import { DECISION_LABELS } from '../state/toolRows';
import type { GroupSummary } from '../state/toolGroups';
import { Badge, SegmentedControl } from '../ui/design';
import { DECISION_LOOK } from '../ui/design/decisions';
import { decisionOptions } from './decisionOptions';

export interface GroupHeaderHandlers {
  onToggle: (key: string) => void;
  onKeyDown: (event: KeyboardEvent<HTMLButtonElement>, index: number) => void;
  onDecide: (group: GroupSummary, decision: ToolDecision) => void;
}

interface GroupHeaderViewProps {
  group: GroupSummary;
  index: number;
  total: number;
  readOnly: boolean;
  fallback: DefaultDecision;
  start: number;
  height: number;
  handlers: GroupHeaderHandlers;
}

/**
 * A prefix group's header row: a fold button, the count per decision, and one decision for every
 * tool of the group the filters show.
 */
export const GroupHeaderView = memo(function GroupHeaderView({
  group,
  index,
  total,
  readOnly,
  fallback,
  start,
  height,
  handlers,
}: GroupHeaderViewProps) {
  const n = group.keys.length;
  const onKeyDown = (event: KeyboardEvent<HTMLButtonElement>) => {
    // As in a tree: Right unfolds, Left folds; the other keys move between rows.
    if (
      (event.key === 'ArrowRight' && !group.expanded) ||
      (event.key === 'ArrowLeft' && group.expanded)
    ) {
      event.preventDefault();
      handlers.onToggle(group.key);
      return;
    }
    handlers.onKeyDown(event, index);
  };
  return (
    <div
      role="listitem"
      aria-posinset={index + 1}
      aria-setsize={total}
      className="tool-group-row"
      data-row-index={index}
      data-group={group.key}
      style={{ height, transform: `translateY(${start}px)` }}
    >
      <div className="tool-row-line">
        <button
          type="button"
          className="group-toggle"
          data-roving=""
          aria-expanded={group.expanded}
          onClick={() => handlers.onToggle(group.key)}
          onKeyDown={onKeyDown}
        >
          <ChevronRight aria-hidden="true" />
          <span className="group-name">{group.label}</span>
          <span className="group-count">
            {n} {n === 1 ? 'tool' : 'tools'}
          </span>
        </button>
        <ul className="group-chips" aria-label={`Decisions in ${group.label}`}>
          {TOOL_DECISIONS.filter((d) => group.counts[d] > 0).map((d) => (
            <li key={d}>
              <Badge tone={DECISION_LOOK[d].tone}>
                {DECISION_LABELS[d]} {group.counts[d]}
              </Badge>
            </li>
          ))}
        </ul>
      </div>
      <div className="tool-row-line">
        <SegmentedControl
          label={`Decision for group ${group.label}`}
          options={decisionOptions(fallback)}
          value={group.decision}
          disabled={readOnly}
          size="sm"
          onChange={(decision) => handlers.onDecide(group, decision)}
          className="decision"
        />
        {group.decision === null && <span className="group-mixed">Mixed</span>}
      </div>
    </div>
  );
});
