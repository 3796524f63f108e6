import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { Policy, RegexStep } from '../../src/core';
import { SimulationStopped } from '../../src/simulator/SimulationStopped';
import type { SimulationReply, SimulationRequest } from '../../src/simulator/simulationProtocol';
import {
  runSimulation,
  type RunOutcome,
  type WorkerLike,
} from '../../src/simulator/simulationRunner';

const STEP: RegexStep = {
  call: 2,
  tool: 'run',
  rule: 'run',
  path: '/tools/run/deny_if/0',
  regex: '^([\\s\\S]|[\\s\\S])*\\u0001$',
};

describe('SimulationStopped', () => {
  it('says which call and which condition the stopped run was on', async () => {
    const show = vi.fn();
    render(
      <SimulationStopped run={{ budgetMs: 4000, call: 2, step: STEP }} onShowCondition={show} />,
    );
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent('The simulation was stopped: it ran longer than 4 seconds.');
    expect(alert).toHaveTextContent(
      'It was checking call 3 (tool run) against the condition tools › run › deny_if › 0, the regex ^([\\s\\S]|[\\s\\S])*\\u0001$.',
    );
    expect(alert).toHaveTextContent('Everything else still works');
    await userEvent.click(screen.getByRole('button', { name: 'Show the condition' }));
    expect(show).toHaveBeenCalledWith('/tools/run/deny_if/0', 'run');
  });

  it('names the call alone when no regex was being tested', () => {
    render(
      <SimulationStopped run={{ budgetMs: 1000, call: 0, step: null }} onShowCondition={vi.fn()} />,
    );
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent('it ran longer than 1 second.');
    expect(alert).toHaveTextContent('It was deciding call 1.');
    expect(screen.queryByRole('button', { name: 'Show the condition' })).toBeNull();
  });
});

/** A worker stand-in that answers with `replies` and then, like a stalled regex, never again. */
class StallingWorker implements WorkerLike {
  static made: StallingWorker[] = [];
  onmessage: ((event: MessageEvent<SimulationReply>) => void) | null = null;
  terminated = false;
  received: SimulationRequest[] = [];
  constructor(private readonly replies: (request: SimulationRequest) => SimulationReply[]) {
    StallingWorker.made.push(this);
  }
  postMessage(request: SimulationRequest): void {
    this.received.push(request);
    for (const reply of this.replies(request)) {
      queueMicrotask(() => this.onmessage?.({ data: reply } as MessageEvent<SimulationReply>));
    }
  }
  terminate(): void {
    this.terminated = true;
  }
}

describe('runSimulation past its budget', () => {
  it('stops the worker, finds the condition from the last call reported, and says so', async () => {
    StallingWorker.made = [];
    const policy: Policy = { version: '1', default: 'allow', tools: {} };
    const outcome = await new Promise<RunOutcome>((resolve) => {
      runSimulation({ policy, start: 0, scenario: [] }, resolve, {
        budgetMs: 20,
        locateMs: 20,
        createWorker: () =>
          new StallingWorker((request) =>
            request.kind === 'run'
              ? [{ kind: 'started' }, { kind: 'progress', call: 1 }]
              : [
                  { kind: 'started' },
                  { kind: 'regex', step: { ...STEP, call: 1, path: '/tools/run/require/0' } },
                  { kind: 'regex', step: STEP },
                ],
          ),
      });
    });
    expect(outcome).toEqual({ kind: 'stopped', run: { budgetMs: 20, call: 2, step: STEP } });
    const [run, locate] = StallingWorker.made;
    expect(run?.terminated).toBe(true);
    expect(locate?.terminated).toBe(true);
    expect(locate?.received).toEqual([{ kind: 'locate', policy, start: 0, scenario: [], from: 1 }]);
  });

  it('gives the result when the worker finishes in time, and stops it', async () => {
    StallingWorker.made = [];
    const simulation = {
      calls: [],
      run: { decisions: [], counters: [] },
      summary: { expectations: 0, failures: [] },
    } as never;
    const outcome = await new Promise<RunOutcome>((resolve) => {
      runSimulation(
        { policy: { version: '1', default: 'deny', tools: {} }, start: 0, scenario: [] },
        resolve,
        {
          budgetMs: 5_000,
          createWorker: () =>
            new StallingWorker(() => [{ kind: 'started' }, { kind: 'done', simulation }]),
        },
      );
    });
    expect(outcome).toEqual({ kind: 'done', simulation });
    expect(StallingWorker.made).toHaveLength(1);
    expect(StallingWorker.made[0]?.terminated).toBe(true);
  });
});
