// `npm run bench` (core part): figures for simulate, parsePolicy and parseToolList + classifyTool.
import {
  classifyTool,
  formatPolicy,
  parsePolicy,
  parseToolList,
  recommendPolicy,
  simulate,
  type DecisionKind,
} from '../src/core';
import { makeCalls, makePolicy, makeTools, toolListText } from './fixtures';
import { machine, measure, median, ms, quantile } from './stats';

const TOOLS = 5_000;
const CALLS = 1_000_000;
// Pairs of (JSON.parse, simulate) runs after one warm-up pair; each run takes seconds.
const PAIRS = 5;

console.log(`Core benchmarks — ${machine()} — ${new Date().toISOString()}`);

const tools = makeTools(TOOLS);
const policy = makePolicy(tools, recommendPolicy(tools));
const ruleCount = Object.keys(policy.tools).length;
// The parsing figures come first: measured after the 1,000,000 calls exist, every garbage
// collection would also walk those calls, which says nothing about parsing.
const policyText = formatPolicy(policy);
const policyTimes = measure(() => parsePolicy(policyText, { tools }), 15);
const check = parsePolicy(policyText, { tools });
console.log(
  `parsePolicy: ${(policyText.length / 1024).toFixed(0)} KiB, ${ruleCount} rules, with tool-list checks — ` +
    `median ${ms(median(policyTimes))}, p95 ${ms(quantile(policyTimes, 0.95))} (target < 50 ms); ` +
    `ok=${check.ok}, ${check.findings.length} findings`,
);

const listText = toolListText(tools);
const listTimes = measure(() => {
  const result = parseToolList(listText);
  if (result.ok) for (const tool of result.tools) classifyTool(tool);
}, 15);
console.log(
  `parseToolList + classifyTool: ${TOOLS} tools (${(listText.length / 1024).toFixed(0)} KiB) — ` +
    `median ${ms(median(listTimes))}, p95 ${ms(quantile(listTimes, 0.95))} (target < 50 ms)`,
);

const calls = makeCalls(tools, CALLS);
const callsText = JSON.stringify(calls);

// simulate vs JSON.parse of the same calls: deciding should be no slower than reading the input.
// The runs alternate so that load from other processes on a shared machine falls on both alike.
const parseTimes: number[] = [];
const simTimes: number[] = [];
const ratios: number[] = [];
let mix: Record<DecisionKind, number> = { allow: 0, deny: 0, approval: 0, rate_limited: 0 };
for (let i = 0; i <= PAIRS; i++) {
  const t0 = performance.now();
  JSON.parse(callsText);
  const t1 = performance.now();
  const decisions = simulate(policy, calls);
  const t2 = performance.now();
  if (i === 0) {
    mix = { allow: 0, deny: 0, approval: 0, rate_limited: 0 };
    for (const d of decisions) mix[d.decision]++;
    continue;
  }
  parseTimes.push(t1 - t0);
  simTimes.push(t2 - t1);
  ratios.push((t2 - t1) / (t1 - t0));
}
const simMedian = median(simTimes);
const parseMedian = median(parseTimes);
console.log(
  `simulate: ${CALLS.toLocaleString('en')} calls, ${ruleCount} rules — median ${ms(simMedian)} ` +
    `(min ${ms(Math.min(...simTimes))}), ${Math.round(CALLS / (simMedian / 1000)).toLocaleString('en')} calls/s`,
);
console.log(
  `  decisions: ${Object.entries(mix)
    .map(([k, n]) => `${n.toLocaleString('en')} ${k}`)
    .join(', ')}`,
);
console.log(
  `  JSON.parse of the same calls (${(callsText.length / 2 ** 20).toFixed(1)} MiB): median ${ms(parseMedian)} ` +
    `(min ${ms(Math.min(...parseTimes))})`,
);
console.log(
  `  ratio simulate/JSON.parse: median of ${PAIRS} pairs ${median(ratios).toFixed(2)} ` +
    `(range ${quantile(ratios, 0).toFixed(2)}–${quantile(ratios, 1).toFixed(2)}) (target ≤ 1.0)`,
);
