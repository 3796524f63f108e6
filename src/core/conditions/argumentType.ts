import { lookUpPath, schemaTypes } from '../review/inputSchema';
import { isPlainObject } from '../values';

/** The JSON type of an argument as its input schema gives it ('unknown' when it does not). */
export type ArgumentType = 'string' | 'number' | 'boolean' | 'array' | 'object' | 'unknown';

/** The type at a condition path, and the type of its items when it is an array. */
export interface ArgumentTypes {
  argument: ArgumentType;
  item: ArgumentType;
}

export const UNKNOWN_TYPES: ArgumentTypes = { argument: 'unknown', item: 'unknown' };

const NAMED: ReadonlySet<string> = new Set(['string', 'number', 'boolean', 'array', 'object']);

function typeOfValue(value: unknown): ArgumentType {
  if (typeof value === 'string') return 'string';
  if (typeof value === 'number') return 'number';
  if (typeof value === 'boolean') return 'boolean';
  if (Array.isArray(value)) return 'array';
  return isPlainObject(value) ? 'object' : 'unknown';
}

// `null` beside another type (an optional argument) does not change what a person types.
function typeOfSchema(schema: Record<string, unknown>): ArgumentType {
  const named = new Set(
    schemaTypes(schema)
      .filter((t) => t !== 'null')
      .map((t) => (t === 'integer' ? 'number' : t)),
  );
  if (named.size === 0 && Array.isArray(schema.enum)) {
    for (const value of schema.enum as unknown[]) if (value !== null) named.add(typeOfValue(value));
  }
  if (named.size === 0 && Object.hasOwn(schema, 'const')) named.add(typeOfValue(schema.const));
  const [only] = named;
  return named.size === 1 && only !== undefined && NAMED.has(only)
    ? (only as ArgumentType)
    : 'unknown';
}

function typeAt(inputSchema: unknown, path: string): ArgumentType {
  const found = lookUpPath(inputSchema, path);
  return found.kind === 'found' ? typeOfSchema(found.schema) : 'unknown';
}

/**
 * The argument's type at a condition path in the tools' input schemas (several for a pattern
 * rule): a type only when every schema gives the same one.
 */
export function argumentTypes(inputSchemas: readonly unknown[], path: string): ArgumentTypes {
  if (inputSchemas.length === 0 || !/^args(\.[^.]+)+$/.test(path)) return UNKNOWN_TYPES;
  const one = (p: string): ArgumentType => {
    const types = new Set(inputSchemas.map((s) => typeAt(s, p)));
    const [only] = types;
    return types.size === 1 && only !== undefined ? only : 'unknown';
  };
  const argument = one(path);
  return { argument, item: argument === 'array' ? one(`${path}.0`) : 'unknown' };
}
