/**
 * A small check of call arguments against a tool's `inputSchema` (JSON Schema): required
 * properties, property types, `enum` and `additionalProperties: false`, in nested objects too.
 * Enough to catch a scenario that no longer fits its tool; it warns, it never blocks.
 */

import { jsonEqual } from '../simulate/jsonEqual';
import { isPlainObject, ownValue } from '../values';

type Schema = Record<string, unknown>;

function typeOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number';
  return typeof value;
}

function fitsType(value: unknown, type: string): boolean {
  const actual = typeOf(value);
  return actual === type || (type === 'number' && actual === 'integer');
}

function show(value: unknown): string {
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 40 ? `${text.slice(0, 39)}…` : text;
}

function checkValue(value: unknown, schema: Schema, where: string, out: string[]): void {
  const type = ownValue(schema, 'type');
  const types =
    typeof type === 'string'
      ? [type]
      : Array.isArray(type)
        ? type.filter((t): t is string => typeof t === 'string')
        : [];
  if (types.length > 0 && !types.some((t) => fitsType(value, t))) {
    out.push(`${where} should be ${types.join(' or ')}, not ${typeOf(value)}`);
    return;
  }
  const options = ownValue(schema, 'enum');
  if (Array.isArray(options) && !options.some((o) => jsonEqual(o, value))) {
    out.push(`${where} should be one of ${options.map(show).join(', ')}, not ${show(value)}`);
    return;
  }
  if (isPlainObject(value)) checkObject(value, schema, where, out);
}

function checkObject(value: Record<string, unknown>, schema: Schema, where: string, out: string[]) {
  const properties = ownValue(schema, 'properties');
  const props = isPlainObject(properties) ? properties : {};
  const prefix = where === '' ? '' : `${where}.`;
  const required = ownValue(schema, 'required');
  if (Array.isArray(required)) {
    for (const name of required) {
      if (typeof name === 'string' && !Object.hasOwn(value, name)) {
        out.push(`required property ${prefix}${name} is missing`);
      }
    }
  }
  const closed = ownValue(schema, 'additionalProperties') === false;
  for (const [key, item] of Object.entries(value)) {
    const propSchema = ownValue(props, key);
    if (isPlainObject(propSchema)) checkValue(item, propSchema, `${prefix}${key}`, out);
    else if (closed) out.push(`${prefix}${key} is not a property of this tool`);
  }
}

/** Warnings where `args` do not fit the tool's input schema (none when there is no schema). */
export function checkArgs(args: Record<string, unknown> | undefined, schema: unknown): string[] {
  if (!isPlainObject(schema)) return [];
  const out: string[] = [];
  checkObject(args ?? {}, schema, '', out);
  return out;
}
