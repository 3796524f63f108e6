import { useEffect } from 'react';
import { usePolicyStore } from './policyStore';

const NOT_TEXT = new Set([
  'button',
  'checkbox',
  'radio',
  'reset',
  'submit',
  'range',
  'color',
  'file',
]);

// Text fields and the editor keep their own undo; the app's undo is for everything else.
function ownsUndo(target: EventTarget | null): boolean {
  if (!(target instanceof Element)) return false;
  if (target instanceof HTMLInputElement) return !NOT_TEXT.has(target.type);
  return target.closest('.monaco-editor, textarea, select, [contenteditable="true"]') !== null;
}

/** Ctrl/Cmd+Z undoes and Ctrl/Cmd+Shift+Z or Ctrl+Y redoes form edits, outside text fields. */
export function useUndoShortcuts(): void {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey) || event.altKey || ownsUndo(event.target)) return;
      const key = event.key.toLowerCase();
      const { undo, redo } = usePolicyStore.getState();
      if (key === 'z' && !event.shiftKey) undo();
      else if ((key === 'z' && event.shiftKey) || (key === 'y' && !event.shiftKey)) redo();
      else return;
      event.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}
