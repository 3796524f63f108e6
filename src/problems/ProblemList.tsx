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
  /** Form fields that could not be written to the JSON: errors with no place in the text. */
  unwritten?: readonly string[];
}

/**
 * The findings of the text, one button per finding (in text order), after the form changes not
 * yet written, with counts per severity.
 */
export function ProblemList({ findings, onSelect, unwritten = [] }: ProblemListProps) {
  const rows = [...findings].sort(byPlace);
  const shown = rows.slice(0, MAX_ROWS);
  const counted = (severity: Severity) =>
    findings.filter((f) => f.severity === severity).length +
    (severity === 'error' ? unwritten.length : 0);
  return (
    <section className="problems" aria-label="Problems">
      <header className="problems-header">
        <h2>Problems</h2>
        <span className="problems-counts">
          {SEVERITIES.map((severity) => (
            <span key={severity} className={`problems-count severity-${severity}`}>
              {count(counted(severity), severity)}
            </span>
          ))}
        </span>
      </header>
      {rows.length === 0 && unwritten.length === 0 ? (
        <p className="problems-empty">No problems</p>
      ) : (
        <ul className="problems-list">
          {unwritten.map((message, i) => (
            <li key={`form-${i}`} className="problem severity-error">
              <span className="problem-icon" aria-hidden="true">
                {LOOK.error.icon}
              </span>
              <span className="problem-severity">{LOOK.error.word}</span>
              <span className="problem-message">{message}</span>
              <span className="problem-place">form</span>
            </li>
          ))}
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
