// Runs the simulation off the main thread, so a catastrophic regex condition stalls only this
// worker, which the page stops past its time budget.
import { scenarioCalls, simulateDetailed, summarizeRun, testConditions } from '../core';
import type { SimulationReply, SimulationRequest } from './simulationProtocol';

/** How often the worker says which call it is on. */
const PROGRESS_EVERY_MS = 50;

const post = (reply: SimulationReply) => self.postMessage(reply);

self.onmessage = (event: MessageEvent<SimulationRequest>) => {
  const request = event.data;
  post({ kind: 'started' });
  const calls = scenarioCalls(request.start, request.scenario);
  if (request.kind === 'locate') {
    testConditions(request.policy, calls, request.from, (step) => post({ kind: 'regex', step }));
    post({ kind: 'located', found: false });
    return;
  }
  let last = performance.now();
  const run = simulateDetailed(request.policy, calls, {
    onCall: (call) => {
      const now = performance.now();
      if (now - last < PROGRESS_EVERY_MS) return;
      last = now;
      post({ kind: 'progress', call });
    },
  });
  post({
    kind: 'done',
    simulation: { calls, run, summary: summarizeRun(request.scenario, run.decisions) },
  });
};
