// Writes public/policy.schema.json from the zod schema, the one description of the format.
import { writeFileSync } from 'node:fs';
import { policyJsonSchemaText } from '../src/core/jsonSchema';

writeFileSync(new URL('../public/policy.schema.json', import.meta.url), policyJsonSchemaText());
