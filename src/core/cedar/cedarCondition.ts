import type { Condition } from '../schema';
import { cedarString } from './cedarText';
import { cedarLiteral } from './cedarValue';

/** A condition as a Cedar expression over `context`, or why Cedar cannot say it. */
export type CedarCondition = { ok: true; text: string } | { ok: false; reason: string };

const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]*$/;

interface Attribute {
  has: string;
  read: string;
}

/** `context.arg_<name>` and its `has` test, quoted when the name is not an identifier. */
function argument(path: string): Attribute | { reason: string } {
  const segments = path.split('.').slice(1);
  if (segments.length !== 1) {
    return {
      reason: 'the gateway passes only top-level arguments (context.arg_<name>), not nested paths',
    };
  }
  const name = `arg_${segments[0]}`;
  if (IDENTIFIER.test(name)) return { has: `context has ${name}`, read: `context.${name}` };
  const quoted = cedarString(name);
  if (quoted === null) return { reason: 'the argument name has a lone surrogate' };
  return { has: `context has ${quoted}`, read: `context[${quoted}]` };
}

const COMPARISON = { lt: '<', lte: '<=', gt: '>', gte: '>=' } as const;

/**
 * Translates a condition with the contract's semantics, missing arguments included. A Cedar
 * evaluation error (a comparison on a non-number, `.contains` on a non-set) makes the policy
 * it sits in not apply; every place the export puts a condition is chosen so that this is the
 * contract's `false` (see exportCedar.ts).
 */
export function cedarCondition(condition: Condition): CedarCondition {
  const arg = argument(condition.path);
  if ('reason' in arg) return { ok: false, reason: arg.reason };
  const { has, read } = arg;
  switch (condition.op) {
    case 'eq':
    case 'neq': {
      const value = cedarLiteral(condition.value);
      if (!value.ok) return value;
      const equal = `(${has} && ${read} == ${value.text})`;
      return { ok: true, text: condition.op === 'eq' ? equal : `!${equal}` };
    }
    case 'in':
    case 'not_in': {
      const items: string[] = [];
      for (const item of condition.value) {
        const value = cedarLiteral(item);
        if (!value.ok) return value;
        items.push(value.text);
      }
      const member = `(${has} && [${items.join(', ')}].contains(${read}))`;
      return { ok: true, text: condition.op === 'in' ? member : `!${member}` };
    }
    case 'lt':
    case 'lte':
    case 'gt':
    case 'gte': {
      const value = cedarLiteral(condition.value);
      if (!value.ok) return value;
      return { ok: true, text: `(${has} && ${read} ${COMPARISON[condition.op]} ${value.text})` };
    }
    case 'exists':
      return { ok: true, text: condition.value === false ? `!(${has})` : `(${has})` };
    case 'regex':
      return { ok: false, reason: 'Cedar has no regular expressions' };
    case 'contains': {
      if (typeof condition.value === 'string') {
        return {
          ok: false,
          reason:
            'contains on text means a substring for a text argument and an element for a list; Cedar cannot test which without failing',
        };
      }
      const value = cedarLiteral(condition.value);
      if (!value.ok) return value;
      return { ok: true, text: `(${has} && ${read}.contains(${value.text}))` };
    }
  }
}
