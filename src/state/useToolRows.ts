import { useMemo } from 'react';
import { usePolicyStore } from './policyStore';
import { toolEntries, toolRowsAfterEdit, type ToolEntry, type ToolRow } from './toolRows';

/** The classified tools of the store's tool list (classified once per list). */
export function useToolEntries(): ToolEntry[] {
  const tools = usePolicyStore((s) => s.tools);
  return toolEntries(tools);
}

/** The list's rows for the current tools and last valid policy. */
export function useToolRows(): ToolRow[] {
  const entries = useToolEntries();
  const policy = usePolicyStore((s) => s.policy);
  return useMemo(() => toolRowsAfterEdit(entries, policy), [entries, policy]);
}
