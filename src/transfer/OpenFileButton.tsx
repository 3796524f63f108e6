import { useRef } from 'react';
import { firstFile } from './readFile';

interface OpenFileButtonProps {
  /** The button's text, e.g. "Open file…". */
  label: string;
  onFile: (file: File) => void;
  disabled?: boolean;
}

/** A button that opens the browser's file chooser for one JSON file. */
export function OpenFileButton({ label, onFile, disabled }: OpenFileButtonProps) {
  const input = useRef<HTMLInputElement>(null);
  return (
    <>
      <button type="button" onClick={() => input.current?.click()} disabled={disabled}>
        {label}
      </button>
      <input
        ref={input}
        type="file"
        accept=".json,application/json,text/plain"
        hidden
        aria-hidden="true"
        tabIndex={-1}
        onChange={(event) => {
          const file = firstFile(event.target.files);
          // Cleared so choosing the same file again still reports a change.
          event.target.value = '';
          if (file) onFile(file);
        }}
      />
    </>
  );
}
