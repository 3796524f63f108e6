import { useCallback } from 'react';
import { exampleArgs, MAX_SCENARIO_CALLS } from '../core';
import { useScenarioStore } from '../simulator/scenarioStore';
import { usePolicyStore } from '../state/policyStore';
import { notify, useUiStore } from '../state/uiStore';

/**
 * "Test this rule": a ready call of the tool (its required arguments, and values that show its
 * conditions at work)
 * added to the scenario, a second after its last call, and the simulator shown at its row.
 */
export function useTestRule(): (tool: string) => void {
  const setView = useUiStore((s) => s.setView);
  return useCallback(
    (tool) => {
      const scenario = useScenarioStore.getState();
      if (scenario.calls.length >= MAX_SCENARIO_CALLS) {
        notify(
          `The scenario is full (${MAX_SCENARIO_CALLS.toLocaleString('en-US')} calls): clear some first.`,
        );
        return;
      }
      const last = scenario.calls.at(-1);
      const { policy, tools } = usePolicyStore.getState();
      const args = exampleArgs(policy, tool, tools.find((t) => t.name === tool)?.inputSchema);
      scenario.addCall({ tool, args, offset: last === undefined ? 0 : last.offset + 1000 });
      scenario.showResults(scenario.calls.length);
      setView('simulate');
    },
    [setView],
  );
}
