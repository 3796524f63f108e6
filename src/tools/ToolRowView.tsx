import { memo, type KeyboardEvent, type MouseEvent } from 'react';
import { TOOL_DECISIONS, isPattern, type ToolDecision } from '../core';
import { RadioGroup, type RadioOption } from '../ui/RadioGroup';
import { DECISION_LABELS, type ToolRow } from '../state/toolRows';

const OPTIONS: readonly RadioOption<ToolDecision>[] = TOOL_DECISIONS.map((d) => ({
  value: d,
  label: DECISION_LABELS[d],
}));

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
              <span className="badge category" data-category={entry.category} title={entry.because}>
                {entry.category}
              </span>
              <span className="badge risk" data-risk={entry.risk} title={entry.because}>
                {entry.risk} risk
              </span>
            </>
          )}
          {!entry && isPattern(key) && <span className="badge">pattern</span>}
          {row.offServer && <span className="badge off-server">not on this server</span>}
        </span>
      </div>
      <div className="tool-row-line">
        <RadioGroup
          label={`Decision for ${key}`}
          options={OPTIONS}
          value={row.shown.decision}
          disabled={readOnly}
          onChange={(decision) => handlers.onDecide(key, decision)}
          className="decision"
        />
        <Note row={row} onOpen={handlers.onOpen} />
      </div>
    </div>
  );
});
