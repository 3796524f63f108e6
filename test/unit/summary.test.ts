import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  parseToolList,
  recommendPolicy,
  riskMatrix,
  setDecision,
  summarizePolicy,
  summaryMarkdown,
  type Policy,
  type Tool,
} from '../../src/core';

function bundled(file: string): Tool[] {
  const text = readFileSync(new URL(`../../public/examples/${file}`, import.meta.url), 'utf8');
  const result = parseToolList(text);
  if (!result.ok) throw new Error(file);
  return result.tools;
}

describe('summarizePolicy', () => {
  it('says what the recommended policy for memcached lets an agent do', () => {
    const tools = bundled('aws-memcached.json');
    const summary = summarizePolicy(recommendPolicy(tools), tools);
    expect(summary.lines.map((l) => l.text)).toEqual([
      '5 low-risk tools are allowed with no limit.',
      '11 medium-risk tools are allowed within limits, at most 30 a minute per grant.',
      'cache_delete, cache_delete_many and cache_flush_all (high-risk) wait for approval, at most 30 a minute per grant.',
    ]);
    expect(summary.otherwise).toBe('Everything else is denied by default.');
    expect(summary.lines[2]).toMatchObject({ treatment: 'approval', risk: 'High' });
  });

  it('groups by decision, then risk from highest, and words mixed limits and hidden tools', () => {
    const tools = bundled('kv-database.json');
    let policy: Policy = recommendPolicy(tools);
    policy = setDecision(policy, 'drop_collection', 'hide').policy;
    policy = setDecision(policy, 'deploy_code', 'deny').policy;
    policy = {
      ...policy,
      default: 'allow',
      tools: { ...policy.tools, kv_set: { require: [{ path: 'args.key', op: 'exists' }] } },
    };
    expect(summarizePolicy(policy, tools).lines.map((l) => l.text)).toEqual([
      '8 low-risk tools are allowed with no limit.',
      '9 medium-risk tools are allowed within limits or conditions.',
      'delete_one, delete_many and kv_delete (high-risk) wait for approval, at most 30 a minute per grant.',
      'deploy_code (high-risk) is denied.',
      'drop_collection (high-risk) is hidden.',
    ]);
    expect(summarizePolicy(policy, tools).otherwise).toBe('Everything else is allowed by default.');
  });

  it('copies as Markdown with the matrix, escaping names', () => {
    const tools: Tool[] = [{ name: 'get_*_x' }, { name: 'delete_it' }];
    const policy: Policy = { version: '1', default: 'deny', hide: '*', tools: {} };
    expect(summaryMarkdown(summarizePolicy(policy, tools))).toBe(
      [
        '### What this policy lets an agent do',
        '',
        '- delete\\_it (high-risk) is hidden.',
        '- get\\_\\*\\_x (low-risk) is hidden.',
        '- Every tool is hidden ("hide": "\\*").',
        '',
        '| Risk | Allowed | Limited | Approval | Denied | Hidden |',
        '| --- | ---: | ---: | ---: | ---: | ---: |',
        '| Low | 0 | 0 | 0 | 0 | 1 |',
        '| Medium | 0 | 0 | 0 | 0 | 0 |',
        '| High | 0 | 0 | 0 | 0 | 1 |',
        '| Critical | 0 | 0 | 0 | 0 | 0 |',
        '',
      ].join('\n'),
    );
  });
});

describe('riskMatrix', () => {
  it.each([
    [
      'aws-healthimaging.json',
      [
        ['Low', 10, 0, 0, 0, 0],
        ['Medium', 0, 4, 0, 0, 0],
        ['High', 0, 0, 4, 0, 0],
        ['Critical', 0, 0, 0, 0, 0],
      ],
    ],
    [
      'generated-5000.json',
      [
        ['Low', 914, 0, 0, 0, 0],
        ['Medium', 0, 2072, 0, 0, 0],
        ['High', 0, 0, 1378, 0, 0],
        ['Critical', 0, 0, 636, 0, 0],
      ],
    ],
  ])('counts the recommended policy for %s', (file, expected) => {
    const tools = bundled(file);
    const matrix = riskMatrix(recommendPolicy(tools), tools);
    expect(
      matrix.rows.map((r) => [
        r.risk,
        r.cells.allow.length,
        r.cells.limited.length,
        r.cells.approval.length,
        r.cells.deny.length,
        r.cells.hidden.length,
      ]),
    ).toEqual(expected);
    expect(matrix.total).toBe(tools.length);
  });

  it('names the tools of each cell, and the default where no rule applies', () => {
    const tools: Tool[] = [{ name: 'get_a' }, { name: 'delete_b' }, { name: 'pay_c' }];
    const matrix = riskMatrix(
      { version: '1', default: 'allow', tools: { get_a: { action: 'approval' } } },
      tools,
    );
    expect(matrix.rows.map((r) => [r.risk, r.cells.approval, r.cells.allow])).toEqual([
      ['Low', ['get_a'], []],
      ['Medium', [], []],
      ['High', [], ['delete_b']],
      ['Critical', [], ['pay_c']],
    ]);
  });
});
