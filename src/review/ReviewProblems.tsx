import { useState, type ReactNode } from 'react';
import type { ReviewFinding } from '../core';
import { usePolicyStore } from '../state/policyStore';
import { useUiStore } from '../state/uiStore';
import { fixOf } from '../state/reviewFix';
import { useReviewFindings } from '../state/useReviewFindings';
import './review.css';

export type ProblemsFilter = 'all' | 'problems' | 'review';

const FILTERS: { id: ProblemsFilter; label: string }[] = [
  { id: 'all', label: 'All' },
  { id: 'problems', label: 'Problems' },
  { id: 'review', label: 'Review' },
];

// As in the Problems list: a long review is counted beyond this, not drawn.
const MAX_ROWS = 500;

export interface ReviewListProps {
  findings: readonly ReviewFinding[];
  onSelect: (finding: ReviewFinding) => void;
  onFix: (finding: ReviewFinding) => void;
  /** Fixes are edits: disabled while the text has errors. */
  fixDisabled?: boolean;
}

/** The review findings, each with its place and, when it has one, a button that applies its fix. */
export function ReviewList({ findings, onSelect, onFix, fixDisabled = false }: ReviewListProps) {
  const shown = findings.slice(0, MAX_ROWS);
  return (
    <section className="review-findings" aria-label="Review findings">
      <header className="problems-header">
        <h2>Review</h2>
        <span className="problems-counts">
          {findings.length} finding{findings.length === 1 ? '' : 's'}
        </span>
      </header>
      {findings.length === 0 ? (
        <p className="problems-empty">No review findings</p>
      ) : (
        <ul className="problems-list">
          {shown.map((finding, i) => (
            <li key={i} className="review-row">
              <button
                type="button"
                className={`problem review-finding severity-${finding.severity}`}
                onClick={() => onSelect(finding)}
              >
                <span className="problem-icon review-icon" aria-hidden="true">
                  ◈
                </span>
                <span className="problem-severity">Review</span>
                <span className="problem-message">{finding.message}</span>
                <span className="problem-place">
                  {finding.line}:{finding.column}
                </span>
              </button>
              {finding.fixTitle !== undefined && (
                <button
                  type="button"
                  className="review-fix"
                  disabled={fixDisabled}
                  aria-label={`Fix: ${finding.fixTitle}`}
                  title={finding.fixTitle}
                  onClick={() => onFix(finding)}
                >
                  Fix
                </button>
              )}
            </li>
          ))}
          {findings.length > shown.length && (
            <li className="problems-more">and {findings.length - shown.length} more</li>
          )}
        </ul>
      )}
    </section>
  );
}

/**
 * The Problems panel's lists with the review beside validity: a filter (all / problems /
 * review), the given problems list, and the review findings with their fixes.
 */
export function ReviewProblems({ problems }: { problems: ReactNode }) {
  const [filter, setFilter] = useState<ProblemsFilter>('all');
  const findings = useReviewFindings();
  const revealRange = useUiStore((s) => s.revealRange);
  const editPolicy = usePolicyStore((s) => s.editPolicy);
  const valid = usePolicyStore((s) => s.valid);
  return (
    <div className="problems-with-review">
      {filter !== 'review' && problems}
      {/* After the problems, so the keyboard reaches the first problem first, as before. */}
      <div className="problems-filter" role="group" aria-label="Show">
        {FILTERS.map((f) => (
          <button
            key={f.id}
            type="button"
            aria-pressed={filter === f.id}
            onClick={() => setFilter(f.id)}
          >
            {f.label}
          </button>
        ))}
      </div>
      {filter !== 'problems' && (
        <ReviewList
          findings={findings}
          fixDisabled={!valid}
          onSelect={(f) =>
            revealRange({
              line: f.line,
              column: f.column,
              endLine: f.endLine,
              endColumn: f.endColumn,
            })
          }
          onFix={(f) => {
            const fix = fixOf(f);
            if (fix) editPolicy(fix.apply);
          }}
        />
      )}
    </div>
  );
}
