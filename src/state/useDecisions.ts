import { useCallback } from 'react';
import { decisionBlocker, setDecisions, type ToolDecision } from '../core';
import { usePolicyStore } from './policyStore';
import { notify } from './uiStore';

/**
 * Sets one decision for the given tools or rule keys. Names the edit cannot change (hidden by
 * `hide: "*"` or a pattern, or a tool name with `*`) are left alone and a notice says why.
 */
export function useSetDecisions(): (names: readonly string[], decision: ToolDecision) => void {
  return useCallback((names, decision) => {
    const { policy, tools, editPolicy } = usePolicyStore.getState();
    const toolNames = new Set(tools.map((t) => t.name));
    const blocked: string[] = [];
    const allowed: string[] = [];
    for (const name of names) {
      const reason = decisionBlocker(policy, name, decision, toolNames.has(name));
      if (reason === null) allowed.push(name);
      else blocked.push(reason);
    }
    if (allowed.length > 0) editPolicy((p) => setDecisions(p, allowed, decision));
    const [first] = blocked;
    if (first === undefined) return;
    notify(
      blocked.length === 1 ? first : `${blocked.length} tools were left as they were. ${first}`,
    );
  }, []);
}
