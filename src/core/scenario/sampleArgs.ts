import { pick, randomInt, type Random } from './prng';
import { isPlainObject, ownValue } from '../values';

function firstType(schema: Record<string, unknown>): string | undefined {
  const type = ownValue(schema, 'type');
  if (typeof type === 'string') return type;
  if (Array.isArray(type)) {
    const named = type.filter((t): t is string => typeof t === 'string');
    return named.find((t) => t !== 'null') ?? named[0];
  }
  return undefined;
}

function bound(schema: Record<string, unknown>, key: string, fallback: number): number {
  const value = ownValue(schema, key);
  return typeof value === 'number' && Number.isFinite(value) ? value : fallback;
}

// Schemas from a server are trees of JSON, so they cannot loop; the depth cap is for very deep ones.
const MAX_DEPTH = 8;

function sampleValue(schema: unknown, random: Random, depth: number): unknown {
  if (!isPlainObject(schema) || depth > MAX_DEPTH) return 'sample';
  const options = ownValue(schema, 'enum');
  if (Array.isArray(options) && options.length > 0) return pick(random, options);
  if (Object.hasOwn(schema, 'const')) return schema.const;
  switch (firstType(schema)) {
    case 'integer': {
      const min = Math.ceil(bound(schema, 'minimum', 0));
      return randomInt(random, min, Math.max(min, Math.floor(bound(schema, 'maximum', min + 100))));
    }
    case 'number': {
      const min = bound(schema, 'minimum', 0);
      const max = Math.max(min, bound(schema, 'maximum', min + 100));
      return Math.round((min + random() * (max - min)) * 100) / 100;
    }
    case 'boolean':
      return random() < 0.5;
    case 'null':
      return null;
    case 'array':
      return [];
    case 'object':
      return sampleObject(schema, random, depth + 1);
    default:
      return `sample-${randomInt(random, 1, 999)}`;
  }
}

function sampleObject(schema: Record<string, unknown>, random: Random, depth: number) {
  const out: Record<string, unknown> = {};
  const properties = ownValue(schema, 'properties');
  const required = ownValue(schema, 'required');
  if (!Array.isArray(required)) return out;
  for (const name of required) {
    if (typeof name !== 'string') continue;
    const value = sampleValue(
      isPlainObject(properties) ? ownValue(properties, name) : undefined,
      random,
      depth,
    );
    Object.defineProperty(out, name, {
      value,
      enumerable: true,
      writable: true,
      configurable: true,
    });
  }
  return out;
}

/** Arguments that fit a tool's input schema: its required properties, with plausible values. */
export function sampleArgs(schema: unknown, random: Random): Record<string, unknown> {
  return isPlainObject(schema) ? sampleObject(schema, random, 0) : {};
}
