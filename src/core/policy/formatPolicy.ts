import type { Condition, Limit, Policy, Rule } from '../schema';

type Json = Record<string, unknown>;

/** A copy holding `keys`, in that order, that the source has (with a value). */
function pick<T extends object>(source: T, keys: readonly (keyof T & string)[]): Json {
  const out: Json = {};
  for (const key of keys) if (source[key] !== undefined) out[key] = source[key];
  return out;
}

const limit = (l: Limit): Json => pick(l, ['counter', 'window', 'max', 'scope']);
const condition = (c: Condition): Json => pick(c, ['path', 'op', 'value']);

function rule(r: Rule): Json {
  const out = pick(r, ['action', 'reason']);
  if (r.require) out.require = r.require.map(condition);
  if (r.deny_if) out.deny_if = r.deny_if.map(condition);
  if (r.limits) out.limits = r.limits.map(limit);
  return out;
}

/** 2-space JSON with a trailing newline, keys in the format's order, no key the policy lacks. */
export function formatPolicy(policy: Policy): string {
  const tools: Json = {};
  for (const key of Object.keys(policy.tools)) {
    const value = rule(policy.tools[key] as Rule);
    // Assignment would set the prototype for "__proto__"; it must stay an ordinary tool name.
    if (key === '__proto__') {
      Object.defineProperty(tools, key, {
        value,
        writable: true,
        enumerable: true,
        configurable: true,
      });
    } else {
      tools[key] = value;
    }
  }
  const out = pick(policy, ['version', 'default', 'hide']);
  if (policy.all_tools)
    out.all_tools = pick({ limits: policy.all_tools.limits?.map(limit) }, ['limits']);
  out.tools = tools;
  return JSON.stringify(out, null, 2) + '\n';
}
