import { createPortal } from 'react-dom';
import { useTransferReport } from './transferReport';

/** The outcome of the last import, load or connection (or what is being read right now). */
export function TransferReportView() {
  const report = useTransferReport((s) => s.report);
  const busy = useTransferReport((s) => s.busy);
  const dismiss = useTransferReport((s) => s.dismiss);
  if (busy === null && report === null) return null;
  return createPortal(
    <div
      className="transfer-report"
      data-tone={busy !== null ? 'info' : report?.tone}
      role="status"
    >
      {busy !== null ? (
        <p className="transfer-report-title">{busy}</p>
      ) : (
        report && (
          <>
            <p className="transfer-report-title">{report.title}</p>
            {report.lines.length > 0 && (
              <ul className="transfer-report-lines">
                {report.lines.map((line, i) => (
                  <li key={i}>{line}</li>
                ))}
              </ul>
            )}
            <button
              type="button"
              className="transfer-report-close"
              onClick={dismiss}
              aria-label="Dismiss report"
            >
              ×
            </button>
          </>
        )
      )}
    </div>,
    document.body,
  );
}
