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

/** The list items, with where each row and each group header sits among them. */
interface Grouped {
  items: ListItem[];
  /** Item index of each row key (absent when its group is folded). */
  rowAt: Map<string, number>;
  /** Item index of each group's header. */
  headerAt: Map<string, number>;
  /** False when a key has two rows (a tool listed twice): then nothing is patched. */
  unique: boolean;
}

function group(
  shown: readonly ToolRow[],
  plan: GroupPlan,
  collapsed: ReadonlySet<string>,
): Grouped {
  const buckets = new Map<string, ToolRow[]>(plan.order.map((key) => [key, []]));
  for (const row of shown) {
    const key = plan.groupOf.get(row.key) ?? OTHER_GROUP;
    buckets.get(key)?.push(row);
  }
  const items: ListItem[] = [];
  const rowAt = new Map<string, number>();
  const headerAt = new Map<string, number>();
  let unique = true;
  for (const [key, rows] of buckets) {
    if (rows.length === 0) continue;
    const counts = emptyCounts();
    for (const row of rows) counts[row.shown.decision]++;
    const expanded = !collapsed.has(key);
    headerAt.set(key, items.length);
    items.push({
      kind: 'group',
      group: {
        key,
        label: key === OTHER_GROUP ? 'Other' : key,
        keys: rows.map((r) => r.key),
        counts,
        decision: onlyDecision(counts, rows.length),
        expanded,
      },
    });
    if (!expanded) continue;
    for (const row of rows) {
      if (rowAt.has(row.key)) unique = false;
      rowAt.set(row.key, items.length);
      items.push({ kind: 'tool', row });
    }
  }
  return { items, rowAt, headerAt, unique };
}

function onlyDecision(counts: Record<ToolDecision, number>, size: number): ToolDecision | null {
  return TOOL_DECISIONS.find((d) => counts[d] === size) ?? null;
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
  return group(shown, plan, collapsed).items;
}

// Past this many changed rows the items are grouped afresh.
const PATCH_LIMIT = 64;

/**
 * The previous items with the changed rows put in and their groups' counts moved: when only a
 * few rows changed (a decision click), in place of grouping every row again. Null when the
 * rows are not the same keys in the same order.
 */
function patchGrouped(
  before: Grouped,
  previous: readonly ToolRow[],
  shown: readonly ToolRow[],
  plan: GroupPlan,
): Grouped | null {
  if (previous.length !== shown.length || !before.unique) return null;
  const changed: number[] = [];
  for (let i = 0; i < shown.length; i++) {
    if (shown[i] === previous[i]) continue;
    if (shown[i]?.key !== previous[i]?.key || changed.length === PATCH_LIMIT) return null;
    changed.push(i);
  }
  const items = before.items.slice();
  for (const i of changed) {
    const row = shown[i] as ToolRow;
    const old = previous[i] as ToolRow;
    const at = before.rowAt.get(row.key);
    if (at !== undefined) items[at] = { kind: 'tool', row };
    if (old.shown.decision === row.shown.decision) continue;
    const header = before.headerAt.get(plan.groupOf.get(row.key) ?? OTHER_GROUP);
    const item = header === undefined ? undefined : items[header];
    if (item?.kind !== 'group') return null;
    const counts = { ...item.group.counts };
    counts[old.shown.decision]--;
    counts[row.shown.decision]++;
    const decision = onlyDecision(counts, item.group.keys.length);
    items[header!] = { kind: 'group', group: { ...item.group, counts, decision } };
  }
  return { ...before, items };
}

let latest: {
  shown: readonly ToolRow[];
  plan: GroupPlan;
  collapsed: readonly string[];
  grouped: Grouped;
} | null = null;

/**
 * `groupedItems(shown, plan, new Set(collapsed))`, made from the previous call's items when
 * only a few rows changed since (a decision click in a 5,000-tool list regroups nothing).
 */
export function groupedItemsAfterEdit(
  shown: readonly ToolRow[],
  plan: GroupPlan,
  collapsed: readonly string[],
): ListItem[] {
  const before = latest;
  let grouped: Grouped | null = null;
  if (before !== null && before.plan === plan && before.collapsed === collapsed) {
    grouped =
      before.shown === shown
        ? before.grouped
        : patchGrouped(before.grouped, before.shown, shown, plan);
  }
  grouped ??= group(shown, plan, new Set(collapsed));
  latest = { shown, plan, collapsed, grouped };
  return grouped.items;
}

/** The rows as list items without groups. */
export function ungroupedItems(shown: readonly ToolRow[]): ListItem[] {
  return shown.map((row) => ({ kind: 'tool', row }));
}
