import { ClipboardCopy, Download, FileCode, Link2, Share } from 'lucide-react';
import { lazy, Suspense, useId, useState } from 'react';
import { formatPolicy } from '../core';
import { usePolicyStore } from '../state/policyStore';
import { useExportRefusal } from '../state/useExportRefusal';
import { Menu, MenuCheckItem, MenuItem, MenuLabel, MenuSeparator } from '../ui/design';
import { copyText, downloadText } from '../ui/browserActions';
import { useTransferReport } from './transferReport';

// The Cedar export and its dialog load on first use: nothing of them is needed at first paint.
const CedarExportDialog = lazy(() =>
  import('./CedarExportDialog').then((m) => ({ default: m.CedarExportDialog })),
);

/** The text an export writes: the canonical format, or the editor text as typed. */
function exportText(asTyped: boolean): string {
  const { text, policy } = usePolicyStore.getState();
  return asTyped ? text : formatPolicy(policy);
}

interface ExportMenuProps {
  onShare: () => void;
}

/**
 * The primary "Export" menu: download, copy and share link, all refused (with the reason shown)
 * while errors exist (in the text, or a form change not yet written), and "As typed" as an option.
 */
export function ExportMenu({ onShare }: ExportMenuProps) {
  const reason = useExportRefusal();
  const valid = reason === null;
  const show = useTransferReport((s) => s.show);
  const [asTyped, setAsTyped] = useState(false);
  const [cedarOpen, setCedarOpen] = useState(false);
  const reasonId = useId();
  const refused = valid ? undefined : reasonId;

  const download = () => {
    downloadText('policy.json', exportText(asTyped));
    show({ tone: 'info', title: 'Downloaded policy.json.', lines: [] });
  };

  const copy = async () => {
    const copied = await copyText(exportText(asTyped));
    show(
      copied
        ? { tone: 'info', title: 'Copied the policy JSON to the clipboard.', lines: [] }
        : {
            tone: 'error',
            title: 'The browser did not allow copying to the clipboard.',
            lines: ['Use "Download policy.json", or select the text in the editor and copy it.'],
          },
    );
  };

  return (
    <>
      <Menu label="Export" variant="primary" icon={<Share />}>
        {!valid && (
          <p id={reasonId} className="ui-menu-reason" role="presentation">
            {reason}
          </p>
        )}
        <MenuItem icon={<Download />} onSelect={download} disabled={!valid} describedBy={refused}>
          Download policy.json
        </MenuItem>
        <MenuItem
          icon={<ClipboardCopy />}
          onSelect={() => void copy()}
          disabled={!valid}
          describedBy={refused}
        >
          Copy JSON
        </MenuItem>
        <MenuItem icon={<Link2 />} onSelect={onShare} disabled={!valid} describedBy={refused}>
          Copy share link
        </MenuItem>
        <MenuItem
          icon={<FileCode />}
          onSelect={() => setCedarOpen(true)}
          disabled={!valid}
          describedBy={refused}
        >
          Export as Cedar
        </MenuItem>
        <MenuSeparator />
        <MenuLabel>Options</MenuLabel>
        <MenuCheckItem
          checked={asTyped}
          onChange={setAsTyped}
          description="The editor text exactly as typed, not the canonical format"
        >
          As typed
        </MenuCheckItem>
      </Menu>
      {cedarOpen && (
        <Suspense fallback={null}>
          <CedarExportDialog onClose={() => setCedarOpen(false)} />
        </Suspense>
      )}
    </>
  );
}
