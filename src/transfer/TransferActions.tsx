import { useState } from 'react';
import { ChangesDialog, type ChangesEffect } from './ChangesDialog';
import { ConnectDialog } from './ConnectDialog';
import { ExportActions } from './ExportActions';
import { ImportPolicyDialog } from './ImportPolicyDialog';
import { ReplaceDraftDialog } from './ReplaceDraftDialog';
import { ShareLinkDialog } from './ShareLinkDialog';
import { TransferReportView } from './TransferReportView';
import { usePageDrop } from './usePageDrop';
import { useShareLinkOnOpen } from './useShareLinkOnOpen';
import './transfer.css';

type Open = 'import' | 'connect' | 'share' | 'changes' | null;

/**
 * Getting policies and tool lists in and out: import, connect, download, copy, share, changes.
 * `changesEffect` is what the Changes dialog shows above the text diff (composed by the app).
 */
export function TransferActions({ changesEffect }: { changesEffect?: ChangesEffect }) {
  const [open, setOpen] = useState<Open>(null);
  const share = useShareLinkOnOpen();
  usePageDrop();
  const close = () => setOpen(null);

  return (
    <span className="transfer-actions">
      <button type="button" aria-haspopup="dialog" onClick={() => setOpen('import')}>
        Import policy
      </button>
      <button type="button" aria-haspopup="dialog" onClick={() => setOpen('connect')}>
        Connect to server
      </button>
      <ExportActions />
      <button type="button" aria-haspopup="dialog" onClick={() => setOpen('share')}>
        Copy share link
      </button>
      <button type="button" aria-haspopup="dialog" onClick={() => setOpen('changes')}>
        Changes
      </button>
      {open === 'import' && <ImportPolicyDialog onClose={close} />}
      {open === 'connect' && <ConnectDialog onClose={close} />}
      {open === 'share' && <ShareLinkDialog onClose={close} />}
      {open === 'changes' && <ChangesDialog onClose={close} effect={changesEffect} />}
      {share.pending && (
        <ReplaceDraftDialog share={share.pending} onReplace={share.replace} onKeep={share.keep} />
      )}
      <TransferReportView />
    </span>
  );
}
