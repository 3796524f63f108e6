import { forwardRef } from 'react';
import { DECISION_KINDS, type DecisionKind, type RunSummary } from '../core';

/** Which calls the results table shows. */
export type ResultFilter = 'all' | DecisionKind | 'failed';

interface ResultsSummaryProps {
  summary: RunSummary;
  total: number;
  filter: ResultFilter;
  onFilter: (filter: ResultFilter) => void;
}

/** Counts per decision (each a filter) and, when calls expect decisions, the test run's result. */
export const ResultsSummary = forwardRef<HTMLDivElement, ResultsSummaryProps>(
  function ResultsSummary({ summary, total, filter, onFilter }, ref) {
    const { counts, expected, passed, failed } = summary;
    const option = (id: ResultFilter, count: number, label: string, kind?: string) => (
      <button
        key={id}
        type="button"
        aria-pressed={filter === id}
        data-decision={kind}
        className="sim-filter"
        onClick={() => onFilter(filter === id && id !== 'all' ? 'all' : id)}
      >
        <span className="sim-count">{count}</span> {label}
      </button>
    );
    return (
      // Focused (tabIndex -1) when a run's results are brought into view.
      <div
        ref={ref}
        className="sim-summary"
        tabIndex={-1}
        aria-label="Results summary"
        role="group"
      >
        <div role="group" aria-label="Show decisions" className="sim-filters">
          {option('all', total, total === 1 ? 'call' : 'calls')}
          {DECISION_KINDS.map((kind) => option(kind, counts[kind], kind, kind))}
          {expected > 0 && option('failed', failed, failed === 1 ? 'failure' : 'failures')}
        </div>
        {expected > 0 && (
          <p className="sim-test-run" data-outcome={failed === 0 ? 'passed' : 'failed'}>
            {failed === 0
              ? `Expectations: all ${passed} passed`
              : `Expectations: ${passed} passed, ${failed} failed`}
          </p>
        )}
      </div>
    );
  },
);
