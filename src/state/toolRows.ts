import {
  classifyTool,
  decisionFinder,
  isPattern,
  matchesPattern,
  ownShownDecision,
  type Category,
  type Policy,
  type Risk,
  type ShownDecision,
  type Tool,
  type ToolDecision,
} from '../core';
import { changedRuleKeys } from './policyDelta';

/** A loaded tool with what the list needs, computed once per tool list. */
export interface ToolEntry {
  tool: Tool;
  name: string;
  category: Category;
  risk: Risk;
  because: string;
  /** Name and description, lower-cased once, for search. */
  haystack: string;
}

/** One row of the list: a loaded tool, or a rule key that matches no loaded tool. */
export interface ToolRow {
  key: string;
  entry: ToolEntry | null;
  shown: ShownDecision;
  /** A rule whose name or pattern matches no tool of the loaded list. */
  offServer: boolean;
  /** What the row's own rule adds beyond its action, for the chips on the row. */
  extras: RuleExtras;
}

/** Limits and conditions of a tool's own rule. */
export interface RuleExtras {
  limits: number;
  conditions: number;
}

const NO_EXTRAS: RuleExtras = { limits: 0, conditions: 0 };

function extrasOf(policy: Policy, key: string): RuleExtras {
  const rule = Object.hasOwn(policy.tools, key) ? policy.tools[key] : undefined;
  if (rule === undefined) return NO_EXTRAS;
  const limits = rule.limits?.length ?? 0;
  const conditions = (rule.require?.length ?? 0) + (rule.deny_if?.length ?? 0);
  return limits === 0 && conditions === 0 ? NO_EXTRAS : { limits, conditions };
}

export interface ToolFilters {
  query: string;
  category: Category | 'all';
  risk: Risk | 'all';
  decision: ToolDecision | 'all';
}

export const NO_FILTERS: ToolFilters = { query: '', category: 'all', risk: 'all', decision: 'all' };

const entriesOf = new WeakMap<readonly Tool[], ToolEntry[]>();

/** The tools with their classification; the same array for the same tool list. */
export function toolEntries(tools: readonly Tool[]): ToolEntry[] {
  const cached = entriesOf.get(tools);
  if (cached) return cached;
  const entries = tools.map((tool): ToolEntry => {
    const { category, risk, because } = classifyTool(tool);
    const text = `${tool.name}\n${tool.title ?? ''}\n${tool.description ?? ''}`;
    return { tool, name: tool.name, category, risk, because, haystack: text.toLowerCase() };
  });
  entriesOf.set(tools, entries);
  return entries;
}

/** Rows for the list: every tool with its shown decision, then rules no loaded tool matches. */
export function toolRows(entries: readonly ToolEntry[], policy: Policy): ToolRow[] {
  const shownOf = decisionFinder(policy);
  const names = new Set(entries.map((e) => e.name));
  const rows: ToolRow[] = entries.map((entry) => ({
    key: entry.name,
    entry,
    shown: shownOf(entry.name),
    offServer: false,
    extras: extrasOf(policy, entry.name),
  }));
  const loaded = entries.length > 0;
  for (const key of Object.keys(policy.tools)) {
    if (names.has(key)) continue;
    if (isPattern(key) && entries.some((e) => matchesPattern(key, e.name))) continue;
    rows.push({
      key,
      entry: null,
      shown: shownOf(key),
      offServer: loaded,
      extras: extrasOf(policy, key),
    });
  }
  return rows;
}

const indexOf = new WeakMap<readonly ToolEntry[], Map<string, number>>();

function rowIndex(entries: readonly ToolEntry[]): Map<string, number> {
  let index = indexOf.get(entries);
  if (index === undefined) {
    index = new Map();
    // A name listed twice has two rows: -1, so that its rows are all made again.
    entries.forEach((e, i) => index!.set(e.name, index!.has(e.name) ? -1 : i));
    indexOf.set(entries, index);
  }
  return index;
}

/**
 * `rows` (for `before`) with the rows of `keys` redone for `policy`; null when a key is a
 * pattern, a rule no loaded tool has, or a rule taken away (what then applies takes the
 * pattern rules into account: the caller builds all rows again).
 */
function patchRows(
  rows: readonly ToolRow[],
  entries: readonly ToolEntry[],
  policy: Policy,
  keys: readonly string[],
): ToolRow[] | null {
  const index = rowIndex(entries);
  const next = rows.slice();
  for (const key of keys) {
    const at = index.get(key);
    const shown = ownShownDecision(policy, key);
    const row = at === undefined || at === -1 ? undefined : next[at];
    if (isPattern(key) || row === undefined || row.key !== key || shown === null) return null;
    next[at!] = { ...row, shown, extras: extrasOf(policy, key) };
  }
  return next;
}

let latest: { entries: readonly ToolEntry[]; policy: Policy; rows: ToolRow[] } | null = null;

/**
 * `toolRows(entries, policy)`, redoing only the rows of the rules a form edit changed when
 * `policy` came from the policy of the previous call by such an edit (a decision click in a
 * 5,000-rule policy makes one row, not 5,000).
 */
export function toolRowsAfterEdit(entries: readonly ToolEntry[], policy: Policy): ToolRow[] {
  const before = latest;
  if (before !== null && before.entries === entries && before.policy === policy) return before.rows;
  let rows: ToolRow[] | null = null;
  if (before !== null && before.entries === entries) {
    const keys = changedRuleKeys(before.policy, policy);
    if (keys !== null) rows = patchRows(before.rows, entries, policy, keys);
  }
  rows ??= toolRows(entries, policy);
  latest = { entries, policy, rows };
  return rows;
}

/** The rows that pass the search and the filters, in list order. */
export function filterRows(rows: readonly ToolRow[], filters: ToolFilters): ToolRow[] {
  const query = filters.query.trim().toLowerCase();
  return rows.filter((row) => {
    if (filters.decision !== 'all' && row.shown.decision !== filters.decision) return false;
    if (filters.category !== 'all' && row.entry?.category !== filters.category) return false;
    if (filters.risk !== 'all' && row.entry?.risk !== filters.risk) return false;
    if (query === '') return true;
    return (row.entry?.haystack ?? row.key.toLowerCase()).includes(query);
  });
}

/** How many rows show each decision. */
export function countDecisions(rows: readonly ToolRow[]): Record<ToolDecision, number> {
  const counts: Record<ToolDecision, number> = {
    default: 0,
    allow: 0,
    approval: 0,
    deny: 0,
    hide: 0,
  };
  for (const row of rows) counts[row.shown.decision]++;
  return counts;
}

export const DECISION_LABELS: Readonly<Record<ToolDecision, string>> = {
  default: 'Default',
  allow: 'Allow',
  approval: 'Approval',
  deny: 'Deny',
  hide: 'Hide',
};
