import type { Policy, Tool } from '../core';

const MAX_PATHS = 200;

function ownObject(value: unknown, key: string): Record<string, unknown> | null {
  if (typeof value !== 'object' || value === null || !Object.hasOwn(value, key)) return null;
  const inner: unknown = (value as Record<string, unknown>)[key];
  return typeof inner === 'object' && inner !== null && !Array.isArray(inner)
    ? (inner as Record<string, unknown>)
    : null;
}

// A property name with "." or nothing in it cannot be one segment of a condition path.
function usable(segment: string): boolean {
  return segment !== '' && !segment.includes('.');
}

/** Condition paths for the tools' input schemas: `args.<property>`, one level deeper for objects. */
export function argPaths(tools: readonly Tool[]): string[] {
  const paths = new Set<string>();
  for (const tool of tools) {
    const properties = ownObject(tool.inputSchema, 'properties');
    if (!properties) continue;
    for (const key of Object.keys(properties)) {
      if (!usable(key)) continue;
      paths.add(`args.${key}`);
      const nested = ownObject(ownObject(properties, key), 'properties');
      for (const inner of nested ? Object.keys(nested) : []) {
        if (usable(inner)) paths.add(`args.${key}.${inner}`);
      }
      if (paths.size >= MAX_PATHS) return [...paths];
    }
  }
  return [...paths];
}

/** Every counter name the policy uses, sorted, so limits can share a budget on purpose. */
export function counterNames(policy: Policy): string[] {
  const names = new Set<string>();
  for (const limit of policy.all_tools?.limits ?? []) names.add(limit.counter);
  for (const rule of Object.values(policy.tools)) {
    for (const limit of rule.limits ?? []) names.add(limit.counter);
  }
  return [...names].sort();
}

export interface ArgumentSummary {
  name: string;
  type: string;
  required: boolean;
}

function typeOf(schema: unknown): string {
  if (typeof schema !== 'object' || schema === null) return 'any';
  const own = (key: string): unknown =>
    Object.hasOwn(schema, key) ? (schema as Record<string, unknown>)[key] : undefined;
  const type = own('type');
  const enumValues = own('enum');
  if (Array.isArray(enumValues)) return `one of ${enumValues.length} values`;
  if (typeof type === 'string') {
    const items = own('items');
    return type === 'array' && items !== undefined ? `array of ${typeOf(items)}` : type;
  }
  if (Array.isArray(type)) return type.filter((t) => typeof t === 'string').join(' | ') || 'any';
  return 'any';
}

/** The top-level arguments of an input schema, in short: name, type, required. */
export function summarizeArguments(inputSchema: unknown): ArgumentSummary[] {
  const properties = ownObject(inputSchema, 'properties');
  if (!properties) return [];
  const requiredList: unknown =
    typeof inputSchema === 'object' &&
    inputSchema !== null &&
    Object.hasOwn(inputSchema, 'required')
      ? (inputSchema as Record<string, unknown>).required
      : [];
  const required = new Set(Array.isArray(requiredList) ? requiredList : []);
  return Object.keys(properties).map((name) => ({
    name,
    type: typeOf(properties[name]),
    required: required.has(name),
  }));
}
