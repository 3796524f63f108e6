import { TOOL_DECISIONS, type ToolDecision } from '../core';
import { DECISION_LABELS } from '../state/toolRows';

interface SelectionBarProps {
  shown: number;
  total: number;
  selected: number;
  /** Selected rows the search and filters hide: a bulk decision leaves them alone. */
  hiddenSelected: number;
  disabled: boolean;
  onSelectAllShown: () => void;
  onClear: () => void;
  onDecide: (decision: ToolDecision) => void;
}

/** "Select all shown", the selection's size, and one decision for all selected rows. */
export function SelectionBar({
  shown,
  total,
  selected,
  hiddenSelected,
  disabled,
  onSelectAllShown,
  onClear,
  onDecide,
}: SelectionBarProps) {
  return (
    <div className="selection-bar">
      <span className="shown-count">
        {shown === total ? `${total} shown` : `${shown} of ${total} shown`}
      </span>
      <button type="button" onClick={onSelectAllShown} disabled={shown === 0}>
        Select all shown
      </button>
      {hiddenSelected > 0 && (
        <span className="hidden-selected" role="note">
          {hiddenSelected} more selected {hiddenSelected === 1 ? 'is' : 'are'} hidden by the filters
          and left unchanged
        </span>
      )}
      {selected > 0 && (
        <>
          <span>{selected} selected</span>
          <button type="button" onClick={onClear}>
            Clear selection
          </button>
          <div role="group" aria-label="Set decision for selected" className="bulk-decisions">
            {TOOL_DECISIONS.map((d) => (
              <button key={d} type="button" disabled={disabled} onClick={() => onDecide(d)}>
                {DECISION_LABELS[d]}
              </button>
            ))}
          </div>
        </>
      )}
    </div>
  );
}
