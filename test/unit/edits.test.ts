import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  decisionBlocker,
  decisionFinder,
  hiddenBy,
  hideMatcher,
  type Policy,
  type PolicyEdit,
  type ToolDecision,
} from '../../src/core';
import * as edits from '../../src/core';

// These tests are about the policies the edits mean; their operations are tested with the text
// they write (test/unit/write-changes.test.ts).
const policyOf =
  <A extends unknown[]>(edit: (p: Policy, ...args: A) => PolicyEdit) =>
  (p: Policy, ...args: A): Policy =>
    edit(p, ...args).policy;
const addPatternRule = policyOf(edits.addPatternRule);
const removeRule = policyOf(edits.removeRule);
const setAllToolsLimits = policyOf(edits.setAllToolsLimits);
const setDecision = policyOf(edits.setDecision);
const setDecisions = policyOf(edits.setDecisions);
const setDefault = policyOf(edits.setDefault);
const setHide = policyOf(edits.setHide);
const setRule = policyOf(edits.setRule);

const LIMIT = { counter: 'c', window: 'minute', max: 5 } as const;

function policy(extra: Partial<Policy> = {}): Policy {
  return { version: '1', default: 'deny', tools: {}, ...extra };
}

describe('setDecision', () => {
  it.each<[string, Partial<Policy>, string, ToolDecision, Partial<Policy>]>([
    [
      'default removes the rule',
      { tools: { a: { action: 'deny' } } },
      'a',
      'default',
      { tools: {} },
    ],
    ['default without a rule changes nothing', { tools: {} }, 'a', 'default', { tools: {} }],
    ['allow adds an empty rule', { tools: {} }, 'a', 'allow', { tools: { a: {} } }],
    [
      'allow keeps limits and conditions and drops action',
      {
        tools: {
          a: {
            action: 'deny',
            reason: 'r',
            require: [{ path: 'args.x', op: 'exists' }],
            limits: [LIMIT],
          },
        },
      },
      'a',
      'allow',
      {
        tools: { a: { reason: 'r', require: [{ path: 'args.x', op: 'exists' }], limits: [LIMIT] } },
      },
    ],
    [
      'approval adds a rule',
      { tools: {} },
      'a',
      'approval',
      { tools: { a: { action: 'approval' } } },
    ],
    [
      'deny keeps the limits of the rule',
      { tools: { a: { limits: [LIMIT] } } },
      'a',
      'deny',
      { tools: { a: { limits: [LIMIT], action: 'deny' } } },
    ],
    [
      'hide removes the exact rule and adds the name to hide',
      { tools: { a: { action: 'approval' }, b: {} } },
      'a',
      'hide',
      { tools: { b: {} }, hide: ['a'] },
    ],
    [
      'hide appends to an existing list',
      { hide: ['x'], tools: {} },
      'a',
      'hide',
      { hide: ['x', 'a'], tools: {} },
    ],
    [
      'hide under a covering pattern adds no entry',
      { hide: ['a*'], tools: { a: {} } },
      'a',
      'hide',
      { hide: ['a*'], tools: {} },
    ],
    [
      'hide under "*" only drops the rule',
      { hide: '*', tools: { a: {} } },
      'a',
      'hide',
      { hide: '*', tools: {} },
    ],
    [
      'allow takes the name out of hide, and drops an emptied hide',
      { hide: ['a'], tools: {} },
      'a',
      'allow',
      { tools: { a: {} } },
    ],
    [
      'default takes the name out of hide and keeps other entries',
      { hide: ['a', 'b*'], tools: {} },
      'a',
      'default',
      { hide: ['b*'], tools: {} },
    ],
    [
      '__proto__ is an ordinary tool name',
      { tools: {} },
      '__proto__',
      'deny',
      { tools: JSON.parse('{"__proto__": {"action": "deny"}}') as Policy['tools'] },
    ],
  ])('%s', (_, before, tool, decision, after) => {
    expect(setDecision(policy(before), tool, decision)).toEqual(policy(after));
  });

  it('writes __proto__ as an own key that JSON keeps', () => {
    const next = setDecision(policy(), '__proto__', 'approval');
    expect(Object.hasOwn(next.tools, '__proto__')).toBe(true);
    expect(Object.getPrototypeOf(next.tools)).toBe(Object.prototype);
    expect(JSON.stringify(next.tools)).toBe('{"__proto__":{"action":"approval"}}');
  });

  it('keeps the place of an existing rule', () => {
    const next = setDecision(policy({ tools: { a: {}, b: {}, c: {} } }), 'b', 'deny');
    expect(Object.keys(next.tools)).toEqual(['a', 'b', 'c']);
  });

  it('returns the same policy when nothing changes', () => {
    const before = policy({ tools: { a: { action: 'deny' } } });
    expect(setDecision(before, 'a', 'deny')).toBe(before);
    expect(setDecision(before, 'b', 'default')).toBe(before);
  });

  it('does not change its input', () => {
    const before = policy({ hide: ['a'], tools: { b: { action: 'deny' } } });
    const copy = structuredClone(before);
    setDecision(before, 'a', 'approval');
    setDecision(before, 'b', 'hide');
    expect(before).toEqual(copy);
  });
});

describe('setDecisions', () => {
  it('sets one decision for many tools in one policy', () => {
    expect(
      setDecisions(policy({ tools: { a: { limits: [LIMIT] } } }), ['a', 'b', 'b'], 'approval'),
    ).toEqual(
      policy({ tools: { a: { limits: [LIMIT], action: 'approval' }, b: { action: 'approval' } } }),
    );
    expect(setDecisions(policy({ tools: { a: {} } }), ['a', 'b'], 'hide')).toEqual(
      policy({ hide: ['a', 'b'], tools: {} }),
    );
  });
});

describe('decisionBlocker', () => {
  it.each<[string, Partial<Policy>, string, ToolDecision, boolean, string | null]>([
    ['nothing blocks a plain tool', {}, 'a', 'deny', true, null],
    ['hiding is never blocked by hide', { hide: '*' }, 'a', 'hide', true, null],
    [
      'hide "*" keeps every tool hidden',
      { hide: '*' },
      'a',
      'allow',
      true,
      '"a" stays hidden: "hide" is "*", which hides every tool. Change the hidden tools list first.',
    ],
    [
      'a hide pattern keeps the tool hidden',
      { hide: ['a', 'a*'] },
      'ab',
      'default',
      true,
      '"ab" stays hidden by the hide entry "a*". Change the hidden tools list first.',
    ],
    [
      'an exact hide entry is removed, so nothing blocks',
      { hide: ['a'] },
      'a',
      'allow',
      true,
      null,
    ],
    [
      'a tool name with * cannot get a rule',
      {},
      'a*b',
      'deny',
      true,
      '"a*b" contains "*", so a rule or hide entry with that name would be a pattern for other tools too; it follows the default decision.',
    ],
    ['a pattern rule key may change', {}, 'a*', 'deny', false, null],
  ])('%s', (_, extra, name, decision, isTool, message) => {
    expect(decisionBlocker(policy(extra), name, decision, isTool)).toBe(message);
  });
});

describe('decisionFinder', () => {
  const find = decisionFinder(
    policy({
      hide: ['secret', 'drop_*'],
      tools: {
        a: {},
        d: { action: 'deny' },
        p: { action: 'approval', limits: [LIMIT] },
        'get_*': { action: 'approval' },
        secret: {},
      },
    }),
  );
  it.each([
    ['a', { decision: 'allow', via: null, viaAction: null }],
    ['d', { decision: 'deny', via: null, viaAction: null }],
    ['p', { decision: 'approval', via: null, viaAction: null }],
    ['get_x', { decision: 'default', via: 'get_*', viaAction: 'approval' }],
    ['other', { decision: 'default', via: null, viaAction: null }],
    ['secret', { decision: 'hide', via: null, viaAction: null }],
    ['drop_table', { decision: 'hide', via: 'drop_*', viaAction: null }],
    ['toString', { decision: 'default', via: null, viaAction: null }],
  ])('%s', (name, shown) => {
    expect(find(name)).toEqual(shown);
  });

  it('shows hide "*" for every tool', () => {
    expect(decisionFinder(policy({ hide: '*', tools: { a: {} } }))('a')).toEqual({
      decision: 'hide',
      via: '*',
      viaAction: null,
    });
  });
});

describe('hideMatcher', () => {
  it('answers like hiddenBy for any list and name', () => {
    const name = fc.constantFrom('a', 'ab', 'b', 'ba', 'a*', '*', 'abc', '');
    fc.assert(
      fc.property(fc.array(name, { maxLength: 6 }), name, (hide, tool) => {
        const index = hiddenBy(hide, tool);
        const expected = index === null || index === 'all' ? null : hide[index];
        expect(hideMatcher(hide)(tool)).toBe(expected ?? null);
      }),
      { numRuns: 1000 },
    );
  });
});

describe('rule edits', () => {
  it.each<[string, (p: Policy) => Policy, Partial<Policy>, Partial<Policy>]>([
    ['setDefault', (p) => setDefault(p, 'allow'), {}, { default: 'allow' }],
    [
      'setRule replaces in place',
      (p) => setRule(p, 'a', { reason: 'x' }),
      { tools: { a: {}, b: {} } },
      { tools: { a: { reason: 'x' }, b: {} } },
    ],
    ['setRule adds', (p) => setRule(p, 'c', {}), { tools: { a: {} } }, { tools: { a: {}, c: {} } }],
    ['removeRule', (p) => removeRule(p, 'a'), { tools: { a: {}, b: {} } }, { tools: { b: {} } }],
    [
      'removeRule ignores inherited names',
      (p) => removeRule(p, 'toString'),
      { tools: { a: {} } },
      { tools: { a: {} } },
    ],
    [
      'addPatternRule',
      (p) => addPatternRule(p, 'get_*'),
      { tools: {} },
      { tools: { 'get_*': {} } },
    ],
    [
      'addPatternRule keeps an existing rule',
      (p) => addPatternRule(p, 'get_*'),
      { tools: { 'get_*': { action: 'deny' } } },
      { tools: { 'get_*': { action: 'deny' } } },
    ],
    [
      'setAllToolsLimits sets',
      (p) => setAllToolsLimits(p, [LIMIT]),
      {},
      { all_tools: { limits: [LIMIT] } },
    ],
    [
      'setAllToolsLimits with none removes all_tools',
      (p) => setAllToolsLimits(p, []),
      { all_tools: { limits: [LIMIT] } },
      {},
    ],
    ['setHide "*"', (p) => setHide(p, '*'), { hide: ['a'] }, { hide: '*' }],
    ['setHide list', (p) => setHide(p, ['a', 'b*']), {}, { hide: ['a', 'b*'] }],
    ['setHide empty list removes hide', (p) => setHide(p, []), { hide: ['a'] }, {}],
    ['setHide undefined removes hide', (p) => setHide(p, undefined), { hide: '*' }, {}],
  ])('%s', (_, edit, before, after) => {
    expect(edit(policy(before))).toEqual(policy(after));
  });

  it('setRule with the key __proto__ adds an own key', () => {
    const next = setRule(policy(), '__proto__', { action: 'deny' });
    expect(Object.keys(next.tools)).toEqual(['__proto__']);
    expect(Object.getPrototypeOf(next.tools)).toBe(Object.prototype);
  });
});
