import { Gauge, ListChecks } from 'lucide-react';
import { memo, type KeyboardEvent, type MouseEvent } from 'react';
import { isPattern, type DefaultDecision, type ToolDecision } from '../core';
import { Badge, SegmentedControl } from '../ui/design';
import { RiskScale } from './RiskScale';
import { decisionOptions } from './decisionOptions';
import type { ToolRow } from '../state/toolRows';

export interface ToolRowHandlers {
  onNameClick: (event: MouseEvent<HTMLButtonElement>, key: string) => void;
  onNameKeyDown: (event: KeyboardEvent<HTMLButtonElement>, index: number) => void;
  onCheck: (key: string, checked: boolean) => void;
  onDecide: (key: string, decision: ToolDecision) => void;
  onOpen: (key: string) => void;
}

interface ToolRowViewProps {
  row: ToolRow;
  index: number;
  total: number;
  current: boolean;
  checked: boolean;
  readOnly: boolean;
  /** What "Default" resolves to. */
  fallback: DefaultDecision;
  /** Offset from the top of the list, in pixels. */
  start: number;
  height: number;
  handlers: ToolRowHandlers;
}

function Note({ row, onOpen }: { row: ToolRow; onOpen: (key: string) => void }) {
  const { decision, via, viaAction } = row.shown;
  if (via === null) return null;
  if (decision === 'hide') {
    return <span className="row-note">hidden by {via === '*' ? 'hide: "*"' : `"${via}"`}</span>;
  }
  return (
    <button type="button" className="row-note link" onClick={() => onOpen(via)}>
      via {via} ({viaAction})
    </button>
  );
}

/** One tool (or rule key) of the list: its name, badges and decision control. */
export const ToolRowView = memo(function ToolRowView({
  row,
  index,
  total,
  current,
  checked,
  readOnly,
  fallback,
  start,
  height,
  handlers,
}: ToolRowViewProps) {
  const { key, entry } = row;
  const title = entry?.tool.title;
  return (
    <div
      role="listitem"
      aria-posinset={index + 1}
      aria-setsize={total}
      className={`tool-row${current ? ' current' : ''}${checked ? ' checked' : ''}`}
      data-row-index={index}
      data-decision={row.shown.decision}
      style={{ height, transform: `translateY(${start}px)` }}
    >
      <div className="tool-row-line">
        <input
          type="checkbox"
          aria-label={`Select ${key}`}
          checked={checked}
          onChange={(event) => handlers.onCheck(key, event.target.checked)}
        />
        <button
          type="button"
          className="tool-name"
          data-roving=""
          aria-current={current ? 'true' : undefined}
          onClick={(event) => handlers.onNameClick(event, key)}
          onKeyDown={(event) => handlers.onNameKeyDown(event, index)}
        >
          {key}
        </button>
        {title !== undefined && title !== key && <span className="title">{title}</span>}
        <span className="badges">
          {entry && (
            <>
              <Badge className="category" title={entry.because}>
                {entry.category}
              </Badge>
              <RiskScale risk={entry.risk} because={entry.because} />
            </>
          )}
          {!entry && isPattern(key) && <Badge tone="accent">pattern</Badge>}
          {row.offServer && <Badge tone="approval">not on this server</Badge>}
        </span>
      </div>
      <div className="tool-row-line">
        <SegmentedControl
          label={`Decision for ${key}`}
          options={decisionOptions(fallback)}
          value={row.shown.decision}
          disabled={readOnly}
          size="sm"
          onChange={(decision) => handlers.onDecide(key, decision)}
          className="decision"
        />
        {row.extras.limits > 0 && (
          <Badge tone="limit" icon={<Gauge />}>
            {row.extras.limits} {row.extras.limits === 1 ? 'limit' : 'limits'}
          </Badge>
        )}
        {row.extras.conditions > 0 && (
          <Badge tone="accent" icon={<ListChecks />}>
            {row.extras.conditions} {row.extras.conditions === 1 ? 'condition' : 'conditions'}
          </Badge>
        )}
        <Note row={row} onOpen={handlers.onOpen} />
      </div>
    </div>
  );
});
