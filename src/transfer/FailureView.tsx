import type { FailureReport } from '../core';
import { copyText } from '../ui/browserActions';
import { useState } from 'react';

type Copied = { which: 'command' | 'credentials'; ok: boolean } | null;

/**
 * A failed connection: what happened, what to do, and a command that fetches the list anyway.
 * The command on screen hides credential values; the real ones are copied only on request.
 */
export function FailureView({ report }: { report: FailureReport }) {
  const [copied, setCopied] = useState<Copied>(null);
  const copy = (which: 'command' | 'credentials', text: string | undefined) => {
    if (text !== undefined) void copyText(text).then((ok) => setCopied({ which, ok }));
  };
  return (
    <div className="connect-failure" role="alert">
      <p className="connect-failure-title">{report.title}</p>
      <p>{report.explanation}</p>
      {report.steps.length > 0 && (
        <ul>
          {report.steps.map((step, i) => (
            <li key={i}>{step}</li>
          ))}
        </ul>
      )}
      {report.curl !== undefined && (
        <div className="connect-curl">
          <pre aria-label="curl command">{report.curl}</pre>
          {report.curlWithCredentials !== undefined && (
            <p className="hint">
              Credential values are hidden (••••••••). &ldquo;Copy command&rdquo; copies it as
              shown; &ldquo;Copy with credentials&rdquo; copies the real values.
            </p>
          )}
          <button type="button" onClick={() => copy('command', report.curl)}>
            Copy command
          </button>
          {report.curlWithCredentials !== undefined && (
            <button type="button" onClick={() => copy('credentials', report.curlWithCredentials)}>
              Copy with credentials
            </button>
          )}
          {copied !== null && (
            <span className="hint">
              {!copied.ok
                ? 'The browser did not allow copying; select the text.'
                : copied.which === 'credentials'
                  ? 'Copied, with the credentials.'
                  : 'Copied.'}
            </span>
          )}
        </div>
      )}
    </div>
  );
}
