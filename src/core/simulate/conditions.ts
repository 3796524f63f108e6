import type { Condition } from '../schema';
import { jsonEqual } from './jsonEqual';

/** What `readPath` returns when the path leads nowhere. */
export const MISSING: unique symbol = Symbol('missing');

/** One step of a condition path: a property name, and the array index it spells (or -1). */
interface Segment {
  key: string;
  index: number;
}

// Only the canonical spelling indexes an array ("01" is not index 1), as in JavaScript itself.
const INDEX = /^(?:0|[1-9][0-9]*)$/;

function segmentsOf(path: string): Segment[] | null {
  const parts = path.split('.');
  if (parts[0] !== 'args' || parts.length < 2) return null;
  return parts.slice(1).map((key) => ({ key, index: INDEX.test(key) ? Number(key) : -1 }));
}

function walk(args: unknown, segments: readonly Segment[] | null): unknown {
  if (segments === null) return MISSING;
  let value = args;
  for (const { key, index } of segments) {
    if (value === undefined) return MISSING;
    if (Array.isArray(value)) {
      if (index === -1 || index >= value.length) return MISSING;
      value = value[index];
    } else if (typeof value === 'object' && value !== null) {
      if (!Object.hasOwn(value, key)) return MISSING;
      value = (value as Record<string, unknown>)[key];
    } else {
      return MISSING;
    }
  }
  // JSON has no undefined: a property holding it is as good as absent.
  return value === undefined ? MISSING : value;
}

/** The value at a condition path (`args.a.b.0`) in a call's args, or MISSING. */
export function readPath(args: unknown, path: string): unknown {
  return walk(args, segmentsOf(path));
}

/** `readPath` for one path, parsed once. */
export function pathReader(path: string): (args: unknown) => unknown {
  const segments = segmentsOf(path);
  return (args) => walk(args, segments);
}

const regexCache = new Map<string, RegExp | null>();

function regexFor(source: string): RegExp | null {
  let re = regexCache.get(source);
  if (re === undefined) {
    try {
      re = new RegExp(source);
    } catch {
      // The parser reports a regex that does not compile; here it simply never matches.
      re = null;
    }
    if (regexCache.size > 10_000) regexCache.clear();
    regexCache.set(source, re);
  }
  return re;
}

/** A condition turned into a test of a call's args (compile once, test many calls). */
export type ConditionTest = (args: unknown) => boolean;

/** Compiles a condition into a test with the contract's semantics (missing paths included). */
export function compileCondition(condition: Condition): ConditionTest {
  const read = pathReader(condition.path);
  switch (condition.op) {
    case 'eq': {
      const expected = condition.value;
      return (args) => {
        const v = read(args);
        return v !== MISSING && jsonEqual(v, expected);
      };
    }
    case 'neq': {
      const expected = condition.value;
      return (args) => {
        const v = read(args);
        return v === MISSING || !jsonEqual(v, expected);
      };
    }
    case 'in': {
      const options = condition.value;
      return (args) => {
        const v = read(args);
        return v !== MISSING && options.some((o) => jsonEqual(v, o));
      };
    }
    case 'not_in': {
      const options = condition.value;
      return (args) => {
        const v = read(args);
        return v === MISSING || !options.some((o) => jsonEqual(v, o));
      };
    }
    case 'lt': {
      const limit = condition.value;
      return (args) => {
        const v = read(args);
        return typeof v === 'number' && v < limit;
      };
    }
    case 'lte': {
      const limit = condition.value;
      return (args) => {
        const v = read(args);
        return typeof v === 'number' && v <= limit;
      };
    }
    case 'gt': {
      const limit = condition.value;
      return (args) => {
        const v = read(args);
        return typeof v === 'number' && v > limit;
      };
    }
    case 'gte': {
      const limit = condition.value;
      return (args) => {
        const v = read(args);
        return typeof v === 'number' && v >= limit;
      };
    }
    case 'regex': {
      const re = regexFor(condition.value);
      return (args) => {
        const v = read(args);
        return re !== null && typeof v === 'string' && re.test(v);
      };
    }
    case 'contains': {
      const needle = condition.value;
      return (args) => {
        const v = read(args);
        if (typeof v === 'string') return typeof needle === 'string' && v.includes(needle);
        return Array.isArray(v) && v.some((item) => jsonEqual(item, needle));
      };
    }
    case 'exists': {
      const wanted = condition.value ?? true;
      return (args) => (read(args) !== MISSING) === wanted;
    }
  }
}

/** Whether one condition holds for a call's args (compiles it each time; fine for a few). */
export function evaluateCondition(condition: Condition, args: unknown): boolean {
  return compileCondition(condition)(args);
}
