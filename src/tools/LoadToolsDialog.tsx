import { useId, useState, type DragEvent, type ReactNode } from 'react';
import { parseToolList, type Finding } from '../core';
import { Dialog } from '../ui/Dialog';
import { usePolicyStore } from '../state/policyStore';
import type { LoadToolsSourceApi } from '../ui/toolListSource';
import { notify } from '../state/uiStore';

interface LoadToolsDialogProps {
  onClose: () => void;
  /** Extra sources above the text box (the app passes "Open file…" and the examples). */
  sources?: (api: LoadToolsSourceApi) => ReactNode;
  /** Handles a drop on the dialog (files, text); the default puts dropped text in the box. */
  onDrop?: (event: DragEvent<HTMLFormElement>, api: LoadToolsSourceApi) => void;
}

function where(f: Finding): string {
  return f.line > 0 ? `Line ${f.line}, column ${f.column}: ` : '';
}

function summary(count: number, warnings: readonly Finding[]): string {
  const loaded = `Loaded ${count} ${count === 1 ? 'tool' : 'tools'}.`;
  const [first] = warnings;
  if (first === undefined) return loaded;
  const more = warnings.length > 1 ? ` (and ${warnings.length - 1} more)` : '';
  return `${loaded} ${warnings.length} ${warnings.length === 1 ? 'warning' : 'warnings'}: ${first.message}${more}`;
}

/** Paste (or, through `sources`, open) a server's `tools/list` output and load it. */
export function LoadToolsDialog({ onClose, sources, onDrop }: LoadToolsDialogProps) {
  const loadTools = usePolicyStore((s) => s.loadTools);
  const [text, setText] = useState('');
  const [serverName, setServerName] = useState(() => usePolicyStore.getState().serverName ?? '');
  const [errors, setErrors] = useState<Finding[]>([]);
  const helpId = useId();
  const errorsId = useId();

  const load = (input: string, name: string | null = serverName): boolean => {
    const result = parseToolList(input);
    if (!result.ok) {
      const fallback: Finding = {
        severity: 'error',
        message: 'This is not a tool list.',
        path: [],
        line: 0,
        column: 0,
        endLine: 0,
        endColumn: 0,
      };
      setErrors(result.findings.length > 0 ? result.findings : [fallback]);
      return false;
    }
    loadTools(result.tools, name?.trim() ? name.trim() : null);
    if (result.findings.length > 0 || result.tools.length === 0) {
      notify(summary(result.tools.length, result.findings), 'warning');
    }
    onClose();
    return true;
  };

  const api: LoadToolsSourceApi = { setText, setServerName, load };

  return (
    <Dialog title="Load tools" onClose={onClose} describedBy={helpId} className="load-tools">
      <form
        className="load-tools-form"
        onSubmit={(event) => {
          event.preventDefault();
          load(text);
        }}
        onDragOver={(event) => event.preventDefault()}
        onDrop={(event) => {
          event.preventDefault();
          if (onDrop) onDrop(event, api);
          else {
            const text = event.dataTransfer.getData('text/plain');
            if (text) api.setText(text);
          }
        }}
      >
        {sources?.(api)}
        <p id={helpId} className="hint">
          Paste a server&rsquo;s <code>tools/list</code> result: <code>{'{"tools": [...]}'}</code>,
          a JSON-RPC response, an array of tools, or an array of pages.
        </p>
        <label className="field">
          <span>Tool list JSON</span>
          <textarea
            data-autofocus
            value={text}
            onChange={(event) => {
              setText(event.target.value);
              setErrors([]);
            }}
            rows={14}
            spellCheck={false}
            aria-invalid={errors.length > 0}
            aria-describedby={errors.length > 0 ? errorsId : undefined}
          />
        </label>
        <label className="field">
          <span>Server name (optional)</span>
          <input
            value={serverName}
            onChange={(event) => setServerName(event.target.value)}
            autoComplete="off"
          />
        </label>
        {errors.length > 0 && (
          <ul id={errorsId} className="errors" role="alert">
            {errors.slice(0, 20).map((f, i) => (
              <li key={i}>
                {where(f)}
                {f.message}
              </li>
            ))}
          </ul>
        )}
        <div className="dialog-actions">
          <button type="button" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" className="primary" disabled={text.trim() === ''}>
            Load
          </button>
        </div>
      </form>
    </Dialog>
  );
}
