import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { exportCedar, simulate, type Call, type Policy } from '../../src/core';
import { anyPolicy, exportablePolicy, policyWithCalls } from './arbitraries';
import { cedarDecisions } from './cedarEngine';

// A fixed seed, so CI is repeatable; CEDAR_SEED=<n> replays or explores another run.
const seed = Number(process.env.CEDAR_SEED ?? 20261202);
const runs = Number(process.env.CEDAR_RUNS ?? 5_000);
console.log(
  `Cedar differential test: seed ${seed} (set CEDAR_SEED to replay), ${runs} runs per property`,
);

function draftAllows(policy: Policy, calls: Call[]): boolean[] {
  return simulate(policy, calls).map((d) => d.decision === 'allow');
}

function toolsOf(calls: readonly Call[]): { name: string }[] {
  return calls.filter((_, i) => i % 2 === 0).map((c) => ({ name: c.tool }));
}

describe('the Cedar export, run by the Cedar engine', () => {
  it('decides like the simulator on policies Cedar can say (patterns as like)', () => {
    fc.assert(
      fc.property(policyWithCalls(exportablePolicy), ({ policy, calls }) => {
        const out = exportCedar(policy);
        expect(out.unsupported).toEqual([]);
        const cedar = cedarDecisions(out.config, calls).map((d) => d === 'allow');
        expect(cedar).toEqual(draftAllows(policy, calls));
      }),
      { seed, numRuns: runs },
    );
  });

  it('decides like the simulator for listed tools when patterns are expanded, and never allows more', () => {
    fc.assert(
      fc.property(policyWithCalls(exportablePolicy), ({ policy, calls }) => {
        const tools = toolsOf(calls);
        const out = exportCedar(policy, tools);
        const cedar = cedarDecisions(out.config, calls);
        const draft = draftAllows(policy, calls);
        const listed = new Set(tools.map((t) => t.name));
        calls.forEach((call, i) => {
          if (listed.has(call.tool)) expect(cedar[i] === 'allow').toBe(draft[i]);
          else if (cedar[i] === 'allow') expect(draft[i]).toBe(true);
        });
      }),
      { seed: seed + 1, numRuns: Math.ceil(runs / 5) },
    );
  });

  it('never allows what the draft would not, whatever the policy says', () => {
    fc.assert(
      fc.property(policyWithCalls(anyPolicy), fc.boolean(), ({ policy, calls }, withTools) => {
        const out = exportCedar(policy, withTools ? toolsOf(calls) : undefined);
        const cedar = cedarDecisions(out.config, calls);
        const draft = draftAllows(policy, calls);
        cedar.forEach((d, i) => {
          if (d === 'allow') expect(draft[i]).toBe(true);
        });
      }),
      { seed: seed + 2, numRuns: runs },
    );
  });
});
