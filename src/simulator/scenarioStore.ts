import { create } from 'zustand';
import {
  DEFAULT_START,
  MAX_SCENARIO_CALLS,
  parseTrace,
  type Scenario,
  type ScenarioCall,
  type TraceProblem,
} from '../core';

/** A request to bring the results into view, at one call's row when `call` is set. */
export interface ResultsRequest {
  seq: number;
  call: number | null;
}

/** A change to one field of a call; `undefined` removes an optional field. */
export type CallPatch = { [K in keyof ScenarioCall]?: ScenarioCall[K] | undefined };

export interface ScenarioState {
  /** ms since the epoch; each call happens at `start + offset`. */
  start: number;
  calls: ScenarioCall[];
  /**
   * The "Calls" text as typed, while it is what the calls were read from; null once the calls
   * change another way (the text is then the calls, written out).
   */
  callsText: string | null;
  /** Lines of `callsText` that were skipped. */
  traceProblems: TraceProblem[];
  /** How many calls `callsText` had, when more than a scenario holds (the rest were dropped). */
  traceTotal: number | null;
  /** The latest request to show the results (after Generate, or a call added to be tried). */
  resultsRequest: ResultsRequest | null;

  setStart: (start: number) => void;
  /** Replaces the calls (a generator, a cleared table). */
  setCalls: (calls: ScenarioCall[]) => void;
  appendCalls: (calls: ScenarioCall[]) => void;
  addCall: (call: ScenarioCall) => void;
  updateCall: (index: number, patch: CallPatch) => void;
  duplicateCall: (index: number) => void;
  removeCall: (index: number) => void;
  moveCall: (from: number, to: number) => void;
  /** Reads the "Calls" text (JSON array or JSON Lines); good lines become the calls. */
  setCallsText: (text: string) => void;
  loadScenario: (scenario: Scenario) => void;
  /** Asks the results view to come into view once it shows the current calls. */
  showResults: (call: number | null) => void;
}

function patched(call: ScenarioCall, patch: CallPatch): ScenarioCall {
  const next: Record<string, unknown> = { ...call };
  for (const [key, value] of Object.entries(patch)) {
    if (value === undefined) delete next[key];
    else next[key] = value;
  }
  return next as ScenarioCall;
}

function capped(calls: ScenarioCall[]): ScenarioCall[] {
  return calls.length > MAX_SCENARIO_CALLS ? calls.slice(0, MAX_SCENARIO_CALLS) : calls;
}

const edited = (calls: ScenarioCall[]) => ({
  calls: capped(calls),
  callsText: null,
  traceProblems: [],
  traceTotal: null,
});

export const useScenarioStore = create<ScenarioState>()((set, get) => ({
  start: DEFAULT_START,
  calls: [],
  callsText: null,
  traceProblems: [],
  traceTotal: null,
  resultsRequest: null,

  // The text is written out again: times it gave as `at` would no longer match the calls.
  setStart: (start) => set({ start, callsText: null, traceProblems: [], traceTotal: null }),
  setCalls: (calls) => set(edited(calls)),
  appendCalls: (calls) => set(edited([...get().calls, ...calls])),
  addCall: (call) => set(edited([...get().calls, call])),

  updateCall: (index, patch) => {
    const { calls } = get();
    const call = calls[index];
    if (call === undefined) return;
    set(edited(calls.with(index, patched(call, patch))));
  },

  duplicateCall: (index) => {
    const { calls } = get();
    const call = calls[index];
    if (call === undefined) return;
    set(edited(calls.toSpliced(index + 1, 0, { ...call })));
  },

  removeCall: (index) => {
    const { calls } = get();
    if (index < 0 || index >= calls.length) return;
    set(edited(calls.toSpliced(index, 1)));
  },

  moveCall: (from, to) => {
    const { calls } = get();
    const call = calls[from];
    if (call === undefined || to < 0 || to >= calls.length || to === from) return;
    set(edited(calls.toSpliced(from, 1).toSpliced(to, 0, call)));
  },

  setCallsText: (text) => {
    const trace = parseTrace(text, get().start);
    set({
      start: trace.start,
      calls: capped(trace.calls),
      callsText: text,
      traceProblems: trace.problems,
      traceTotal: trace.cut?.total ?? null,
    });
  },

  loadScenario: (scenario) => set({ start: scenario.start, ...edited(scenario.calls) }),
  showResults: (call) =>
    set({ resultsRequest: { seq: (get().resultsRequest?.seq ?? 0) + 1, call } }),
}));
