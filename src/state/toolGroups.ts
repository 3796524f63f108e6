import { groupByPrefix, TOOL_DECISIONS, type Tool, type ToolDecision } from '../core';
import type { ToolRow } from './toolRows';

/** The key of the group for names without a shared prefix (no prefix is empty). */
export const OTHER_GROUP = '';

/** From this many tools on, the list starts grouped by prefix (until the person says otherwise). */
export const GROUP_BY_DEFAULT_FROM = 50;

/** A prefix group as the list shows it: only the rows the search and filters let through. */
export interface GroupSummary {
  /** The prefix, or `OTHER_GROUP`. */
  key: string;
  /** What the header says: the prefix, or "Other". */
  label: string;
  /** The shown rows' keys: what a group decision acts on. */
  keys: string[];
  counts: Record<ToolDecision, number>;
  /** The decision every shown row has, or null when they differ. */
  decision: ToolDecision | null;
  expanded: boolean;
}

/** One entry of the virtual list: a group header or a tool row. */
export type ListItem = { kind: 'group'; group: GroupSummary } | { kind: 'tool'; row: ToolRow };

/** Where each tool name goes: its group key, with the groups in display order. */
export interface GroupPlan {
  order: string[];
  groupOf: Map<string, string>;
}

const plans = new WeakMap<readonly Tool[], GroupPlan>();

/** The prefix groups of a tool list, computed once per list (names never change within one). */
export function groupPlan(tools: readonly Tool[]): GroupPlan {
  const cached = plans.get(tools);
  if (cached) return cached;
  const groupOf = new Map<string, string>();
  const order: string[] = [];
  for (const group of groupByPrefix(tools.map((t) => t.name))) {
    const key = group.prefix ?? OTHER_GROUP;
    order.push(key);
    for (const name of group.names) groupOf.set(name, key);
  }
  if (!order.includes(OTHER_GROUP)) order.push(OTHER_GROUP);
  const plan = { order, groupOf };
  plans.set(tools, plan);
  return plan;
}

function emptyCounts(): Record<ToolDecision, number> {
  return { default: 0, allow: 0, approval: 0, deny: 0, hide: 0 };
}

/**
 * The shown rows under their group headers, in the plan's group order; a group with no shown
 * row has no header, and a folded group only its header. Rule keys that match no loaded tool
 * go with the other names. Linear in the rows.
 */
export function groupedItems(
  shown: readonly ToolRow[],
  plan: GroupPlan,
  collapsed: ReadonlySet<string>,
): ListItem[] {
  const buckets = new Map<string, ToolRow[]>(plan.order.map((key) => [key, []]));
  for (const row of shown) {
    const key = plan.groupOf.get(row.key) ?? OTHER_GROUP;
    buckets.get(key)?.push(row);
  }
  const items: ListItem[] = [];
  for (const [key, rows] of buckets) {
    if (rows.length === 0) continue;
    const counts = emptyCounts();
    for (const row of rows) counts[row.shown.decision]++;
    const only = TOOL_DECISIONS.find((d) => counts[d] === rows.length) ?? null;
    const expanded = !collapsed.has(key);
    items.push({
      kind: 'group',
      group: {
        key,
        label: key === OTHER_GROUP ? 'Other' : key,
        keys: rows.map((r) => r.key),
        counts,
        decision: only,
        expanded,
      },
    });
    if (expanded) for (const row of rows) items.push({ kind: 'tool', row });
  }
  return items;
}

/** The rows as list items without groups. */
export function ungroupedItems(shown: readonly ToolRow[]): ListItem[] {
  return shown.map((row) => ({ kind: 'tool', row }));
}
