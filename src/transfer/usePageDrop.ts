import { useEffect } from 'react';
import { openDroppedFile } from './loadToolList';
import { firstFile } from './readFile';

function carriesFiles(event: DragEvent): boolean {
  return Array.from(event.dataTransfer?.types ?? []).includes('Files');
}

// Dialogs handle drops themselves (a tool list dropped on "Load tools" is a tool list).
function inDialog(event: DragEvent): boolean {
  return event.target instanceof Element && event.target.closest('[role="dialog"]') !== null;
}

/**
 * A file dropped anywhere on the page (the editor included) is opened: a tool list is loaded, a
 * policy imported. Listened for in the capture phase so Monaco does not paste the file's path.
 */
export function usePageDrop(): void {
  useEffect(() => {
    const onDragOver = (event: DragEvent) => {
      if (!carriesFiles(event) || inDialog(event)) return;
      event.preventDefault();
      if (event.dataTransfer) event.dataTransfer.dropEffect = 'copy';
    };
    const onDrop = (event: DragEvent) => {
      if (!carriesFiles(event) || inDialog(event)) return;
      event.preventDefault();
      event.stopPropagation();
      const file = firstFile(event.dataTransfer?.files);
      if (file) void openDroppedFile(file);
    };
    window.addEventListener('dragover', onDragOver, true);
    window.addEventListener('drop', onDrop, true);
    return () => {
      window.removeEventListener('dragover', onDragOver, true);
      window.removeEventListener('drop', onDrop, true);
    };
  }, []);
}
