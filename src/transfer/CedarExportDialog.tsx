import { useId, useMemo, useState } from 'react';
import { exportCedar } from '../core';
import { usePolicyStore } from '../state/policyStore';
import { Dialog } from '../ui/Dialog';
import { copyText, downloadText } from '../ui/browserActions';

interface CedarExportDialogProps {
  onClose: () => void;
}

const FILE_NAME = 'authz-config.json';

/**
 * The draft as a ToolHive Cedar config: its text with copy and download, and everything Cedar
 * cannot say (exported as deny), so that nothing is lost without the person seeing it.
 */
export function CedarExportDialog({ onClose }: CedarExportDialogProps) {
  const policy = usePolicyStore((s) => s.policy);
  const tools = usePolicyStore((s) => s.tools);
  const [copied, setCopied] = useState<boolean | null>(null);
  const helpId = useId();
  const listId = useId();
  const { text, unsupported } = useMemo(() => {
    const out = exportCedar(policy, tools.length > 0 ? tools : undefined);
    return { text: `${JSON.stringify(out.config, null, 2)}\n`, unsupported: out.unsupported };
  }, [policy, tools]);

  const copy = async () => setCopied(await copyText(text));

  return (
    <Dialog title="Export as Cedar" onClose={onClose} describedBy={helpId} className="cedar-export">
      <p id={helpId} className="hint">
        A ToolHive authorization config (<code>--authz-config</code>): each tool call is{' '}
        <code>Action::&quot;call_tool&quot;</code> on <code>Tool::&quot;name&quot;</code>, and an
        argument <code>x</code> is <code>context.arg_x</code>.
        {tools.length > 0
          ? ` Patterns are expanded against the ${tools.length} loaded ${tools.length === 1 ? 'tool' : 'tools'}.`
          : ' Patterns match tool names with Cedar’s like.'}
      </p>
      <section aria-labelledby={listId} className="cedar-unsupported">
        <h3 id={listId}>
          {unsupported.length === 0
            ? 'Cedar says all of this policy'
            : `What Cedar cannot say (${unsupported.length}): exported as deny`}
        </h3>
        {unsupported.length > 0 && (
          <ul>
            {unsupported.map((u) => (
              <li key={`${u.path} ${u.reason}`}>
                <code>{u.path}</code> — {u.reason}
              </li>
            ))}
          </ul>
        )}
      </section>
      <label className="field">
        <span>Cedar config</span>
        <textarea readOnly value={text} rows={14} spellCheck={false} />
      </label>
      <p className="hint" role="status">
        {copied === null
          ? ''
          : copied
            ? 'Copied to the clipboard.'
            : 'The browser did not allow copying: select the text in the box, or download it.'}
      </p>
      <div className="dialog-actions">
        <button type="button" onClick={() => void copy()}>
          Copy
        </button>
        <button type="button" onClick={() => downloadText(FILE_NAME, text)}>
          Download {FILE_NAME}
        </button>
        <button type="button" className="primary" data-autofocus onClick={onClose}>
          Close
        </button>
      </div>
    </Dialog>
  );
}
