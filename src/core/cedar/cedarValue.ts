import { cedarString } from './cedarText';

/** A Cedar literal for a JSON value, or why Cedar cannot say it with the same meaning. */
export type CedarLiteral = { ok: true; text: string } | { ok: false; reason: string };

// Cedar's Long is 64-bit, but JSON numbers past 2^53 are already rounded when read.
function isCedarLong(n: number): boolean {
  return Number.isSafeInteger(n);
}

/**
 * The Cedar literal of a condition's value. Arrays have no literal with the format's meaning
 * (Cedar sets ignore order and duplicates), nor do null and fractional numbers.
 */
export function cedarLiteral(value: unknown, depth = 0): CedarLiteral {
  if (depth > 32) return { ok: false, reason: 'the value is nested too deeply' };
  if (typeof value === 'string') {
    const text = cedarString(value);
    return text === null
      ? { ok: false, reason: 'the text has a lone surrogate, which Cedar strings cannot hold' }
      : { ok: true, text };
  }
  if (typeof value === 'boolean') return { ok: true, text: String(value) };
  if (typeof value === 'number') {
    return isCedarLong(value)
      ? { ok: true, text: String(value) }
      : {
          ok: false,
          reason: `${value} is not a whole number Cedar can hold (Cedar has only 64-bit integers)`,
        };
  }
  if (value === null) return { ok: false, reason: 'Cedar has no null' };
  if (Array.isArray(value)) {
    return {
      ok: false,
      reason: 'a list compares in order here, but Cedar sets ignore order and repeats',
    };
  }
  if (typeof value === 'object') {
    const parts: string[] = [];
    for (const [key, item] of Object.entries(value)) {
      const name = cedarString(key);
      if (name === null) return { ok: false, reason: 'a key has a lone surrogate' };
      const inner = cedarLiteral(item, depth + 1);
      if (!inner.ok) return inner;
      parts.push(`${name}: ${inner.text}`);
    }
    return { ok: true, text: `{${parts.join(', ')}}` };
  }
  return { ok: false, reason: 'not a JSON value' };
}
