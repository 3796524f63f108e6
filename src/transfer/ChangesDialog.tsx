import { lazy, Suspense, useState } from 'react';
import { Dialog } from '../header/Dialog';
import { SemanticDiff } from '../review';
import { usePolicyStore } from '../state/policyStore';

const ChangesDiff = lazy(() => import('./ChangesDiff'));

/** "Changes": what the draft changed since the policy was imported or loaded. */
export function ChangesDialog({ onClose }: { onClose: () => void }) {
  // A snapshot: the dialog is modal, so the draft cannot change while it is open.
  const [texts] = useState(() => {
    const { baseline, text, tools } = usePolicyStore.getState();
    return { baseline, text, tools };
  });
  const same = texts.baseline === texts.text;
  return (
    <Dialog title="Changes" onClose={onClose} className="changes-dialog">
      <p className="hint">
        {same
          ? 'No changes since the policy was imported or loaded.'
          : 'Left: the policy as imported or loaded. Right: the current draft.'}
      </p>
      {!same && <SemanticDiff before={texts.baseline} after={texts.text} tools={texts.tools} />}
      {!same && (
        <div className="changes-diff">
          <Suspense fallback={<p className="hint">Loading the diff…</p>}>
            <ChangesDiff original={texts.baseline} modified={texts.text} />
          </Suspense>
        </div>
      )}
      <div className="dialog-actions">
        <button type="button" className="primary" onClick={onClose}>
          Close
        </button>
      </div>
    </Dialog>
  );
}
