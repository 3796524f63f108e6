import { z } from 'zod';
import { policySchema } from './schema';

/** The JSON Schema of the policy format (draft 2020-12), generated from `policySchema`. */
export function policyJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(policySchema, { target: 'draft-2020-12', io: 'input' }) as Record<
    string,
    unknown
  >;
}

/** The published file's text: 2-space JSON with a trailing newline. */
export function policyJsonSchemaText(): string {
  return JSON.stringify(policyJsonSchema(), null, 2) + '\n';
}
