import { describe, expect, it } from 'vitest';
import { applyRecommended, countRuleChanges, type Policy, type Tool } from '../../src/core';

const WRITE = (counter: string) => ({
  limits: [{ counter, window: 'minute' as const, max: 30, scope: 'grant' as const }],
});

const TOOLS: Tool[] = [{ name: 'get_user' }, { name: 'cache_set' }, { name: 'drop_table' }];

describe('applyRecommended', () => {
  it('writes a rule per tool and sets default deny, keeping other rules, hide and all_tools', () => {
    const before: Policy = {
      version: '1',
      default: 'allow',
      hide: ['drop_table'],
      all_tools: { limits: [{ counter: 'all', window: 'hour', max: 1000 }] },
      tools: { 'get_*': { action: 'deny' }, get_user: { action: 'deny' } },
    };
    expect(applyRecommended(before, TOOLS).policy).toEqual({
      version: '1',
      default: 'deny',
      hide: ['drop_table'],
      all_tools: { limits: [{ counter: 'all', window: 'hour', max: 1000 }] },
      tools: { 'get_*': { action: 'deny' }, get_user: {}, cache_set: WRITE('cache_set_rate') },
    });
  });

  it('renames a recommended counter that a kept rule already uses', () => {
    const before: Policy = {
      version: '1',
      default: 'deny',
      tools: { other: { limits: [{ counter: 'cache_set_rate', window: 'hour', max: 1 }] } },
    };
    expect(applyRecommended(before, [{ name: 'cache_set' }]).policy.tools).toEqual({
      other: { limits: [{ counter: 'cache_set_rate', window: 'hour', max: 1 }] },
      cache_set: WRITE('cache_set_rate_2'),
    });
  });

  it('reuses the counter name of the rule it replaces', () => {
    const before: Policy = {
      version: '1',
      default: 'deny',
      tools: { cache_set: { limits: [{ counter: 'cache_set_rate', window: 'hour', max: 1 }] } },
    };
    expect(applyRecommended(before, [{ name: 'cache_set' }]).policy.tools).toEqual({
      cache_set: WRITE('cache_set_rate'),
    });
  });
});

describe('countRuleChanges', () => {
  it.each<[string, Policy['tools'], Policy['tools'], ReturnType<typeof countRuleChanges>]>([
    ['nothing', { a: {} }, { a: {} }, { added: 0, changed: 0, removed: 0 }],
    [
      'key order inside a rule is no change',
      { a: { action: 'deny', reason: 'r' } },
      { a: { reason: 'r', action: 'deny' } },
      { added: 0, changed: 0, removed: 0 },
    ],
    ['added', {}, { a: {}, b: {} }, { added: 2, changed: 0, removed: 0 }],
    [
      'changed',
      { a: {}, b: {} },
      { a: { action: 'deny' }, b: {} },
      { added: 0, changed: 1, removed: 0 },
    ],
    ['removed', { a: {}, toString: {} }, { a: {} }, { added: 0, changed: 0, removed: 1 }],
  ])('%s', (_, before, after, counts) => {
    const p = (tools: Policy['tools']): Policy => ({ version: '1', default: 'deny', tools });
    expect(countRuleChanges(p(before), p(after))).toEqual(counts);
  });
});
