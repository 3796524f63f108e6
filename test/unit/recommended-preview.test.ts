import { describe, expect, it } from 'vitest';
import {
  applyRecommended,
  recommendedPreview,
  toolsWithoutRule,
  type Policy,
  type Tool,
} from '../../src/core';

const WRITE = (counter: string) => ({
  limits: [{ counter, window: 'minute' as const, max: 30, scope: 'grant' as const }],
});

const TOOLS: Tool[] = [
  { name: 'get_user' },
  { name: 'list_users' },
  { name: 'cache_set' },
  { name: 'drop_table' },
  { name: 'crm_read' },
  { name: 'old_secret' },
];

const DRAFT: Policy = {
  version: '1',
  default: 'allow',
  hide: ['old_secret'],
  tools: { drop_table: { action: 'deny' }, 'crm_*': { action: 'deny' }, get_user: {} },
};

describe('applyRecommended with keepExisting', () => {
  it('leaves tools with an own or pattern rule alone and writes the others', () => {
    const after = applyRecommended(DRAFT, TOOLS, { keepExisting: true }).policy;
    expect(after).toEqual({
      version: '1',
      default: 'deny',
      hide: ['old_secret'],
      tools: {
        drop_table: { action: 'deny' },
        'crm_*': { action: 'deny' },
        get_user: {},
        list_users: {},
        cache_set: WRITE('cache_set_rate'),
      },
    });
  });

  it('is the plain recommendation when the draft has no rule', () => {
    const empty: Policy = { version: '1', default: 'deny', tools: {} };
    expect(applyRecommended(empty, TOOLS, { keepExisting: true })).toEqual(
      applyRecommended(empty, TOOLS),
    );
  });

  it('names the tools without a rule', () => {
    expect(toolsWithoutRule(DRAFT, TOOLS).map((t) => t.name)).toEqual([
      'list_users',
      'cache_set',
      'old_secret',
    ]);
  });
});

describe('recommendedPreview', () => {
  it('counts where every tool ends up and which tools move from what to what', () => {
    const after = applyRecommended(DRAFT, TOOLS).policy;
    expect(recommendedPreview(DRAFT, after, TOOLS)).toEqual({
      changed: 2,
      defaultChange: { from: 'allow', to: 'deny' },
      buckets: [
        {
          decision: 'allow',
          total: 4,
          unchanged: 3,
          moves: [{ from: 'deny', to: 'allow', names: ['crm_read'] }],
        },
        {
          decision: 'approval',
          total: 1,
          unchanged: 0,
          moves: [{ from: 'deny', to: 'approval', names: ['drop_table'] }],
        },
        { decision: 'deny', total: 0, unchanged: 0, moves: [] },
        { decision: 'hide', total: 1, unchanged: 1, moves: [] },
      ],
    });
  });

  it('shows a deliberate deny kept and the default change when keeping rules', () => {
    const after = applyRecommended(DRAFT, TOOLS, { keepExisting: true }).policy;
    const preview = recommendedPreview(DRAFT, after, TOOLS);
    expect(preview.changed).toBe(0);
    expect(preview.defaultChange).toEqual({ from: 'allow', to: 'deny' });
    expect(preview.buckets.map((b) => [b.decision, b.total, b.unchanged])).toEqual([
      ['allow', 3, 3],
      ['approval', 0, 0],
      ['deny', 2, 2],
      ['hide', 1, 1],
    ]);
  });

  it('resolves "Default" through the default decision, so a new default moves tools', () => {
    const before: Policy = { version: '1', default: 'allow', tools: {} };
    const after: Policy = { version: '1', default: 'deny', tools: { get_user: {} } };
    const tools = [{ name: 'get_user' }, { name: 'run' }, { name: 'run' }];
    expect(recommendedPreview(before, after, tools).buckets[2]).toEqual({
      decision: 'deny',
      total: 1,
      unchanged: 0,
      moves: [{ from: 'allow', to: 'deny', names: ['run'] }],
    });
  });
});
