import { describe, expect, it } from 'vitest';
import {
  REVIEW_CODES,
  reviewPolicy,
  type Limit,
  type Policy,
  type ReviewCode,
  type Tool,
} from '../../src/core';

function policy(extra: Partial<Policy> = {}): Policy {
  return { version: '1', default: 'deny', tools: {}, ...extra };
}

const limit = (counter: string, max = 30, window: Limit['window'] = 'minute'): Limit => ({
  counter,
  window,
  max,
  scope: 'grant',
});

const schema = (properties: Record<string, unknown>, required: string[] = []) => ({
  type: 'object',
  properties,
  required,
});

const FILES: Tool[] = [
  { name: 'read_file', inputSchema: schema({ path: { type: 'string' } }, ['path']) },
  {
    name: 'delete_file',
    inputSchema: schema({ path: { type: 'string' }, force: { type: 'boolean' } }, ['path']),
  },
  {
    name: 'write_file',
    inputSchema: schema({ path: { type: 'string' }, size: { type: 'integer' } }),
  },
];

function codes(p: Policy, tools: readonly Tool[] = FILES): ReviewCode[] {
  return reviewPolicy(p, tools).map((f) => f.code);
}

function only(p: Policy, code: ReviewCode, tools: readonly Tool[] = FILES) {
  return reviewPolicy(p, tools).filter((f) => f.code === code);
}

interface Case {
  code: ReviewCode;
  fires: Policy;
  nearMiss: Policy;
  tools?: Tool[];
  message: string;
  path: (string | number)[];
  /** The policy after the fix, when the finding has one. */
  fixed?: Policy;
}

const CASES: Case[] = [
  {
    code: 'risky-tool-open',
    fires: policy({ tools: { delete_file: {} } }),
    nearMiss: policy({ tools: { delete_file: { limits: [limit('d')] } } }),
    message:
      'delete_file is a Destructive tool, and an agent can call it by its own rule with no approval, no condition and no limit.',
    path: ['tools', 'delete_file'],
    fixed: policy({ tools: { delete_file: { action: 'approval' } } }),
  },
  {
    code: 'default-allow-risky-tools',
    fires: policy({ default: 'allow', all_tools: { limits: [limit('all')] } }),
    nearMiss: policy({ default: 'deny', all_tools: { limits: [limit('all')] } }),
    message:
      '"default": "allow" lets an agent call any tool without a rule, and this server has 1 destructive, financial or execute tool (delete_file).',
    path: ['default'],
    fixed: policy({ default: 'deny', all_tools: { limits: [limit('all')] } }),
  },
  {
    code: 'default-allow-no-global-limit',
    tools: [{ name: 'read_file' }],
    fires: policy({ default: 'allow' }),
    nearMiss: policy({ default: 'allow', all_tools: { limits: [limit('all', 100)] } }),
    message:
      '"default": "allow" with no all_tools limit: tools without a rule can be called as often as an agent likes.',
    path: ['default'],
    fixed: policy({ default: 'allow', all_tools: { limits: [limit('all_tools_rate', 60)] } }),
  },
  {
    code: 'pattern-allows-riskier-tool',
    tools: [{ name: 'get_a' }, { name: 'get_b' }, { name: 'get_and_delete_x' }],
    fires: policy({ tools: { 'get_*': {} } }),
    nearMiss: policy({ tools: { 'get_*': {}, get_and_delete_x: { action: 'approval' } } }),
    message:
      'The pattern "get_*" allows get_and_delete_x (Destructive), of higher risk than its other 2 matches (Low).',
    path: ['tools', 'get_*'],
    fixed: policy({ tools: { 'get_*': {}, get_and_delete_x: { action: 'approval' } } }),
  },
  {
    code: 'condition-unknown-argument',
    fires: policy({ tools: { read_file: { require: [{ path: 'args.pth', op: 'exists' }] } } }),
    nearMiss: policy({ tools: { read_file: { require: [{ path: 'args.path', op: 'exists' }] } } }),
    message:
      'args.pth: "pth" is not an argument in read_file\'s input schema (it has path), so this condition never sees a value.',
    path: ['tools', 'read_file', 'require', 0, 'path'],
    fixed: policy({ tools: { read_file: { require: [{ path: 'args.path', op: 'exists' }] } } }),
  },
  {
    code: 'condition-type-mismatch',
    fires: policy({
      tools: { read_file: { deny_if: [{ path: 'args.path', op: 'gt', value: 3 }] } },
    }),
    nearMiss: policy({
      tools: { write_file: { deny_if: [{ path: 'args.size', op: 'gt', value: 3 }] } },
    }),
    message:
      '"gt" cannot hold on args.path, which is string in read_file\'s input schema: it is false for every call.',
    path: ['tools', 'read_file', 'deny_if', 0, 'op'],
  },
  {
    code: 'require-optional-argument',
    fires: policy({
      tools: { write_file: { require: [{ path: 'args.size', op: 'lt', value: 100 }] } },
    }),
    nearMiss: policy({
      tools: { write_file: { deny_if: [{ path: 'args.size', op: 'gte', value: 100 }] } },
    }),
    message:
      "args.size is optional in write_file's input schema, so every call without it is denied by this require.",
    path: ['tools', 'write_file', 'require', 0, 'path'],
  },
  {
    code: 'limit-never-binds',
    tools: [{ name: 'read_file' }],
    fires: policy({
      all_tools: { limits: [limit('all', 60)] },
      tools: { read_file: { limits: [limit('r', 100)] } },
    }),
    nearMiss: policy({
      all_tools: { limits: [limit('all', 60)] },
      tools: { read_file: { limits: [limit('r', 10)] } },
    }),
    message:
      'r (max 100) never binds: the all_tools limit all counts every call in the same window and stops at 60.',
    path: ['tools', 'read_file', 'limits', 0, 'max'],
  },
  {
    code: 'counter-shared-across-risks',
    fires: policy({
      tools: {
        read_file: { limits: [limit('files')] },
        delete_file: { action: 'approval', limits: [limit('files')] },
      },
    }),
    nearMiss: policy({
      tools: {
        read_file: { limits: [limit('files')] },
        delete_file: { action: 'approval', limits: [limit('deletes')] },
      },
    }),
    message:
      'The counter files is shared by read_file and delete_file, tools of different risk: calls of one use up the budget of the other.',
    path: ['tools', 'delete_file', 'limits', 0, 'counter'],
    fixed: policy({
      tools: {
        read_file: { limits: [limit('files')] },
        delete_file: { action: 'approval', limits: [limit('files_delete_file')] },
      },
    }),
  },
  {
    code: 'rule-never-reached',
    tools: [{ name: 'read_a' }, { name: 'read_b' }],
    fires: policy({ hide: ['read_b'], tools: { 'read_*': {}, read_a: {} } }),
    nearMiss: policy({ tools: { 'read_*': {}, read_a: {} } }),
    message:
      'The pattern "read_*" decides for none of the 2 tools it matches: 1 has a more specific rule and 1 is hidden.',
    path: ['tools', 'read_*'],
    fixed: policy({ hide: ['read_b'], tools: { read_a: {} } }),
  },
  {
    code: 'secret-read-open',
    tools: [{ name: 'get_connection_string', annotations: { readOnlyHint: true } }],
    fires: policy({ tools: { get_connection_string: { limits: [limit('c')] } } }),
    nearMiss: policy({ tools: { get_connection_string: { action: 'approval' } } }),
    message:
      'get_connection_string reads, but its name or description mentions "connection string": it may return secrets, and an agent gets them by its own rule with no approval.',
    path: ['tools', 'get_connection_string'],
    fixed: policy({
      tools: { get_connection_string: { action: 'approval', limits: [limit('c')] } },
    }),
  },
  {
    code: 'writes-without-global-limit',
    tools: Array.from({ length: 10 }, (_, i) => ({ name: `set_${i}` })),
    fires: policy({
      tools: Object.fromEntries(
        Array.from({ length: 10 }, (_, i) => [`set_${i}`, { limits: [limit(`s${i}`)] }]),
      ),
    }),
    nearMiss: policy({
      tools: Object.fromEntries(
        Array.from({ length: 10 }, (_, i) => [`set_${i}`, { limits: [limit('shared', 30)] }]),
      ),
    }),
    message:
      'No all_tools limit, and the limits of 10 write, execute, destructive or financial tools add up to 300 calls a minute. One all_tools limit caps them all.',
    path: ['tools'],
    fixed: policy({
      all_tools: { limits: [limit('all_tools_rate', 60)] },
      tools: Object.fromEntries(
        Array.from({ length: 10 }, (_, i) => [`set_${i}`, { limits: [limit(`s${i}`)] }]),
      ),
    }),
  },
  {
    code: 'approval-on-read',
    fires: policy({ tools: { read_file: { action: 'approval' } } }),
    nearMiss: policy({ tools: { write_file: { action: 'approval' } } }),
    message: 'read_file only reads, yet waits for approval: friction without much safety.',
    path: ['tools', 'read_file', 'action'],
    fixed: policy({ tools: { read_file: {} } }),
  },
  {
    code: 'approval-on-most-tools',
    tools: ['a', 'b', 'c', 'd', 'e', 'f'].map((n) => ({ name: `set_${n}` })),
    fires: policy({ tools: { 'set_*': { action: 'approval' }, set_a: {}, set_b: {} } }),
    nearMiss: policy({
      tools: { 'set_*': { action: 'approval' }, set_a: {}, set_b: {}, set_c: {} },
    }),
    message:
      '4 of 6 tools wait for approval (set_c, set_d, set_e and 1 more): people rubber-stamp long queues. Keep approval for the tools that matter.',
    path: ['tools'],
  },
];

describe('reviewPolicy', () => {
  it('covers every code', () => {
    expect(CASES.map((c) => c.code).sort()).toEqual([...REVIEW_CODES].sort());
  });

  it.each(CASES)('$code: fires, located, with its message', (c) => {
    const found = only(c.fires, c.code, c.tools);
    expect(found.map((f) => [f.message, f.path])).toEqual([[c.message, c.path]]);
    expect(found[0]!.line).toBeGreaterThan(0);
  });

  it.each(CASES)('$code: a near miss does not fire', (c) => {
    expect(codes(c.nearMiss, c.tools ?? FILES)).not.toContain(c.code);
  });

  it.each(CASES.filter((c) => c.fixed !== undefined))(
    '$code: the fix removes the finding and changes nothing else',
    (c) => {
      const [finding] = only(c.fires, c.code, c.tools);
      expect(finding?.fix).toBeDefined();
      const after = finding!.fix!.apply(c.fires).policy;
      expect(after).toEqual(c.fixed);
      expect(only(after, c.code, c.tools).map((f) => f.path)).not.toContainEqual(c.path);
    },
  );

  it.each(CASES.filter((c) => c.fixed === undefined))('$code: offers no fix', (c) => {
    expect(only(c.fires, c.code, c.tools)[0]?.fix).toBeUndefined();
  });

  it('names how a risky tool is reached: pattern or default', () => {
    const tools: Tool[] = [{ name: 'run_job' }];
    expect(only(policy({ tools: { 'run_*': {} } }), 'risky-tool-open', tools)[0]?.message).toBe(
      'run_job is an Execute tool, and an agent can call it through the pattern "run_*" with no approval, no condition and no limit.',
    );
    const byDefault = only(policy({ default: 'allow' }), 'risky-tool-open', tools);
    expect(byDefault.map((f) => [f.path, f.message])).toEqual([
      [
        ['default'],
        'run_job is an Execute tool, and an agent can call it by the default ("default": "allow") with no approval, no condition and no limit.',
      ],
    ]);
    expect(byDefault[0]!.fix!.apply(policy({ default: 'allow' })).policy).toEqual(
      policy({ default: 'allow', tools: { run_job: { action: 'approval' } } }),
    );
  });

  it('places findings on the given text, at line and column', () => {
    const text = '{"version": "1", "default": "deny",\n  "tools": {"delete_file": {}}}';
    const [finding] = reviewPolicy(policy({ tools: { delete_file: {} } }), FILES, { text });
    expect(finding).toMatchObject({
      code: 'risky-tool-open',
      severity: 'warning',
      line: 2,
      column: 13,
      endLine: 2,
      endColumn: 26,
    });
  });

  it('finds secrets in descriptions too, and not in page tokens or cache keys', () => {
    const tools: Tool[] = [
      { name: 'configuration_view', description: 'Returns the kubeconfig of the cluster' },
      { name: 'find_dsns' },
      { name: 'get-env' },
      { name: 'list_items', description: 'Lists items; pass the next page token to continue' },
      { name: 'cache_get', description: 'Gets the value of a key' },
    ];
    const open = policy({ default: 'allow', all_tools: { limits: [limit('all')] } });
    expect(only(open, 'secret-read-open', tools).map((f) => f.message.split(' ')[0])).toEqual([
      'configuration_view',
      'find_dsns',
      'get-env',
    ]);
  });

  it('finds nothing to say about a careful policy', () => {
    const careful = policy({
      all_tools: { limits: [limit('all', 60)] },
      tools: {
        read_file: {},
        write_file: { limits: [limit('w')] },
        delete_file: { action: 'approval', limits: [limit('d', 10)] },
      },
    });
    expect(reviewPolicy(careful, FILES)).toEqual([]);
  });
});
