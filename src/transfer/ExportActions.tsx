import { useId, useState } from 'react';
import { formatPolicy } from '../core';
import { usePolicyStore } from '../state/policyStore';
import { copyText, downloadText } from '../ui/browserActions';
import { CedarExportButton } from './CedarExportButton';
import { useTransferReport } from './transferReport';

/** The text an export writes: the canonical format, or the editor text as typed. */
function exportText(asTyped: boolean): string {
  const { text, policy } = usePolicyStore.getState();
  return asTyped ? text : formatPolicy(policy);
}

/** "Download policy.json" and "Copy JSON": disabled, with the reason shown, while errors exist. */
export function ExportActions() {
  const valid = usePolicyStore((s) => s.valid);
  const errors = usePolicyStore((s) => s.findings.filter((f) => f.severity === 'error').length);
  const show = useTransferReport((s) => s.show);
  const [asTyped, setAsTyped] = useState(false);
  const reasonId = useId();
  const reason = `Fix ${errors === 1 ? 'the error' : `the ${errors} errors`} to export (see Problems).`;

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
    <span className="export-actions">
      <button
        type="button"
        disabled={!valid}
        aria-describedby={valid ? undefined : reasonId}
        onClick={() => downloadText('policy.json', exportText(asTyped))}
      >
        Download policy.json
      </button>
      <CedarExportButton disabled={!valid} describedBy={valid ? undefined : reasonId} />
      <button
        type="button"
        disabled={!valid}
        aria-describedby={valid ? undefined : reasonId}
        onClick={() => void copy()}
      >
        Copy JSON
      </button>
      <label
        className="export-as-typed"
        title="Export the editor text exactly as typed instead of the canonical format"
      >
        <input
          type="checkbox"
          checked={asTyped}
          onChange={(event) => setAsTyped(event.target.checked)}
        />
        As typed
      </label>
      {!valid && (
        <span id={reasonId} className="export-reason">
          {reason}
        </span>
      )}
    </span>
  );
}
