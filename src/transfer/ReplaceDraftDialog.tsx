import { useId } from 'react';
import { formatPolicy } from '../core';
import { Dialog } from '../ui/Dialog';
import { usePolicyStore } from '../state/policyStore';
import { downloadText } from '../ui/browserActions';
import { hasUnsavedDraft, replacesToolList, type OpenedShare } from './openShareLink';
import { plural } from '../ui/plural';

interface ReplaceDraftDialogProps {
  share: OpenedShare;
  onReplace: () => void;
  onKeep: () => void;
}

/** Asks before a share link replaces a draft that is not saved anywhere else. */
export function ReplaceDraftDialog({ share, onReplace, onKeep }: ReplaceDraftDialogProps) {
  const valid = usePolicyStore((s) => s.valid);
  const loaded = usePolicyStore((s) => s.tools);
  const serverName = usePolicyStore((s) => s.serverName);
  const descriptionId = useId();
  const tools = share.shared.tools;
  const brings =
    tools === null ? 'a policy' : `a policy and a tool list (${plural(tools.length, 'tool')})`;
  const from = serverName === null ? '' : ` of ${serverName}`;
  const unsaved = usePolicyStore((s) => hasUnsavedDraft(s.text, s.baseline, share.shared.policy));
  const draftLine = unsaved
    ? ' Opening it replaces your draft, which has changes not saved in a file or link (Undo brings the draft back).'
    : '';
  const toolsLine = replacesToolList(loaded, tools)
    ? ` Opening it ${unsaved ? 'also ' : ''}replaces the tool list you loaded${from} (${plural(loaded.length, 'tool')}), which Undo does not bring back.`
    : '';

  const downloadDraft = () => {
    const { policy } = usePolicyStore.getState();
    downloadText('policy-draft.json', formatPolicy(policy));
  };

  return (
    <Dialog title="Open the shared policy?" onClose={onKeep} describedBy={descriptionId}>
      <p id={descriptionId}>
        The link brings {brings}.{draftLine}
        {toolsLine}
      </p>
      <div className="dialog-actions">
        {valid && (
          <button type="button" onClick={downloadDraft}>
            Download my draft
          </button>
        )}
        <button type="button" onClick={onKeep}>
          Keep my draft
        </button>
        <button type="button" className="primary" onClick={onReplace}>
          Replace draft
        </button>
      </div>
    </Dialog>
  );
}
