import fc from 'fast-check';
import type { Call, Condition, Limit, Policy, Rule } from '../../src/core';

/** Names share a few characters, so patterns, keys and calls meet often; some need escaping. */
const NAME_CHARS = ['a', 'b', '_', '\\', '"', 'é', '\n', '😀'];
const ARG_NAMES = ['a', 'b', 'x-y', 'c'];

const nameChar = fc.constantFrom(...NAME_CHARS);
export const toolName = fc.array(nameChar, { minLength: 1, maxLength: 4 }).map((c) => c.join(''));
export const pattern = fc
  .array(fc.oneof({ weight: 3, arbitrary: nameChar }, { weight: 1, arbitrary: fc.constant('*') }), {
    minLength: 1,
    maxLength: 4,
  })
  .map((c) => c.join(''))
  .filter((p) => p.includes('*'));
const key = fc.oneof(toolName, pattern);

const smallInt = fc.integer({ min: -3, max: 12 });
const text = fc
  .array(fc.constantFrom('a', 'b', '"', '\\', 'é'), { maxLength: 3 })
  .map((c) => c.join(''));
const scalar = fc.oneof(smallInt, text, fc.boolean());
const record = fc.dictionary(fc.constantFrom('k', 'l', 'a b'), scalar, { maxKeys: 2 });

/** Values a gateway can hand Cedar: no null, no fractional numbers (Cedar has neither). */
export const callValue = fc.oneof(
  { weight: 6, arbitrary: scalar },
  { weight: 1, arbitrary: fc.array(scalar, { maxLength: 3 }) },
  { weight: 1, arbitrary: record },
);

const argPath = fc.constantFrom(...ARG_NAMES).map((n) => `args.${n}`);
const literal = fc.oneof({ weight: 4, arbitrary: scalar }, { weight: 1, arbitrary: record });

/** Conditions the export says exactly in Cedar. */
export const exportableCondition: fc.Arbitrary<Condition> = fc.oneof(
  fc.record({
    path: argPath,
    op: fc.constantFrom('eq', 'neq'),
    value: literal,
  }) as fc.Arbitrary<Condition>,
  fc.record({
    path: argPath,
    op: fc.constantFrom('in', 'not_in'),
    value: fc.array(literal, { maxLength: 3 }),
  }) as fc.Arbitrary<Condition>,
  fc.record({
    path: argPath,
    op: fc.constantFrom('lt', 'lte', 'gt', 'gte'),
    value: smallInt,
  }) as fc.Arbitrary<Condition>,
  fc
    .record({
      path: argPath,
      op: fc.constant('exists'),
      value: fc.option(fc.boolean(), { nil: undefined }),
    })
    .map((c) =>
      c.value === undefined ? { path: c.path, op: 'exists' } : c,
    ) as fc.Arbitrary<Condition>,
  fc.record({
    path: argPath,
    op: fc.constant('contains'),
    value: fc.oneof(smallInt, fc.boolean(), record),
  }) as fc.Arbitrary<Condition>,
);

/** Conditions Cedar cannot say exactly: nested paths, regex, text contains, lists, fractions, null. */
export const inexpressibleCondition: fc.Arbitrary<Condition> = fc.oneof(
  fc.record({
    path: argPath.map((p) => `${p}.k`),
    op: fc.constant('eq'),
    value: scalar,
  }) as fc.Arbitrary<Condition>,
  fc.record({
    path: argPath,
    op: fc.constant('regex'),
    value: fc.constantFrom('^a', 'b$', 'é'),
  }) as fc.Arbitrary<Condition>,
  fc.record({ path: argPath, op: fc.constant('contains'), value: text }) as fc.Arbitrary<Condition>,
  fc.record({
    path: argPath,
    op: fc.constantFrom('eq', 'neq'),
    value: fc.array(scalar, { maxLength: 2 }),
  }) as fc.Arbitrary<Condition>,
  fc.record({
    path: argPath,
    op: fc.constantFrom('lt', 'gte'),
    value: fc.constantFrom(0.5, 2.5, -1.5),
  }) as fc.Arbitrary<Condition>,
  fc.record({
    path: argPath,
    op: fc.constantFrom('eq', 'neq'),
    value: fc.constant(null),
  }) as fc.Arbitrary<Condition>,
);

const limit: fc.Arbitrary<Limit> = fc.record({
  counter: fc.constantFrom('c1', 'c2'),
  window: fc.constant('minute' as const),
  max: fc.integer({ min: 1, max: 2 }),
});

function rule(condition: fc.Arbitrary<Condition>, full: boolean): fc.Arbitrary<Rule> {
  const actions = full ? (['allow', 'deny', 'approval'] as const) : (['allow', 'deny'] as const);
  return fc.record(
    {
      action: fc.constantFrom(...actions),
      reason: fc.constantFrom('why "not"', 'a\nb'),
      require: fc.array(condition, { maxLength: 2 }),
      deny_if: fc.array(condition, { maxLength: 2 }),
      limits: full ? fc.array(limit, { maxLength: 1 }) : fc.constant([]),
    },
    { requiredKeys: [] },
  );
}

function policyOf(condition: fc.Arbitrary<Condition>, full: boolean): fc.Arbitrary<Policy> {
  return fc.record(
    {
      version: fc.constant('1' as const),
      default: fc.constantFrom('allow' as const, 'deny' as const),
      hide: fc.oneof(
        { weight: 1, arbitrary: fc.constant('*' as const) },
        { weight: 8, arbitrary: fc.array(key, { maxLength: 2 }) },
      ),
      all_tools: full ? fc.record({ limits: fc.array(limit, { maxLength: 1 }) }) : fc.constant({}),
      tools: fc.dictionary(key, rule(condition, full), { maxKeys: 5 }),
    },
    { requiredKeys: ['version', 'default', 'tools'] },
  );
}

/** Policies without limits or approval, whose conditions Cedar can say. */
export const exportablePolicy = policyOf(exportableCondition, false);
/** Any policy: approval, limits and conditions Cedar cannot say included. */
export const anyPolicy = policyOf(fc.oneof(exportableCondition, inexpressibleCondition), true);

/** A name a key or hide entry of the policy stands for (its `*`s filled in), or any name. */
function nameFor(policy: Policy): fc.Arbitrary<string> {
  const keys = [...Object.keys(policy.tools), ...(Array.isArray(policy.hide) ? policy.hide : [])];
  if (keys.length === 0) return toolName;
  const filled = fc
    .tuple(
      fc.constantFrom(...keys),
      fc.array(fc.array(nameChar, { maxLength: 2 }), { minLength: 4, maxLength: 4 }),
    )
    .map(([k, fills]) => {
      let i = 0;
      return k.replace(/\*/g, () => (fills[i++ % fills.length] ?? []).join(''));
    });
  return fc.oneof({ weight: 3, arbitrary: filled }, { weight: 1, arbitrary: toolName });
}

const args = fc.dictionary(fc.constantFrom(...ARG_NAMES), callValue, { maxKeys: 3 });

/** A policy with calls that reach its rules. */
export function policyWithCalls(
  policies: fc.Arbitrary<Policy>,
): fc.Arbitrary<{ policy: Policy; calls: Call[] }> {
  return policies.chain((policy) =>
    fc
      .array(fc.record({ tool: nameFor(policy), args, at: fc.integer({ min: 0, max: 180_000 }) }), {
        minLength: 1,
        maxLength: 4,
      })
      .map((calls) => ({ policy, calls })),
  );
}
