import { useState } from 'react';
import { LoadToolsDialog } from '../tools/LoadToolsDialog';

/** "Load tools" and its dialog. */
export function LoadToolsButton() {
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" onClick={() => setOpen(true)} aria-haspopup="dialog">
        Load tools
      </button>
      {open && <LoadToolsDialog onClose={() => setOpen(false)} />}
    </>
  );
}
