import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { patternMatcher, ruleFinder, findRule } from '../../src/core/patterns';
import type { Condition, Limit, Policy, Rule } from '../../src/core/schema';
import type { Call, Decision } from '../../src/core/simulate/call';
import { showDuration } from '../../src/core/simulate/reasons';
import { simulate, simulateDetailed } from '../../src/core/simulate/simulate';

// A deliberately naive model of the contract's "Decision of one call": no maps, no caches, no
// compilation; past counted calls in a flat list, scanned for every limit use.

// Reasons are compared on rate-limited calls, the ones whose text depends on the counts.
type Outcome = Pick<Decision, 'decision' | 'rule' | 'path' | 'retryAfterMs'> & { reason?: string };

function naiveGlob(pattern: string, name: string): boolean {
  if (pattern === '') return name === '';
  if (pattern[0] === '*') {
    for (let i = 0; i <= name.length; i++)
      if (naiveGlob(pattern.slice(1), name.slice(i))) return true;
    return false;
  }
  return name !== '' && name[0] === pattern[0] && naiveGlob(pattern.slice(1), name.slice(1));
}

function pointer(...segments: (string | number)[]): string {
  return segments.map((s) => '/' + String(s).split('~').join('~0').split('/').join('~1')).join('');
}

function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (typeof value === 'object' && value !== null) {
    const keys = Object.keys(value).sort();
    const record = value as Record<string, unknown>;
    return `{${keys.map((k) => `${JSON.stringify(k)}:${canonical(record[k])}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

const same = (a: unknown, b: unknown): boolean => canonical(a) === canonical(b);

function lookUp(args: unknown, path: string): { found: boolean; value: unknown } {
  let current = args;
  if (current === undefined) return { found: false, value: undefined };
  for (const segment of path.split('.').slice(1)) {
    if (Array.isArray(current)) {
      if (!/^(0|[1-9][0-9]*)$/.test(segment) || Number(segment) >= current.length) {
        return { found: false, value: undefined };
      }
      current = current[Number(segment)];
    } else if (typeof current === 'object' && current !== null) {
      if (!Object.prototype.hasOwnProperty.call(current, segment)) {
        return { found: false, value: undefined };
      }
      current = (current as Record<string, unknown>)[segment];
    } else {
      return { found: false, value: undefined };
    }
  }
  return { found: current !== undefined, value: current };
}

function naiveHolds(condition: Condition, args: unknown): boolean {
  const { found, value } = lookUp(args, condition.path);
  if (condition.op === 'exists') return found === (condition.value ?? true);
  if (!found) return condition.op === 'neq' || condition.op === 'not_in';
  switch (condition.op) {
    case 'eq':
      return same(value, condition.value);
    case 'neq':
      return !same(value, condition.value);
    case 'in':
      return condition.value.some((v) => same(value, v));
    case 'not_in':
      return !condition.value.some((v) => same(value, v));
    case 'lt':
      return typeof value === 'number' && value < condition.value;
    case 'lte':
      return typeof value === 'number' && value <= condition.value;
    case 'gt':
      return typeof value === 'number' && value > condition.value;
    case 'gte':
      return typeof value === 'number' && value >= condition.value;
    case 'regex':
      return typeof value === 'string' && new RegExp(condition.value).test(value);
    case 'contains':
      if (typeof value === 'string') {
        return typeof condition.value === 'string' && value.includes(condition.value);
      }
      return Array.isArray(value) && value.some((v) => same(v, condition.value));
  }
}

const UNIT_MS: Record<string, number> = {
  second: 1000,
  minute: 60_000,
  hour: 3_600_000,
  day: 86_400_000,
};
const windowMs = (limit: Limit): number =>
  typeof limit.window === 'number' ? limit.window * 1000 : (UNIT_MS[limit.window] as number);

interface Counted {
  counter: string;
  scope: string;
  windowMs: number;
  scopeKey: string;
  start: number;
}

function naiveSimulate(policy: Policy, calls: readonly Call[]): Outcome[] {
  const counted: Counted[] = [];
  const outcomes: Outcome[] = [];
  for (const call of calls) {
    outcomes.push(naiveDecide(policy, call, counted));
  }
  return outcomes;
}

function naiveDecide(policy: Policy, call: Call, counted: Counted[]): Outcome {
  const deny = (rule: string | null, path: string): Outcome => ({ decision: 'deny', rule, path });
  if (policy.hide === '*') return deny(null, '/hide');
  if (policy.hide !== undefined) {
    for (let i = 0; i < policy.hide.length; i++) {
      if (naiveGlob(policy.hide[i] as string, call.tool)) return deny(null, pointer('hide', i));
    }
  }
  const keys = Object.keys(policy.tools);
  let key: string | null = keys.includes(call.tool) ? call.tool : null;
  if (key === null) {
    let best = -1;
    for (const k of keys) {
      const score = [...k].filter((ch) => ch !== '*').length;
      if (k.includes('*') && naiveGlob(k, call.tool) && score > best) {
        key = k;
        best = score;
      }
    }
  }
  if (key === null && policy.default === 'deny') return deny(null, '/default');
  const rule: Rule = key === null ? {} : (policy.tools[key] as Rule);
  if (key !== null && rule.action === 'deny') return deny(key, pointer('tools', key, 'action'));
  const require = rule.require ?? [];
  for (let i = 0; i < require.length; i++) {
    if (!naiveHolds(require[i] as Condition, call.args)) {
      return deny(key, pointer('tools', key as string, 'require', i));
    }
  }
  const denyIf = rule.deny_if ?? [];
  for (let i = 0; i < denyIf.length; i++) {
    if (naiveHolds(denyIf[i] as Condition, call.args)) {
      return deny(key, pointer('tools', key as string, 'deny_if', i));
    }
  }
  const uses: { limit: Limit; path: string }[] = [];
  (policy.all_tools?.limits ?? []).forEach((limit, i) =>
    uses.push({ limit, path: pointer('all_tools', 'limits', i) }),
  );
  (rule.limits ?? []).forEach((limit, i) =>
    uses.push({ limit, path: pointer('tools', key as string, 'limits', i) }),
  );
  const entries: Counted[] = uses.map(({ limit }) => {
    const scope = limit.scope ?? 'grant';
    const ms = windowMs(limit);
    const scopeKey =
      scope === 'grant'
        ? (call.grant ?? 'default')
        : scope === 'session'
          ? (call.session ?? 'default')
          : '';
    return {
      counter: limit.counter,
      scope,
      windowMs: ms,
      scopeKey,
      start: Math.floor(call.at / ms) * ms,
    };
  });
  const sameCounter = (a: Counted, b: Counted): boolean =>
    a.counter === b.counter &&
    a.scope === b.scope &&
    a.windowMs === b.windowMs &&
    a.scopeKey === b.scopeKey &&
    a.start === b.start;
  let firstFull: { path: string; text: string } | null = null;
  let latestEnd = -Infinity;
  uses.forEach(({ limit, path }, i) => {
    const entry = entries[i] as Counted;
    const count = counted.filter((c) => sameCounter(c, entry)).length;
    if (count >= limit.max) {
      const per = typeof limit.window === 'number' ? `${limit.window} s` : limit.window;
      const who =
        entry.scope === 'global' ? 'global' : `${entry.scope} ${JSON.stringify(entry.scopeKey)}`;
      const text = `Rate-limited: counter "${limit.counter}" is full (${count}/${limit.max} per ${per}, ${who}); retry in `;
      firstFull ??= { path, text };
      latestEnd = Math.max(latestEnd, entry.start + entry.windowMs);
    }
  });
  if (firstFull !== null) {
    const { path, text } = firstFull;
    const retryAfterMs = latestEnd - call.at;
    const reason = text + showDuration(retryAfterMs);
    return { decision: 'rate_limited', reason, rule: key, path, retryAfterMs };
  }
  entries.forEach((entry, i) => {
    if (entries.findIndex((e) => sameCounter(e, entry)) === i) counted.push(entry);
  });
  if (key === null) return { decision: 'allow', rule: null, path: '/default' };
  if (rule.action === 'approval') {
    return { decision: 'approval', rule: key, path: pointer('tools', key, 'action') };
  }
  return { decision: 'allow', rule: key, path: pointer('tools', key) };
}

// Generators: small policies and call sequences that make rules, patterns and limits collide.

const T0 = 1_735_689_600_000;
const TOOLS = ['a', 'ab', 'b', 'abc', 'x_set', 'x/y', '__proto__', 'constructor', 'toString'];
const KEYS = [...TOOLS, 'a*', '*b', '*', 'a*c', '*_set', 'x*', '**', 'ab*', '*/*'];
const CALLED = [...TOOLS, 'zzz', 'hasOwnProperty', 'valueOf'];
const COUNTERS = ['c1', 'c2', '__proto__'];
// Each counter gets one window length, written any of the ways that mean it.
const WINDOW_SPELLINGS: Limit['window'][][] = [['second', 1], [2], [3], ['minute', 60]];

const scalar = fc.constantFrom<unknown>(0, 1, 2, -1, 1.5, 'a', 'ab', 'b', '', true, false, null);
const jsonValue = fc.oneof(
  { weight: 4, arbitrary: scalar },
  fc.array(scalar, { maxLength: 3 }),
  fc.record({ k: scalar, j: scalar }, { requiredKeys: [] }),
  fc.array(fc.record({ k: scalar, j: scalar }, { requiredKeys: [] }), { maxLength: 2 }),
);
const conditionPath = fc.constantFrom(
  'args.x',
  'args.y',
  'args.x.0',
  'args.x.1',
  'args.x.k',
  'args.x.01',
  'args.y.k.0',
  'args.constructor',
  'args.toString',
  'args.__proto__',
);
const condition: fc.Arbitrary<Condition> = fc.oneof(
  fc.record({
    path: conditionPath,
    op: fc.constantFrom('eq', 'neq', 'contains'),
    value: jsonValue,
  }),
  fc.record({
    path: conditionPath,
    op: fc.constantFrom('in', 'not_in'),
    value: fc.array(jsonValue, { maxLength: 3 }),
  }),
  fc.record({
    path: conditionPath,
    op: fc.constantFrom('lt', 'lte', 'gt', 'gte'),
    value: fc.constantFrom(-1, 0, 1, 1.5, 2),
  }),
  fc.record({
    path: conditionPath,
    op: fc.constant('regex'),
    value: fc.constantFrom('^a', 'b$', '.', '^$'),
  }),
  fc.record(
    { path: conditionPath, op: fc.constant('exists'), value: fc.boolean() },
    { requiredKeys: ['path', 'op'] },
  ),
) as fc.Arbitrary<Condition>;

const counterTable = fc.array(
  fc.record({
    windowIndex: fc.nat({ max: 3 }),
    scope: fc.constantFrom('grant', 'session', 'global'),
  }),
  { minLength: COUNTERS.length, maxLength: COUNTERS.length },
);

function limitArb(
  table: { windowIndex: number; scope: 'grant' | 'session' | 'global' }[],
): fc.Arbitrary<Limit> {
  return fc
    .record({
      which: fc.nat({ max: COUNTERS.length - 1 }),
      max: fc.integer({ min: 1, max: 3 }),
      spelling: fc.nat(),
      omitScope: fc.boolean(),
    })
    .map(({ which, max, spelling, omitScope }) => {
      const def = table[which] as (typeof table)[number];
      const spellings = WINDOW_SPELLINGS[def.windowIndex] as Limit['window'][];
      const limit: Limit = {
        counter: COUNTERS[which] as string,
        window: spellings[spelling % spellings.length] as Limit['window'],
        max,
      };
      if (!(omitScope && def.scope === 'grant')) limit.scope = def.scope;
      return limit;
    });
}

const policyArb: fc.Arbitrary<Policy> = counterTable.chain((table) => {
  const limits = fc.array(limitArb(table), { maxLength: 2 });
  const rule: fc.Arbitrary<Rule> = fc.record(
    {
      action: fc.constantFrom('allow', 'deny', 'approval'),
      reason: fc.constantFrom('why', 'line\nbreak'),
      require: fc.array(condition, { maxLength: 2 }),
      deny_if: fc.array(condition, { maxLength: 2 }),
      limits,
    },
    { requiredKeys: [] },
  );
  return fc.record(
    {
      version: fc.constant('1' as const),
      default: fc.constantFrom('allow', 'deny'),
      hide: fc.oneof(
        { weight: 1, arbitrary: fc.constant('*' as const) },
        { weight: 12, arbitrary: fc.subarray(KEYS, { maxLength: 2 }) },
      ),
      all_tools: fc.record({ limits }, { requiredKeys: [] }),
      tools: fc
        .uniqueArray(fc.tuple(fc.constantFrom(...KEYS), rule), {
          selector: ([k]) => k,
          maxLength: 6,
        })
        .map((entries) => Object.fromEntries(entries) as Policy['tools']),
    },
    { requiredKeys: ['version', 'default', 'tools'] },
  );
});

const argsArb = fc.record(
  {
    x: jsonValue,
    y: fc.oneof(jsonValue, fc.record({ k: fc.array(scalar, { maxLength: 2 }) })),
    constructor: scalar,
  },
  { requiredKeys: [] },
);
const callArb: fc.Arbitrary<Call> = fc.record(
  {
    tool: fc.constantFrom(...CALLED),
    args: argsArb,
    at: fc.integer({ min: T0 - 3000, max: T0 + 3000 }),
    grant: fc.constantFrom('g1', 'g2', 'default', '__proto__'),
    session: fc.constantFrom('s1', 's2', 'default', 'constructor'),
  },
  { requiredKeys: ['tool', 'at'] },
);
const callsArb = fc.array(callArb, { maxLength: 30, size: 'max' });

const outcome = (d: Decision): Outcome =>
  d.decision === 'rate_limited'
    ? {
        decision: d.decision,
        reason: d.reason,
        rule: d.rule,
        path: d.path,
        retryAfterMs: d.retryAfterMs,
      }
    : { decision: d.decision, rule: d.rule, path: d.path };

describe('simulate against a naive model', () => {
  it('decides every call as the naive model does', () => {
    fc.assert(
      fc.property(policyArb, callsArb, (policy, calls) => {
        expect(simulate(policy, calls).map(outcome)).toStrictEqual(naiveSimulate(policy, calls));
      }),
      { numRuns: 1000 },
    );
  });

  it('gives the same decisions from simulateDetailed, one counter list per call', () => {
    fc.assert(
      fc.property(policyArb, callsArb, (policy, calls) => {
        const detailed = simulateDetailed(policy, calls);
        expect(detailed.decisions).toStrictEqual(simulate(policy, calls));
        expect(detailed.counters).toHaveLength(calls.length);
      }),
      { numRuns: 1000 },
    );
  });

  it('gives every decision a one-line reason and retryAfterMs exactly when rate-limited', () => {
    fc.assert(
      fc.property(policyArb, callsArb, (policy, calls) => {
        for (const d of simulate(policy, calls)) {
          expect(d.reason).toMatch(/^(Allowed|Denied|Approval needed|Rate-limited)[^\n\r]*$/);
          expect(Object.hasOwn(d, 'retryAfterMs')).toBe(d.decision === 'rate_limited');
          if (d.retryAfterMs !== undefined) expect(d.retryAfterMs).toBeGreaterThan(0);
        }
      }),
      { numRuns: 1000 },
    );
  });
});

describe('pattern matching used by simulate', () => {
  const text = (chars: string[]) => fc.string({ unit: fc.constantFrom(...chars), maxLength: 8 });

  it('patternMatcher agrees with a naive glob', () => {
    fc.assert(
      fc.property(text(['a', 'b', '*']), text(['a', 'b']), (pattern, name) => {
        expect(patternMatcher(pattern)(name)).toBe(naiveGlob(pattern, name));
      }),
      { numRuns: 1000 },
    );
  });

  it('ruleFinder agrees with findRule', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(
          text(['a', 'b', '*']).filter((k) => k !== ''),
          { maxLength: 6 },
        ),
        text(['a', 'b']),
        (keys, tool) => {
          const tools = Object.fromEntries(keys.map((k) => [k, {}]));
          expect(ruleFinder(tools)(tool)?.key ?? null).toBe(findRule(tools, tool)?.key ?? null);
        },
      ),
      { numRuns: 1000 },
    );
  });
});
