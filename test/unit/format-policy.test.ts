import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatPolicy } from '../../src/core/policy/formatPolicy';
import { parsePolicy } from '../../src/core/policy/parsePolicy';
import type { Condition, Limit, Policy, Rule, Scope } from '../../src/core/schema';

/** An object with these own entries, in this order; "__proto__" stays an ordinary key. */
function entries<T>(list: readonly (readonly [string, T])[]): Record<string, T> {
  const out: Record<string, T> = {};
  for (const [key, value] of list) {
    Object.defineProperty(out, key, {
      value,
      writable: true,
      enumerable: true,
      configurable: true,
    });
  }
  return out;
}

describe('formatPolicy', () => {
  it('writes 2-space JSON in the format key order, with a trailing newline', () => {
    const policy = {
      tools: entries<Rule>([
        [
          'pay',
          {
            limits: [{ scope: 'global', max: 3, window: 'day', counter: 'pay_rate' }],
            deny_if: [{ value: 100, op: 'gt', path: 'args.amount' }],
            require: [{ op: 'exists', path: 'args.to' }],
            reason: 'money',
            action: 'approval',
          },
        ],
        ['get_*', {}],
      ]),
      all_tools: { limits: [{ max: 1000, counter: 'all', window: 60 }] },
      hide: ['drop_*'],
      default: 'deny',
      version: '1',
    } satisfies Policy;
    expect(formatPolicy(policy)).toBe(`{
  "version": "1",
  "default": "deny",
  "hide": [
    "drop_*"
  ],
  "all_tools": {
    "limits": [
      {
        "counter": "all",
        "window": 60,
        "max": 1000
      }
    ]
  },
  "tools": {
    "pay": {
      "action": "approval",
      "reason": "money",
      "require": [
        {
          "path": "args.to",
          "op": "exists"
        }
      ],
      "deny_if": [
        {
          "path": "args.amount",
          "op": "gt",
          "value": 100
        }
      ],
      "limits": [
        {
          "counter": "pay_rate",
          "window": "day",
          "max": 3,
          "scope": "global"
        }
      ]
    },
    "get_*": {}
  }
}
`);
  });

  it('keeps a "__proto__" tool and leaves out keys the policy lacks', () => {
    const policy: Policy = {
      version: '1',
      default: 'allow',
      tools: entries<Rule>([['__proto__', { action: 'deny' }]]),
    };
    expect(formatPolicy(policy)).toBe(
      '{\n  "version": "1",\n  "default": "allow",\n  "tools": {\n    "__proto__": {\n      "action": "deny"\n    }\n  }\n}\n',
    );
  });
});

// ---- An arbitrary for valid policies -------------------------------------------------------

/** fc.record making objects with the ordinary prototype, as parsed JSON has. */
const record = ((
  model: Record<string, fc.Arbitrary<unknown>>,
  constraints?: { requiredKeys?: string[] },
) => fc.record(model, { ...constraints, noNullPrototype: true })) as typeof fc.record;

const UNIT_SECONDS = { second: 1, minute: 60, hour: 3600, day: 86400 } as const;

const toolName = fc.oneof(
  fc.constantFrom(
    '__proto__',
    'constructor',
    'toString',
    'hasOwnProperty',
    '10',
    '0',
    '*',
    'get_*',
    '*_item',
    'a*b*',
    'rate_limit',
    'with space',
    'ünïcödé',
    '😀',
    'a/b~c',
    '"quoted"\n',
  ),
  fc.string({ minLength: 1, maxLength: 20 }),
  fc.string({ unit: 'binary', minLength: 1, maxLength: 10 }),
);

/** Any JSON value, as it comes back from text (no -0, ordinary prototypes). */
const jsonValue = fc
  .jsonValue({ maxDepth: 2 })
  .map((v) => JSON.parse(JSON.stringify(v)) as unknown);
const number = fc
  .oneof(fc.integer(), fc.double({ noNaN: true, noDefaultInfinity: true }))
  .map((n) => (Object.is(n, -0) ? 0 : n));
const segment = fc.string({ minLength: 1, maxLength: 6 }).filter((s) => !s.includes('.'));
const conditionPath = fc
  .array(segment, { minLength: 1, maxLength: 3 })
  .map((s) => `args.${s.join('.')}`);

const condition: fc.Arbitrary<Condition> = fc.oneof(
  record({
    path: conditionPath,
    op: fc.constantFrom('eq', 'neq', 'contains'),
    value: jsonValue,
  }),
  record({
    path: conditionPath,
    op: fc.constantFrom('in', 'not_in'),
    value: fc.array(jsonValue),
  }),
  record({ path: conditionPath, op: fc.constantFrom('lt', 'lte', 'gt', 'gte'), value: number }),
  record({
    path: conditionPath,
    op: fc.constant('regex'),
    value: fc.constantFrom('^a', '[0-9]+$', '.*', 'a|b', '\\d{3}', '(?<year>\\d{4})', ''),
  }),
  record(
    { path: conditionPath, op: fc.constant('exists'), value: fc.boolean() },
    { requiredKeys: ['path', 'op'] },
  ),
) as fc.Arbitrary<Condition>;

interface CounterSpec {
  name: string;
  seconds: number;
  scope: Scope;
}

/** A use of one of the counters: same length and scope, in any of the ways to write them. */
function limitOf(spec: CounterSpec): fc.Arbitrary<Limit> {
  const units = Object.entries(UNIT_SECONDS).filter(([, s]) => s === spec.seconds);
  const window = fc.constantFrom<Limit['window']>(
    spec.seconds,
    ...units.map(([u]) => u as Limit['window']),
  );
  const max = fc.oneof(fc.integer({ min: 1, max: 1000 }), fc.constant(Number.MAX_SAFE_INTEGER));
  const base = { counter: fc.constant(spec.name), window, max };
  return spec.scope === 'grant'
    ? fc.oneof(record(base), record({ ...base, scope: fc.constant<Scope>('grant') }))
    : record({ ...base, scope: fc.constant(spec.scope) });
}

const counterSpecs = fc.uniqueArray(
  record({
    name: fc.stringMatching(/^[A-Za-z0-9_.:-]{1,20}$/),
    seconds: fc.constantFrom(1, 7, 60, 3600, 86400, 2_592_000),
    scope: fc.constantFrom<Scope>('grant', 'session', 'global'),
  }),
  { selector: (c) => c.name, minLength: 1, maxLength: 4 },
);

/** Valid policies: odd tool names, patterns, every condition op, consistent shared counters. */
const validPolicy: fc.Arbitrary<Policy> = counterSpecs.chain((specs) => {
  const limit = fc.constantFrom(...specs).chain(limitOf);
  const limits = fc.array(limit, { maxLength: 3 });
  const rule: fc.Arbitrary<Rule> = record(
    {
      action: fc.constantFrom('allow', 'deny', 'approval'),
      reason: fc.string({ maxLength: 30 }),
      require: fc.array(condition, { maxLength: 3 }),
      deny_if: fc.array(condition, { maxLength: 3 }),
      limits,
    },
    { requiredKeys: [] },
  );
  const tools = fc
    .uniqueArray(fc.tuple(toolName, rule), { selector: ([name]) => name, maxLength: 6 })
    .map((list) => entries(list));
  return record(
    {
      version: fc.constant('1' as const),
      default: fc.constantFrom('allow', 'deny'),
      hide: fc.oneof(fc.constant('*' as const), fc.array(toolName, { maxLength: 4 })),
      all_tools: record({ limits }, { requiredKeys: [] }),
      tools,
    },
    { requiredKeys: ['version', 'default', 'tools'] },
  );
});

/** The path of the first own property holding undefined (a key the text does not have). */
function undefinedAt(value: unknown, path = ''): string | null {
  if (typeof value !== 'object' || value === null) return null;
  for (const [key, item] of Object.entries(value)) {
    if (item === undefined) return `${path}/${key}`;
    const inner = undefinedAt(item, `${path}/${key}`);
    if (inner !== null) return inner;
  }
  return null;
}

describe('formatPolicy and parsePolicy', () => {
  it('give back the same policy, tools in the same order', () => {
    fc.assert(
      fc.property(validPolicy, (policy) => {
        const result = parsePolicy(formatPolicy(policy));
        expect(result.findings.filter((f) => f.severity === 'error')).toEqual([]);
        expect(result.ok).toBe(true);
        if (!result.ok) return;
        // toEqual, not toStrictEqual: that one compares `.constructor`, an ordinary tool here.
        expect(result.policy).toEqual(policy);
        expect(undefinedAt(result.policy)).toBeNull();
        expect(Object.keys(result.policy.tools)).toEqual(Object.keys(policy.tools));
      }),
      { numRuns: 1000 },
    );
  });

  it('formatting is stable: format(parse(format(p))) is format(p)', () => {
    fc.assert(
      fc.property(validPolicy, (policy) => {
        const text = formatPolicy(policy);
        const result = parsePolicy(text);
        expect(result.ok && formatPolicy(result.policy)).toBe(text);
      }),
      { numRuns: 1000 },
    );
  });
});
