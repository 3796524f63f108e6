import { isPlainObject, policyJsonSchema } from '../core';

type SchemaObject = Record<string, unknown>;

/**
 * The policy's JSON Schema for the editor: the loaded tools' names become properties of `tools`
 * (so completion offers them as keys), each pointing at the one rule schema in `$defs`.
 */
export function policyEditorSchema(toolNames: readonly string[]): SchemaObject {
  const schema = policyJsonSchema();
  const properties = schema.properties;
  if (toolNames.length === 0 || !isPlainObject(properties)) return schema;
  const tools = properties.tools;
  if (!isPlainObject(tools) || !isPlainObject(tools.additionalProperties)) return schema;
  const rule = { $ref: '#/$defs/rule' };
  const named: SchemaObject = {};
  // defineProperty keeps a tool called "__proto__" an ordinary property name.
  for (const name of toolNames) {
    Object.defineProperty(named, name, { value: rule, enumerable: true, writable: true });
  }
  const defs = isPlainObject(schema.$defs) ? schema.$defs : {};
  return {
    ...schema,
    $defs: { ...defs, rule: tools.additionalProperties },
    properties: {
      ...properties,
      tools: { ...tools, properties: named, additionalProperties: rule },
    },
  };
}
