// Deterministic inputs for the benchmarks: a server of many tools, its policy, and calls.
import type { Call, Policy, Rule, Tool } from '../src/core';

const VERBS = [
  'get',
  'list',
  'set',
  'update',
  'delete',
  'run',
  'create',
  'search',
  'transfer',
  'copy',
];
const NOUNS = ['item', 'user', 'image_set', 'bucket', 'record', 'job', 'invoice', 'key', 'queue'];

/** `count` tools with realistic names, descriptions and small input schemas. */
export function makeTools(count: number): Tool[] {
  const tools: Tool[] = [];
  for (let i = 0; i < count; i++) {
    const verb = VERBS[i % VERBS.length] ?? 'get';
    const noun = NOUNS[Math.floor(i / VERBS.length) % NOUNS.length] ?? 'item';
    tools.push({
      name: `svc${Math.floor(i / 90)}_${verb}_${noun}_${i}`,
      title: `${verb} ${noun} #${i}`,
      description: `${verb[0]?.toUpperCase()}${verb.slice(1)}s a ${noun} in service ${Math.floor(i / 90)}.`,
      inputSchema: {
        type: 'object',
        properties: { id: { type: 'string' }, limit: { type: 'number' } },
        required: ['id'],
      },
      annotations: i % 7 === 0 ? { readOnlyHint: verb === 'get' || verb === 'list' } : {},
    });
  }
  return tools;
}

/** A tools/list result text for the tools. */
export function toolListText(tools: readonly Tool[]): string {
  return JSON.stringify({ tools });
}

/** `count` calls spread over the tools, 1 ms apart, from a few grants, with small args. */
export function makeCalls(
  tools: readonly Tool[],
  count: number,
  start = Date.UTC(2026, 0, 1),
): Call[] {
  const calls: Call[] = [];
  for (let i = 0; i < count; i++) {
    const tool = tools[(i * 7919) % tools.length];
    calls.push({
      tool: tool?.name ?? 'missing',
      args: { id: `k${i % 1000}`, limit: i % 50 },
      at: start + i,
      grant: `agent-${i % 4}`,
    });
  }
  return calls;
}

/**
 * A policy with one rule per tool (most with a limit), except service 1 whose tools fall to a
 * deny pattern; one rule with a condition, and a global limit on every call.
 */
export function makePolicy(tools: readonly Tool[], recommended: Policy): Policy {
  const rules: Record<string, Rule> = {};
  for (const [key, rule] of Object.entries(recommended.tools)) {
    if (!key.startsWith('svc1_')) rules[key] = rule;
  }
  rules['svc1_*'] = { action: 'deny', reason: 'Service 1 is retired' };
  const first = tools[0];
  if (first) {
    rules[first.name] = {
      require: [{ path: 'args.limit', op: 'lte', value: 40 }],
      limits: [{ counter: 'first_rate', window: 'minute', max: 100, scope: 'grant' }],
    };
  }
  return {
    ...recommended,
    all_tools: {
      limits: [{ counter: 'everything', window: 'second', max: 1000, scope: 'global' }],
    },
    tools: rules,
  };
}
