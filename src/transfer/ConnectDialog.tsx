import { useEffect, useId, useRef, useState } from 'react';
import {
  describeConnectionFailure,
  isMixedContent,
  parseToolList,
  readHeaderLines,
  readServerUrl,
  type FailureReport,
  type HeaderPair,
} from '../core';
import { Dialog } from '../ui/Dialog';
import { rememberConnection, rememberedConnection } from './connectionMemory';
import type { ConnectProgress, ConnectResult } from './connectToServer';
import { FailureView } from './FailureView';
import { loadTools } from './loadToolList';
import { useTransferReport } from './transferReport';

interface ConnectDialogProps {
  onClose: () => void;
}

type Phase =
  | { kind: 'idle' }
  | { kind: 'invalid'; error: string }
  | { kind: 'connecting'; progress: ConnectProgress | null }
  | { kind: 'failed'; report: FailureReport };

function progressText(host: string, progress: ConnectProgress | null): string {
  if (progress === null || progress.stage === 'initialize') return `Connecting to ${host}…`;
  const tools = `${progress.tools} ${progress.tools === 1 ? 'tool' : 'tools'}`;
  return progress.pages === 0
    ? `Connected. Listing tools…`
    : `Listing tools: ${progress.pages} ${progress.pages === 1 ? 'page' : 'pages'}, ${tools} so far…`;
}

function connect(
  url: string,
  headers: readonly HeaderPair[],
  signal: AbortSignal,
  onProgress: (progress: ConnectProgress) => void,
): Promise<ConnectResult> {
  if (isMixedContent(location.protocol, url)) {
    return Promise.resolve({ ok: false, failure: { kind: 'mixed-content' } });
  }
  // The MCP SDK is loaded only when someone connects.
  return import('./connectToServer').then(({ connectToServer }) =>
    connectToServer({ url, headers, signal, onProgress }),
  );
}

/** "Connect to server": a Streamable HTTP URL and optional headers, then every page of tools. */
export function ConnectDialog({ onClose }: ConnectDialogProps) {
  const [url, setUrl] = useState(() => rememberedConnection().url);
  const [headersText, setHeadersText] = useState(() => rememberedConnection().headers);
  const [phase, setPhase] = useState<Phase>({ kind: 'idle' });
  const controller = useRef<AbortController | null>(null);
  const helpId = useId();
  const headersHelpId = useId();
  const errorId = useId();

  // Closing the dialog (Escape, backdrop) stops a connection in progress.
  useEffect(() => () => controller.current?.abort(), []);

  const start = async () => {
    const checkedUrl = readServerUrl(url);
    if (!checkedUrl.ok) return setPhase({ kind: 'invalid', error: checkedUrl.error });
    const headers = readHeaderLines(headersText);
    if (!headers.ok) return setPhase({ kind: 'invalid', error: headers.error });
    rememberConnection(url, headersText);

    const current = new AbortController();
    controller.current = current;
    setPhase({ kind: 'connecting', progress: null });
    const result = await connect(checkedUrl.url, headers.headers, current.signal, (progress) => {
      if (controller.current === current) setPhase({ kind: 'connecting', progress });
    });
    if (controller.current !== current) return; // cancelled, or the dialog closed
    controller.current = null;
    if (!result.ok) {
      if (result.failure.kind === 'cancelled') return setPhase({ kind: 'idle' });
      const report = describeConnectionFailure(result.failure, {
        url: checkedUrl.url,
        headers: headers.headers,
        pageOrigin: location.origin,
      });
      return setPhase({ kind: 'failed', report });
    }
    const list = parseToolList(result.text);
    const name = result.serverName ?? new URL(checkedUrl.url).host;
    if (!list.ok) {
      useTransferReport.getState().show({
        tone: 'error',
        title: `${name} sent a tool list that cannot be read; nothing was loaded.`,
        lines: list.findings.slice(0, 8).map((f) => f.message),
      });
    } else {
      loadTools(list.tools, list.findings, name, name);
    }
    onClose();
  };

  const cancel = () => {
    controller.current?.abort();
    controller.current = null;
    setPhase({ kind: 'idle' });
  };

  const connecting = phase.kind === 'connecting';
  let host = url;
  try {
    host = new URL(url).host;
  } catch {
    // shown as typed
  }

  return (
    <Dialog
      title="Connect to server"
      onClose={onClose}
      describedBy={helpId}
      className="connect-server"
    >
      <form
        className="transfer-form"
        // The URL is checked by readServerUrl, whose messages say what to do.
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          if (!connecting) void start();
        }}
      >
        <p id={helpId} className="hint">
          Reads the tool list of a running MCP server over Streamable HTTP (initialize, then every
          page of tools/list), straight from this browser. The server must allow this page (CORS).
        </p>
        <label className="field">
          <span>Server URL</span>
          <input
            type="url"
            value={url}
            onChange={(event) => setUrl(event.target.value)}
            placeholder="https://example.com/mcp"
            autoComplete="off"
            spellCheck={false}
            readOnly={connecting}
            aria-invalid={phase.kind === 'invalid'}
            aria-describedby={phase.kind === 'invalid' ? errorId : undefined}
          />
        </label>
        <label className="field">
          <span>Headers</span>
          <textarea
            value={headersText}
            onChange={(event) => setHeadersText(event.target.value)}
            rows={3}
            placeholder="Authorization: Bearer <token>"
            autoComplete="off"
            spellCheck={false}
            readOnly={connecting}
            aria-describedby={headersHelpId}
          />
        </label>
        <p id={headersHelpId} className="hint">
          Optional, one per line as <code>Name: value</code>. Kept in this tab’s memory only: never
          saved, put in share links or exported.
        </p>
        {phase.kind === 'invalid' && (
          <p id={errorId} className="transfer-error" role="alert">
            {phase.error}
          </p>
        )}
        {connecting && (
          <p className="connect-progress" role="status">
            {progressText(host, phase.progress)}
          </p>
        )}
        {phase.kind === 'failed' && <FailureView report={phase.report} />}
        <div className="dialog-actions">
          <button type="button" onClick={connecting ? cancel : onClose}>
            Cancel
          </button>
          {/* Never disabled while connecting: a disabled button would drop the focus out of the dialog. */}
          <button
            type="submit"
            className="primary"
            disabled={!connecting && url.trim() === ''}
            aria-disabled={connecting}
          >
            Connect
          </button>
        </div>
      </form>
    </Dialog>
  );
}
