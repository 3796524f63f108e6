import { findRule } from '../patterns';
import type { Condition, Policy } from '../schema';
import { mulberry32 } from '../scenario/prng';
import { sampleArgs } from '../scenario/sampleArgs';
import { evaluateCondition } from '../simulate/conditions';
import { regexLiteral } from './conditionWords';

type Found = { value: unknown } | null;

/** A value at the condition's path that makes it hold, when one is plain to see; else null. */
function holdingValue(condition: Condition): Found {
  switch (condition.op) {
    case 'eq':
      return { value: condition.value };
    case 'in':
      return condition.value.length > 0 ? { value: condition.value[0] } : null;
    case 'lt':
      return { value: condition.value - 1 };
    case 'lte':
    case 'gte':
      return { value: condition.value };
    case 'gt':
      return { value: condition.value + 1 };
    case 'regex': {
      const found = regexLiteral(condition.value);
      return found === null ? null : { value: found.text };
    }
    case 'contains':
      return typeof condition.value === 'string'
        ? { value: condition.value }
        : { value: [condition.value] };
    case 'exists':
      return condition.value === false ? null : { value: true };
    default:
      return null;
  }
}

// Plain object segments only: `args.items.0` would need an array, which is no longer "simple".
function segments(path: string): string[] | null {
  const parts = path.split('.').slice(1);
  return parts.every((p) => p !== '' && !/^\d+$/.test(p)) ? parts : null;
}

function put(args: Record<string, unknown>, parts: readonly string[], value: unknown): boolean {
  let at = args;
  for (const [i, part] of parts.entries()) {
    if (i === parts.length - 1) {
      if (Object.hasOwn(at, part)) return false;
      Object.defineProperty(at, part, {
        value,
        enumerable: true,
        writable: true,
        configurable: true,
      });
      return true;
    }
    const next = Object.hasOwn(at, part) ? at[part] : undefined;
    if (next === undefined) {
      const child: Record<string, unknown> = {};
      Object.defineProperty(at, part, {
        value: child,
        enumerable: true,
        writable: true,
        configurable: true,
      });
      at = child;
    } else if (typeof next === 'object' && next !== null && !Array.isArray(next)) {
      at = next as Record<string, unknown>;
    } else {
      return false;
    }
  }
  return true;
}

// The conditions' own arguments: every require met and the first deny_if holding; null when
// they are not simple (a regex that is more than a literal, array paths, conditions at odds).
function conditionArgs(policy: Policy, toolName: string): Record<string, unknown> | null {
  const rule = findRule(policy.tools, toolName)?.rule;
  if (rule === undefined || rule.action === 'deny') return {};
  const require = rule.require ?? [];
  const denyIf = (rule.deny_if ?? []).slice(0, 1);
  const args: Record<string, unknown> = {};
  for (const condition of [...require, ...denyIf]) {
    const parts = segments(condition.path);
    const found = holdingValue(condition);
    if (parts === null || found === null || !put(args, parts, found.value)) return null;
  }
  return holds(args, require, denyIf) ? args : null;
}

function holds(
  args: Record<string, unknown>,
  require: readonly Condition[],
  denyIf: readonly Condition[],
): boolean {
  return (
    require.every((c) => evaluateCondition(c, args)) &&
    denyIf.every((c) => evaluateCondition(c, args))
  );
}

/**
 * Arguments for a ready test call of the tool that show its rule's conditions at work: every
 * `require` met and the first `deny_if` holding, so the call is denied by it. Over the required
 * arguments of `inputSchema` when given (the same sample the generators make); just those, or
 * `{}`, when the conditions are not simple (a regex that is more than a literal, array paths…).
 */
export function exampleArgs(
  policy: Policy,
  toolName: string,
  inputSchema?: unknown,
): Record<string, unknown> {
  const sample = inputSchema === undefined ? {} : sampleArgs(inputSchema, mulberry32(1));
  const own = conditionArgs(policy, toolName);
  if (own === null) return sample;
  const merged = { ...sample };
  for (const [key, value] of Object.entries(own)) {
    Object.defineProperty(merged, key, {
      value,
      enumerable: true,
      writable: true,
      configurable: true,
    });
  }
  const rule = findRule(policy.tools, toolName)?.rule;
  const fits =
    rule === undefined || holds(merged, rule.require ?? [], (rule.deny_if ?? []).slice(0, 1));
  return fits ? merged : own;
}
