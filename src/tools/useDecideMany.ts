import { useCallback } from 'react';
import type { ToolDecision } from '../core';
import { usePolicyStore } from '../state/policyStore';
import { DECISION_LABELS } from '../state/toolRows';
import { useSetDecisions } from '../state/useDecisions';
import { useToasts } from '../ui/toasts';

/**
 * One decision for many rows (a selection, a prefix group) as one undo step, confirmed by a
 * toast with Undo; nothing is said when nothing changed.
 */
export function useDecideMany(): (keys: readonly string[], decision: ToolDecision) => void {
  const setDecisions = useSetDecisions();
  return useCallback(
    (keys, decision) => {
      const before = usePolicyStore.getState().text;
      setDecisions(keys, decision);
      const { text, undo } = usePolicyStore.getState();
      if (text === before) return;
      const n = keys.length;
      useToasts.getState().push({
        tone: 'success',
        title: `Set ${n} ${n === 1 ? 'tool' : 'tools'} to ${DECISION_LABELS[decision]}.`,
        action: { label: 'Undo', onAction: undo },
      });
    },
    [setDecisions],
  );
}
