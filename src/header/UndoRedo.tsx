import { Redo2, Undo2 } from 'lucide-react';
import { usePolicyStore } from '../state/policyStore';
import { Button, Tooltip } from '../ui/design';

/** Undo and redo of form edits and replacements (the editor keeps its own undo for typing). */
export function UndoRedo() {
  const canUndo = usePolicyStore((s) => s.undoStack.steps.length > 0);
  const canRedo = usePolicyStore((s) => s.redoStack.steps.length > 0);
  const undo = usePolicyStore((s) => s.undo);
  const redo = usePolicyStore((s) => s.redo);
  return (
    <span className="undo-redo">
      <Tooltip content="Undo · Ctrl+Z">
        <Button
          variant="ghost"
          className="ui-icon-button"
          icon={<Undo2 />}
          aria-label="Undo"
          onClick={undo}
          disabled={!canUndo}
          aria-keyshortcuts="Control+Z"
        />
      </Tooltip>
      <Tooltip content="Redo · Ctrl+Shift+Z">
        <Button
          variant="ghost"
          className="ui-icon-button"
          icon={<Redo2 />}
          aria-label="Redo"
          onClick={redo}
          disabled={!canRedo}
          aria-keyshortcuts="Control+Shift+Z Control+Y"
        />
      </Tooltip>
    </span>
  );
}
