import type { Policy, RegexStep, ScenarioCall } from '../core';
import type { Simulation, SimulationReply, SimulationRequest } from './simulationProtocol';

/** A run still going after this long is stopped: no input may hold the simulator longer. */
export const SIMULATION_BUDGET_MS = 4_000;
/** How long the second pass may take to find the condition a stopped run was stuck in. */
export const LOCATE_BUDGET_MS = 1_000;
/** How long a worker may take to load before its budget starts (a busy machine is slow). */
const LOAD_MS = 30_000;

/** A run stopped past its budget: the call it was on and, when found, the regex condition. */
export interface StoppedRun {
  budgetMs: number;
  call: number;
  step: RegexStep | null;
}

export type RunOutcome =
  { kind: 'done'; simulation: Simulation } | { kind: 'stopped'; run: StoppedRun };

export interface RunInput {
  policy: Policy;
  start: number;
  scenario: readonly ScenarioCall[];
}

/** The worker-like object the runner needs (a real Worker, or a stand-in in tests). */
export interface WorkerLike {
  postMessage: (message: SimulationRequest) => void;
  terminate: () => void;
  onmessage: ((event: MessageEvent<SimulationReply>) => void) | null;
}

export interface RunOptions {
  createWorker?: () => WorkerLike;
  budgetMs?: number;
  locateMs?: number;
}

function simulationWorker(): WorkerLike {
  return new Worker(new URL('./simulation.worker.ts', import.meta.url), { type: 'module' });
}

/**
 * Runs the simulation in a worker. Past the budget the worker is stopped and a second worker
 * re-tests the conditions from the last call reported, announcing each regex before it runs;
 * when that one stalls too, its last announcement is the condition the run was stuck in.
 * Returns a function that cancels the run (terminating its workers).
 */
export function runSimulation(
  input: RunInput,
  onOutcome: (outcome: RunOutcome) => void,
  options: RunOptions = {},
): () => void {
  const create = options.createWorker ?? simulationWorker;
  const budgetMs = options.budgetMs ?? SIMULATION_BUDGET_MS;
  const locateMs = options.locateMs ?? LOCATE_BUDGET_MS;
  let worker: WorkerLike | null = create();
  let timer: ReturnType<typeof setTimeout> | null = null;
  let lastCall = 0;

  const end = () => {
    if (timer !== null) clearTimeout(timer);
    timer = null;
    worker?.terminate();
    worker = null;
  };
  // Each worker's budget starts when it says it has started, not while its script loads.
  const startTimer = (action: () => void, ms: number) => {
    if (timer !== null) clearTimeout(timer);
    timer = setTimeout(action, ms);
  };

  const locate = () => {
    end();
    let step: RegexStep | null = null;
    const stop = () => {
      end();
      onOutcome({ kind: 'stopped', run: { budgetMs, call: step?.call ?? lastCall, step } });
    };
    worker = create();
    worker.onmessage = (event) => {
      const reply = event.data;
      if (reply.kind === 'started') startTimer(stop, locateMs);
      else if (reply.kind === 'regex') step = reply.step;
      else if (reply.kind === 'located') {
        step = null;
        stop();
      }
    };
    startTimer(stop, LOAD_MS);
    worker.postMessage({ kind: 'locate', ...input, from: lastCall });
  };

  worker.onmessage = (event) => {
    const reply = event.data;
    if (reply.kind === 'started') startTimer(locate, budgetMs);
    else if (reply.kind === 'progress') lastCall = reply.call;
    else if (reply.kind === 'done') {
      end();
      onOutcome({ kind: 'done', simulation: reply.simulation });
    }
  };
  startTimer(locate, LOAD_MS);
  worker.postMessage({ kind: 'run', ...input });
  return end;
}
