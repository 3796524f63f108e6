import { useId, useState } from 'react';
import { Dialog } from '../ui/Dialog';
import { importPolicyFile, importPolicyText } from './importPolicy';
import { OpenFileButton } from './OpenFileButton';
import { firstFile } from './readFile';

interface ImportPolicyDialogProps {
  onClose: () => void;
}

/** "Import policy": paste a policy, open a file or drop one; the import replaces the draft. */
export function ImportPolicyDialog({ onClose }: ImportPolicyDialogProps) {
  const [text, setText] = useState('');
  const [dragging, setDragging] = useState(false);
  const helpId = useId();

  const importFile = (file: File) => {
    onClose();
    void importPolicyFile(file);
  };

  return (
    <Dialog title="Import policy" onClose={onClose} describedBy={helpId} className="import-policy">
      <form
        className="transfer-form"
        data-dragging={dragging}
        onSubmit={(event) => {
          event.preventDefault();
          onClose();
          void importPolicyText(text, 'the pasted policy');
        }}
        onDragOver={(event) => {
          event.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={(event) => {
          event.preventDefault();
          setDragging(false);
          const file = firstFile(event.dataTransfer.files);
          if (file) importFile(file);
          else setText(event.dataTransfer.getData('text/plain') || text);
        }}
      >
        <p id={helpId} className="hint">
          Paste a policy.json, open one, or drop it here. It replaces the policy in the editor (Undo
          brings the old one back). Shorthands such as <code>rate_limit</code> are rewritten and
          listed; a policy with errors goes in as it is, with its problems marked.
        </p>
        <div className="transfer-sources">
          <OpenFileButton label="Open file…" onFile={importFile} />
        </div>
        <label className="field">
          <span>Policy JSON</span>
          <textarea
            value={text}
            onChange={(event) => setText(event.target.value)}
            rows={14}
            spellCheck={false}
            autoComplete="off"
          />
        </label>
        <div className="dialog-actions">
          <button type="button" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" className="primary" disabled={text.trim() === ''}>
            Import
          </button>
        </div>
      </form>
    </Dialog>
  );
}
