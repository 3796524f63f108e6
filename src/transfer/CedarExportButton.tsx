import { lazy, Suspense, useState } from 'react';

// The export code and its dialog load on first use: nothing of them is needed at first paint.
const CedarExportDialog = lazy(() =>
  import('./CedarExportDialog').then((m) => ({ default: m.CedarExportDialog })),
);

interface CedarExportButtonProps {
  disabled: boolean;
  /** The id of the text saying why it is disabled. */
  describedBy?: string;
}

/** "Export as Cedar": opens the Cedar export of the draft. */
export function CedarExportButton({ disabled, describedBy }: CedarExportButtonProps) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <button
        type="button"
        disabled={disabled}
        aria-describedby={describedBy}
        onClick={() => setOpen(true)}
      >
        Export as Cedar
      </button>
      {open && (
        <Suspense fallback={null}>
          <CedarExportDialog onClose={() => setOpen(false)} />
        </Suspense>
      )}
    </>
  );
}
