import { useMemo } from 'react';
import {
  scenarioCalls,
  simulateDetailed,
  summarizeRun,
  type Call,
  type DetailedSimulation,
  type Policy,
  type RunSummary,
  type ScenarioCall,
} from '../core';
import { usePolicyStore } from '../state/policyStore';
import { useScenarioStore } from './scenarioStore';

/** One replay of the scenario against the policy, with what the views derive from it. */
export interface Simulation {
  calls: Call[];
  run: DetailedSimulation;
  summary: RunSummary;
}

export type SimulationState = { valid: false } | { valid: true; simulation: Simulation };

// One run shared by every view (table, counts, charts) and kept across remounts (tab switches):
// a replay happens only when the policy, the start or the calls change.
let last: {
  policy: Policy;
  start: number;
  calls: readonly ScenarioCall[];
  result: Simulation;
} | null = null;

/** Replays the calls against the policy, or returns the last replay of the very same inputs. */
export function simulation(
  policy: Policy,
  start: number,
  scenario: readonly ScenarioCall[],
): Simulation {
  if (last !== null && last.policy === policy && last.start === start && last.calls === scenario) {
    return last.result;
  }
  const calls = scenarioCalls(start, scenario);
  const run = simulateDetailed(policy, calls);
  const result = { calls, run, summary: summarizeRun(scenario, run.decisions) };
  last = { policy, start, calls: scenario, result };
  return result;
}

/** The simulation of the current scenario against the current policy; none while it has errors. */
export function useSimulation(): SimulationState {
  const policy = usePolicyStore((s) => s.policy);
  const valid = usePolicyStore((s) => s.valid);
  const start = useScenarioStore((s) => s.start);
  const calls = useScenarioStore((s) => s.calls);
  return useMemo(
    () =>
      valid ? { valid: true, simulation: simulation(policy, start, calls) } : { valid: false },
    [valid, policy, start, calls],
  );
}
