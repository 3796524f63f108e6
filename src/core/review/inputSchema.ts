import { isPlainObject } from '../values';
/** What a condition path finds in a tool's input schema. */
export type SchemaLookup =
  | { kind: 'found'; schema: Record<string, unknown>; required: boolean }
  | { kind: 'unknown'; segment: string; depth: number; known: string[] }
  /** The schema says too little to tell (no properties, extra properties allowed, no schema). */
  | { kind: 'open' };

/**
 * Follows a condition path (`args.options.force`) through a tool's input schema. An argument
 * absent from `properties` is unknown unless `additionalProperties` explicitly allows others:
 * MCP servers list their arguments, so a missing one is far more often a typo than an extra.
 */
export function lookUpPath(inputSchema: unknown, path: string): SchemaLookup {
  const segments = path.split('.').slice(1);
  let node: unknown = inputSchema;
  let required = true;
  for (let depth = 0; depth < segments.length; depth++) {
    const segment = segments[depth]!;
    if (!isPlainObject(node)) return { kind: 'open' };
    if (/^(0|[1-9]\d*)$/.test(segment) && node.items !== undefined) {
      node = node.items;
      required = false; // an array may be shorter
      continue;
    }
    const properties = node.properties;
    if (!isPlainObject(properties)) return { kind: 'open' };
    if (Object.hasOwn(properties, segment)) {
      const listed = Array.isArray(node.required) && node.required.includes(segment);
      required &&= listed;
      node = properties[segment];
      continue;
    }
    const extra = node.additionalProperties;
    if (extra === true || isPlainObject(extra)) return { kind: 'open' };
    return { kind: 'unknown', segment, depth, known: Object.keys(properties) };
  }
  return isPlainObject(node) ? { kind: 'found', schema: node, required } : { kind: 'open' };
}

/** The JSON types a schema names in `type` (empty when it names none). */
export function schemaTypes(schema: Record<string, unknown>): string[] {
  const type = schema.type;
  if (typeof type === 'string') return [type];
  if (Array.isArray(type)) return type.filter((t): t is string => typeof t === 'string');
  return [];
}
