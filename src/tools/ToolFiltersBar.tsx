import {
  CATEGORIES,
  RISKS,
  TOOL_DECISIONS,
  type Category,
  type Risk,
  type ToolDecision,
} from '../core';
import { DECISION_LABELS, type ToolFilters } from '../state/toolRows';

interface ToolFiltersBarProps {
  filters: ToolFilters;
  onChange: (filters: ToolFilters) => void;
  /** Whether the list shows prefix groups. */
  grouped: boolean;
  onGroupedChange: (grouped: boolean) => void;
}

/** Search by name and description; filters by category, risk and decision; grouping by prefix. */
export function ToolFiltersBar({
  filters,
  onChange,
  grouped,
  onGroupedChange,
}: ToolFiltersBarProps) {
  return (
    <div className="tool-filters">
      <input
        type="search"
        aria-label="Search tools"
        placeholder="Search name or description"
        value={filters.query}
        onChange={(event) => onChange({ ...filters, query: event.target.value })}
      />
      <label>
        <span>Category</span>
        <select
          value={filters.category}
          onChange={(event) =>
            onChange({ ...filters, category: event.target.value as Category | 'all' })
          }
        >
          <option value="all">All</option>
          {CATEGORIES.map((c) => (
            <option key={c} value={c}>
              {c}
            </option>
          ))}
        </select>
      </label>
      <label>
        <span>Risk</span>
        <select
          value={filters.risk}
          onChange={(event) => onChange({ ...filters, risk: event.target.value as Risk | 'all' })}
        >
          <option value="all">All</option>
          {RISKS.map((r) => (
            <option key={r} value={r}>
              {r}
            </option>
          ))}
        </select>
      </label>
      <label>
        <span>Decision</span>
        <select
          value={filters.decision}
          onChange={(event) =>
            onChange({ ...filters, decision: event.target.value as ToolDecision | 'all' })
          }
        >
          <option value="all">All</option>
          {TOOL_DECISIONS.map((d) => (
            <option key={d} value={d}>
              {DECISION_LABELS[d]}
            </option>
          ))}
        </select>
      </label>
      <label className="group-by-prefix">
        <input
          type="checkbox"
          checked={grouped}
          onChange={(event) => onGroupedChange(event.target.checked)}
        />
        <span>Group by prefix</span>
      </label>
    </div>
  );
}
