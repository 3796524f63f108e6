import { TREATMENT_TITLES } from '../core';
import { useUiStore } from '../state/uiStore';

/** Says which matrix cell filters the tool list, with a button to show every tool again. */
export function MatrixFilterNote() {
  const cell = useUiStore((s) => s.matrixCell);
  const setCell = useUiStore((s) => s.setMatrixCell);
  if (cell === null) return null;
  return (
    <p className="matrix-filter">
      <span>
        Showing {cell.risk.toLowerCase()}-risk tools:{' '}
        {TREATMENT_TITLES[cell.treatment].toLowerCase()}
      </span>
      <button type="button" onClick={() => setCell(null)}>
        Clear matrix filter
      </button>
    </p>
  );
}
