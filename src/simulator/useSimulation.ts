import { useEffect, useState } from 'react';
import {
  scenarioCalls,
  simulateDetailed,
  summarizeRun,
  type Policy,
  type ScenarioCall,
} from '../core';
import { usePolicyStore } from '../state/policyStore';
import { useScenarioStore } from './scenarioStore';
import type { Simulation } from './simulationProtocol';
import { runSimulation, type RunOutcome, type StoppedRun } from './simulationRunner';

export type { Simulation } from './simulationProtocol';

/** What the results views show: a finished run and the scenario it ran. */
export interface ShownRun {
  simulation: Simulation;
  start: number;
  scenario: readonly ScenarioCall[];
}

export type SimulationState =
  | { valid: false }
  | {
      valid: true;
      /** The latest finished run (maybe of slightly older inputs while a new one runs). */
      shown: ShownRun | null;
      running: boolean;
      /** Set when the run for the current inputs was stopped past its time budget. */
      stopped: StoppedRun | null;
    };

interface Inputs {
  policy: Policy;
  start: number;
  calls: readonly ScenarioCall[];
}

const same = (a: Inputs, b: Inputs) =>
  a.policy === b.policy && a.start === b.start && a.calls === b.calls;

// One run shared by every view (table, counts, charts) and kept across remounts (tab switches):
// a replay happens only when the policy, the start or the calls change. A stopped run is kept
// too, so coming back to the tab does not run the same stalling input again.
let last: (Inputs & { outcome: RunOutcome }) | null = null;
let lastDone: ShownRun | null = null;

/** Replays the calls against the policy on this thread (where there are no workers: tests). */
export function simulation(
  policy: Policy,
  start: number,
  scenario: readonly ScenarioCall[],
): Simulation {
  if (last?.outcome.kind === 'done' && same(last, { policy, start, calls: scenario })) {
    return last.outcome.simulation;
  }
  const calls = scenarioCalls(start, scenario);
  const run = simulateDetailed(policy, calls);
  const result = { calls, run, summary: summarizeRun(scenario, run.decisions) };
  last = { policy, start, calls: scenario, outcome: { kind: 'done', simulation: result } };
  return result;
}

/**
 * The simulation of the current scenario against the current policy, run in a worker with a
 * time budget; none while the policy has errors.
 */
export function useSimulation(): SimulationState {
  const policy = usePolicyStore((s) => s.policy);
  const valid = usePolicyStore((s) => s.valid);
  const start = useScenarioStore((s) => s.start);
  const calls = useScenarioStore((s) => s.calls);
  const inWorker = typeof Worker !== 'undefined';
  const [, setVersion] = useState(0);

  useEffect(() => {
    if (!valid || !inWorker) return;
    const inputs = { policy, start, calls };
    if (last !== null && same(last, inputs)) return;
    return runSimulation({ policy, start, scenario: calls }, (outcome) => {
      last = { ...inputs, outcome };
      if (outcome.kind === 'done') {
        lastDone = { simulation: outcome.simulation, start, scenario: calls };
      }
      setVersion((v) => v + 1);
    });
  }, [valid, inWorker, policy, start, calls]);

  if (!valid) return { valid: false };
  if (!inWorker) {
    const shown = { simulation: simulation(policy, start, calls), start, scenario: calls };
    return { valid: true, shown, running: false, stopped: null };
  }
  const current = last !== null && same(last, { policy, start, calls }) ? last.outcome : null;
  if (current?.kind === 'stopped') {
    return { valid: true, shown: null, running: false, stopped: current.run };
  }
  return { valid: true, shown: lastDone, running: current === null, stopped: null };
}
