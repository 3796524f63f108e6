import type { FailureReport } from '../core';
import { copyText } from '../ui/browserActions';
import { useState } from 'react';

/** A failed connection: what happened, what to do, and a command that fetches the list anyway. */
export function FailureView({ report }: { report: FailureReport }) {
  const [copied, setCopied] = useState<boolean | null>(null);
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
          <button
            type="button"
            onClick={() => {
              if (report.curl !== undefined) void copyText(report.curl).then(setCopied);
            }}
          >
            Copy command
          </button>
          {copied !== null && (
            <span className="hint">
              {copied ? 'Copied.' : 'The browser did not allow copying; select the text.'}
            </span>
          )}
        </div>
      )}
    </div>
  );
}
