import { usePolicyStore } from '../state/policyStore';

/** Undo and redo of form edits and replacements (the editor keeps its own undo for typing). */
export function UndoRedo() {
  const canUndo = usePolicyStore((s) => s.undoStack.steps.length > 0);
  const canRedo = usePolicyStore((s) => s.redoStack.steps.length > 0);
  const undo = usePolicyStore((s) => s.undo);
  const redo = usePolicyStore((s) => s.redo);
  return (
    <span className="undo-redo">
      <button type="button" onClick={undo} disabled={!canUndo} aria-keyshortcuts="Control+Z">
        Undo
      </button>
      <button
        type="button"
        onClick={redo}
        disabled={!canRedo}
        aria-keyshortcuts="Control+Shift+Z Control+Y"
      >
        Redo
      </button>
    </span>
  );
}
