import { lazy, Suspense, useState, type ReactNode } from 'react';
import { Dialog } from '../ui/Dialog';
import { usePolicyStore } from '../state/policyStore';

const ChangesDiff = lazy(() => import('./ChangesDiff'));

/** "Changes": what the draft changed since the policy was imported or loaded. */
/** What the app shows above the text diff (the review's semantic diff), from both texts. */
export type ChangesEffect = (before: string, after: string) => ReactNode;

export function ChangesDialog({
  onClose,
  effect,
}: {
  onClose: () => void;
  effect?: ChangesEffect;
}) {
  // A snapshot: the dialog is modal, so the draft cannot change while it is open.
  const [texts] = useState(() => {
    const { baseline, text } = usePolicyStore.getState();
    return { baseline, text };
  });
  const same = texts.baseline === texts.text;
  return (
    <Dialog title="Changes" onClose={onClose} className="changes-dialog">
      <p className="hint">
        {same
          ? 'No changes since the policy was imported or loaded.'
          : 'Left: the policy as imported or loaded. Right: the current draft.'}
      </p>
      {!same && effect?.(texts.baseline, texts.text)}
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
