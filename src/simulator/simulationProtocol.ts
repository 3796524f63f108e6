import type {
  Call,
  DetailedSimulation,
  Policy,
  RegexStep,
  RunSummary,
  ScenarioCall,
} from '../core';

/** One replay of the scenario against the policy, with what the views derive from it. */
export interface Simulation {
  calls: Call[];
  run: DetailedSimulation;
  summary: RunSummary;
}

/** What the page asks the simulation worker. */
export type SimulationRequest =
  | { kind: 'run'; policy: Policy; start: number; scenario: readonly ScenarioCall[] }
  /** Test conditions from call `from` on, reporting each regex: finds where a run stalled. */
  | {
      kind: 'locate';
      policy: Policy;
      start: number;
      scenario: readonly ScenarioCall[];
      from: number;
    };

/** What the worker answers: progress while it runs, then the result. */
export type SimulationReply =
  /** The worker has loaded and begun: the time budget counts from here. */
  | { kind: 'started' }
  | { kind: 'progress'; call: number }
  | { kind: 'done'; simulation: Simulation }
  | { kind: 'regex'; step: RegexStep }
  | { kind: 'located'; found: false };
