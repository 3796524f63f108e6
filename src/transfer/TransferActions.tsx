import { FileDown, FolderOpen, GitCompare, PlugZap, Upload } from 'lucide-react';
import { lazy, Suspense, useEffect } from 'react';
import { Menu, MenuItem, MenuSeparator } from '../ui/design';
import { useOpenDialog } from '../ui/openDialog';
import { ChangesDialog, type ChangesEffect } from './ChangesDialog';
import { ExportMenu } from './ExportMenu';
import { ImportPolicyDialog } from './ImportPolicyDialog';
import { ReplaceDraftDialog } from './ReplaceDraftDialog';
import { ShareLinkDialog } from './ShareLinkDialog';
import { TransferReportView } from './TransferReportView';
import { usePageDrop } from './usePageDrop';
import { useShareLinkOnOpen } from './useShareLinkOnOpen';
import './transfer.css';

// Live connect is rarely the first thing a visit does: its dialog and failure explanations load
// on demand, which keeps the JS before Monaco inside its budget.
const ConnectDialog = lazy(() =>
  import('./ConnectDialog').then((m) => ({ default: m.ConnectDialog })),
);

/**
 * Getting policies and tool lists in and out: a "File" menu (load tools, connect, import,
 * changes) and the primary "Export" menu (download, copy, share link). `changesEffect` is what
 * the Changes dialog shows above the text diff (composed by the app).
 */
export function TransferActions({ changesEffect }: { changesEffect?: ChangesEffect }) {
  const open = useOpenDialog((s) => s.open);
  const show = useOpenDialog((s) => s.show);
  const close = useOpenDialog((s) => s.close);
  const share = useShareLinkOnOpen();
  usePageDrop();
  // The dialogs belong to these actions: none stays open for a later mount.
  useEffect(() => close, [close]);

  return (
    <span className="transfer-actions">
      <Menu label="File" icon={<FolderOpen />}>
        <MenuItem icon={<FileDown />} onSelect={() => show('load')}>
          Load tools
        </MenuItem>
        <MenuItem icon={<PlugZap />} onSelect={() => show('connect')}>
          Connect to server
        </MenuItem>
        <MenuSeparator />
        <MenuItem icon={<Upload />} onSelect={() => show('import')}>
          Import policy
        </MenuItem>
        <MenuItem icon={<GitCompare />} onSelect={() => show('changes')}>
          Changes
        </MenuItem>
      </Menu>
      <ExportMenu onShare={() => show('share')} />
      {open === 'import' && <ImportPolicyDialog onClose={close} />}
      {open === 'connect' && (
        <Suspense fallback={null}>
          <ConnectDialog onClose={close} />
        </Suspense>
      )}
      {open === 'share' && <ShareLinkDialog onClose={close} />}
      {open === 'changes' && <ChangesDialog onClose={close} effect={changesEffect} />}
      {share.pending && (
        <ReplaceDraftDialog share={share.pending} onReplace={share.replace} onKeep={share.keep} />
      )}
      <TransferReportView />
    </span>
  );
}
