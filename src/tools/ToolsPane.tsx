import { useCallback, useMemo, useState, type ReactNode } from 'react';
import type { ToolDecision } from '../core';
import { matrixCellNames } from '../state/matrixCellNames';
import { usePolicyStore } from '../state/policyStore';
import { useUiStore } from '../state/uiStore';
import { DecisionCounts } from './DecisionCounts';
import { SelectionBar } from './SelectionBar';
import { ToolFiltersBar } from './ToolFiltersBar';
import { ToolList } from './ToolList';
import { useDecideMany } from './useDecideMany';
import { countDecisions, filterRows, NO_FILTERS, type ToolFilters } from '../state/toolRows';
import {
  GROUP_BY_DEFAULT_FROM,
  groupedItemsAfterEdit,
  groupPlan,
  ungroupedItems,
  type GroupSummary,
} from '../state/toolGroups';
import { useToolRows } from '../state/useToolRows';
import './tools.css';

/**
 * The tool list with search, filters, counts and bulk decisions; `header` (the review's summary,
 * composed by the app) goes above the filters.
 */
export function ToolsPane({ header }: { header?: ReactNode }) {
  const rows = useToolRows();
  const [filters, setFilters] = useState<ToolFilters>(NO_FILTERS);
  const policy = usePolicyStore((s) => s.policy);
  const tools = usePolicyStore((s) => s.tools);
  const matrixCell = useUiStore((s) => s.matrixCell);
  // Filtering 5,000 precomputed rows takes a few ms: deferring it only added a frame of lag.
  const shown = useMemo(() => {
    const inCell = matrixCellNames(policy, tools, matrixCell);
    const filtered = filterRows(rows, filters);
    return inCell === null ? filtered : filtered.filter((r) => inCell.has(r.key));
  }, [rows, filters, policy, tools, matrixCell]);
  const counts = useMemo(() => countDecisions(rows), [rows]);
  const rowSelection = useUiStore((s) => s.rowSelection);
  const setRowSelection = useUiStore((s) => s.setRowSelection);
  const readOnly = usePolicyStore((s) => !s.valid);
  const decideMany = useDecideMany();
  const groupChoice = useUiStore((s) => s.groupByPrefix);
  const grouped = groupChoice ?? tools.length >= GROUP_BY_DEFAULT_FROM;
  const setGroupByPrefix = useUiStore((s) => s.setGroupByPrefix);
  const collapsedGroups = useUiStore((s) => s.collapsedGroups);
  const toggleGroup = useUiStore((s) => s.toggleGroup);
  const items = useMemo(
    () =>
      grouped
        ? groupedItemsAfterEdit(shown, groupPlan(tools), collapsedGroups)
        : ungroupedItems(shown),
    [grouped, shown, tools, collapsedGroups],
  );

  // A bulk decision acts on what the person sees: selected rows the filters hide are left out,
  // and the bar says how many (a new tool list can also drop selected names).
  const { selectedKeys, hiddenSelected } = useMemo(() => {
    const wanted = new Set(rowSelection);
    const visible = shown.filter((r) => wanted.has(r.key)).map((r) => r.key);
    const existing = rows.filter((r) => wanted.has(r.key)).length;
    return { selectedKeys: visible, hiddenSelected: existing - visible.length };
  }, [rows, shown, rowSelection]);

  const decideSelected = useCallback(
    (decision: ToolDecision) => decideMany(selectedKeys, decision),
    [decideMany, selectedKeys],
  );
  const decideGroup = useCallback(
    (group: GroupSummary, decision: ToolDecision) => decideMany(group.keys, decision),
    [decideMany],
  );

  if (rows.length === 0) {
    return (
      <div className="tools-empty">
        <p>No tools loaded yet.</p>
        <p className="hint">
          Use &ldquo;Load tools&rdquo; to paste a server&rsquo;s tool list, then decide per tool.
        </p>
      </div>
    );
  }

  return (
    <div className="tools-pane">
      {readOnly && (
        <p className="tools-read-only">Decisions are read-only while the JSON has errors.</p>
      )}
      {header}
      <ToolFiltersBar
        filters={filters}
        onChange={setFilters}
        grouped={grouped}
        onGroupedChange={setGroupByPrefix}
      />
      <DecisionCounts counts={counts} />
      <SelectionBar
        shown={shown.length}
        total={rows.length}
        selected={selectedKeys.length}
        hiddenSelected={hiddenSelected}
        disabled={readOnly}
        onSelectAllShown={() => setRowSelection(shown.map((r) => r.key))}
        onClear={() => setRowSelection([])}
        onDecide={decideSelected}
      />
      {shown.length === 0 ? (
        <p className="hint tools-none">No tool matches the search and filters.</p>
      ) : (
        <ToolList items={items} onToggleGroup={toggleGroup} onDecideGroup={decideGroup} />
      )}
    </div>
  );
}
