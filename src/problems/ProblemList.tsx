import type { Finding, Severity } from '../core';
import './ProblemList.css';

const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info'];

const LOOK: Record<Severity, { icon: string; word: string; plural: string }> = {
  error: { icon: '✖', word: 'Error', plural: 'errors' },
  warning: { icon: '⚠', word: 'Warning', plural: 'warnings' },
  info: { icon: 'ℹ', word: 'Info', plural: 'infos' },
};

// Rows beyond this are counted, not drawn: a broken paste can have thousands of findings.
const MAX_ROWS = 500;

function byPlace(a: Finding, b: Finding): number {
  return a.line - b.line || a.column - b.column;
}

function count(n: number, severity: Severity): string {
  return `${n} ${n === 1 ? LOOK[severity].word.toLowerCase() : LOOK[severity].plural}`;
}

export interface ProblemListProps {
  findings: readonly Finding[];
  onSelect: (finding: Finding) => void;
}

/** The findings of the text, one button per finding (in text order), with counts per severity. */
export function ProblemList({ findings, onSelect }: ProblemListProps) {
  const rows = [...findings].sort(byPlace);
  const shown = rows.slice(0, MAX_ROWS);
  return (
    <section className="problems" aria-label="Problems">
      <header className="problems-header">
        <h2>Problems</h2>
        <span className="problems-counts">
          {SEVERITIES.map((severity) => (
            <span key={severity} className={`problems-count severity-${severity}`}>
              {count(findings.filter((f) => f.severity === severity).length, severity)}
            </span>
          ))}
        </span>
      </header>
      {rows.length === 0 ? (
        <p className="problems-empty">No problems</p>
      ) : (
        <ul className="problems-list">
          {shown.map((finding, i) => (
            <li key={i}>
              <button
                type="button"
                className={`problem severity-${finding.severity}`}
                onClick={() => onSelect(finding)}
              >
                <span className="problem-icon" aria-hidden="true">
                  {LOOK[finding.severity].icon}
                </span>
                <span className="problem-severity">{LOOK[finding.severity].word}</span>
                <span className="problem-message">{finding.message}</span>
                <span className="problem-place">
                  {finding.line}:{finding.column}
                </span>
              </button>
            </li>
          ))}
          {rows.length > shown.length && (
            <li className="problems-more">and {rows.length - shown.length} more</li>
          )}
        </ul>
      )}
    </section>
  );
}
