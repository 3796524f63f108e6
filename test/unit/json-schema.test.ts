import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { policyJsonSchema, policyJsonSchemaText } from '../../src/core';

describe('public/policy.schema.json', () => {
  it('is exactly what z.toJSONSchema makes of policySchema (run `npm run schema`)', () => {
    const committed = readFileSync(
      new URL('../../public/policy.schema.json', import.meta.url),
      'utf8',
    );
    expect(committed).toBe(policyJsonSchemaText());
  });

  it('describes the top-level keys, closed to others', () => {
    const schema = policyJsonSchema();
    expect(schema.required).toEqual(['version', 'default', 'tools']);
    expect(schema.additionalProperties).toBe(false);
    expect(Object.keys(schema.properties as object)).toEqual([
      'version',
      'default',
      'hide',
      'all_tools',
      'tools',
    ]);
  });
});
