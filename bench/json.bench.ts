// The JSON stack, measured: the strict parser (src/core/json) against jsonc-parser's parseTree
// and JSON.parse, one lookup of a rule in each tree, and the edit path (the skimmer finding one
// rule in the text alone, a decision written as operations, a keystroke read inside one rule).
// Run: npx tsx bench/json.bench.ts
import { findNodeAtLocation, parseTree } from 'jsonc-parser';
import {
  findNode,
  formatPolicy,
  parseJson,
  parsePolicy,
  readChange,
  setDecision,
  Skimmer,
  writeChanges,
  type Policy,
} from '../src/core';
import { machine, measure, quantile } from './stats';

function policyOf(rules: number): string {
  const tools: Policy['tools'] = {};
  for (let i = 0; i < rules; i++) {
    tools[`tool_${i}`] =
      i % 3 === 0
        ? { action: 'deny' }
        : { limits: [{ counter: `c_${i}`, window: 'minute', max: 30, scope: 'grant' }] };
  }
  return formatPolicy({ version: '1', default: 'deny', tools });
}

console.log(machine());
for (const rules of [14, 5_000]) {
  const text = policyOf(rules);
  const key = `tool_${rules - 1}`;
  const strict = parseJson(text);
  const read = parsePolicy(text);
  if (!read.ok) throw new Error('the policy must be valid');
  const policy = read.policy;
  const middle = `tool_${Math.floor(rules / 6) * 3}`; // a deny rule
  const typed = text.replace(
    `"${middle}": {\n      "action": "deny"`,
    `"${middle}": {\n      "action": "allow"`,
  );
  const lenient = parseTree(text);
  if (!strict.ok || lenient === undefined) throw new Error('the policy must parse');
  const rows = {
    'parseJson (strict, tape)': measure(() => parseJson(text), 40),
    'jsonc-parser parseTree': measure(() => parseTree(text), 40),
    'JSON.parse (no positions)': measure(() => JSON.parse(text), 40),
    'findNode (tape)': measure(() => findNode(strict.root, ['tools', key, 'limits']), 2_000),
    'jsonc findNodeAtLocation': measure(
      () => findNodeAtLocation(lenient, ['tools', key, 'limits']),
      2_000,
    ),
    'Skimmer find (text only)': measure(
      () => new Skimmer(text).find(['tools', key, 'limits']),
      200,
    ),
    'decision → writeChanges': measure(() => {
      const edit = setDecision(policy, middle, 'approval');
      return writeChanges(text, edit.changes, edit.policy);
    }, 200),
    'keystroke → readChange': measure(() => readChange(text, typed, policy), 200),
    'keystroke → parsePolicy': measure(() => parsePolicy(typed), 40),
  };
  console.log(`\n${rules} rules, ${(text.length / 1024).toFixed(0)} KiB`);
  for (const [name, samples] of Object.entries(rows)) {
    const p50 = quantile(samples, 0.5).toFixed(3);
    const p95 = quantile(samples, 0.95).toFixed(3);
    console.log(`  ${name.padEnd(28)} p50 ${p50} ms  p95 ${p95} ms`);
  }
}
