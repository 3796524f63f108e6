import { z } from 'zod';

/**
 * The policy format, version 1 (../shared/POLICY_FORMAT.md). This file is the one executable
 * description of the shape: types, forms, the published JSON Schema and the importer derive
 * from it. Checks that span several places (shared counters, hidden rules) live in
 * policy/checks.ts because a schema cannot say them.
 */

export const WINDOW_UNITS = ['second', 'minute', 'hour', 'day'] as const;
export const SCOPES = ['grant', 'session', 'global'] as const;
export const ACTIONS = ['allow', 'deny', 'approval'] as const;
export const DEFAULTS = ['allow', 'deny'] as const;
export const OPERATORS = [
  'eq',
  'neq',
  'in',
  'not_in',
  'lt',
  'lte',
  'gt',
  'gte',
  'regex',
  'contains',
  'exists',
] as const;

export const MAX_WINDOW_SECONDS = 2_592_000;
export const MAX_NAME_LENGTH = 128;

export const toolNameSchema = z
  .string()
  .min(1, 'A tool name or pattern needs at least 1 character')
  .max(MAX_NAME_LENGTH, `A tool name or pattern has at most ${MAX_NAME_LENGTH} characters`)
  .meta({ description: 'A tool name, or a pattern where * stands for any run of characters.' });

export const counterNameSchema = z
  .string()
  .min(1, 'A counter name needs at least 1 character')
  .max(MAX_NAME_LENGTH, `A counter name has at most ${MAX_NAME_LENGTH} characters`)
  .regex(/^[A-Za-z0-9_.:-]+$/, 'A counter name may only use A-Z a-z 0-9 _ . : -')
  .meta({
    description:
      'Counter name. The same name in several places is one shared counter (a shared budget).',
  });

export const windowSchema = z
  .union(
    [
      z.enum(WINDOW_UNITS),
      z
        .number()
        .int('A window in seconds is a whole number')
        .min(1, 'A window is at least 1 second')
        .max(MAX_WINDOW_SECONDS, `A window is at most ${MAX_WINDOW_SECONDS} seconds (30 days)`),
    ],
    {
      error: `A window is "second", "minute", "hour", "day" or a whole number of seconds (1 to ${MAX_WINDOW_SECONDS})`,
    },
  )
  .meta({
    description:
      'Fixed window aligned to the Unix epoch: "second", "minute", "hour", "day", or whole seconds (1 to 2592000).',
  });

export const scopeSchema = z.enum(SCOPES).meta({
  description:
    'Who shares the count: "grant" (per credential, the default), "session" (per MCP session), "global".',
});

export const limitSchema = z
  .strictObject({
    counter: counterNameSchema,
    window: windowSchema,
    max: z
      .number()
      .int('max is a whole number')
      .min(1, 'max is at least 1')
      .max(Number.MAX_SAFE_INTEGER, 'max is at most 2^53-1')
      .meta({ description: 'Calls allowed per window.' }),
    scope: scopeSchema.optional(),
  })
  .meta({ description: 'A counter limit: at most `max` calls per window.' });

export const conditionPathSchema = z
  .string()
  .regex(
    /^args(\.[^.]+)+$/,
    'A condition path is "args" followed by one or more .segments, e.g. args.options.force',
  )
  .meta({ description: 'Where to look in the call: args.<property>[.<property or index>…]' });

const regexSource = z
  .string()
  .superRefine((source, ctx) => {
    const problem = regexProblem(source);
    if (problem !== null) {
      ctx.addIssue({
        code: 'custom',
        message: `This regular expression does not compile: ${problem}`,
      });
    }
  })
  .meta({ description: 'A JavaScript regular expression, without flags.' });

/** Why `source` is not a JavaScript RegExp (the engine's own words), or null when it is. */
function regexProblem(source: string): string | null {
  try {
    new RegExp(source);
    return null;
  } catch (error) {
    return error instanceof Error ? error.message : 'invalid pattern';
  }
}

const anyValue = z.unknown().meta({ description: 'Any JSON value.' });

export const conditionSchema = z
  .discriminatedUnion('op', [
    z.strictObject({
      path: conditionPathSchema,
      op: z.enum(['eq', 'neq', 'contains']),
      value: anyValue,
    }),
    z.strictObject({
      path: conditionPathSchema,
      op: z.enum(['in', 'not_in']),
      value: z.array(z.unknown()).meta({ description: 'The values to compare with.' }),
    }),
    z.strictObject({
      path: conditionPathSchema,
      op: z.enum(['lt', 'lte', 'gt', 'gte']),
      value: z.number().meta({ description: 'The number to compare with.' }),
    }),
    z.strictObject({ path: conditionPathSchema, op: z.literal('regex'), value: regexSource }),
    z.strictObject({
      path: conditionPathSchema,
      op: z.literal('exists'),
      value: z
        .boolean()
        .optional()
        .meta({ description: 'true (default): must exist; false: must be missing.' }),
    }),
  ])
  .meta({ description: 'A test on the call arguments.' });

export const ruleSchema = z
  .strictObject({
    action: z
      .enum(ACTIONS)
      .optional()
      .meta({ description: '"allow" (default), "deny", or "approval" (wait for a person).' }),
    reason: z.string().optional().meta({ description: 'Returned to the agent on deny.' }),
    require: z
      .array(conditionSchema)
      .optional()
      .meta({ description: 'All must hold, else the call is denied.' }),
    deny_if: z
      .array(conditionSchema)
      .optional()
      .meta({ description: 'Any that holds denies the call.' }),
    limits: z.array(limitSchema).optional().meta({ description: 'Counter limits for this tool.' }),
  })
  .meta({ description: 'What happens to calls of this tool. {} allows it.' });

export const hideSchema = z
  .union([z.literal('*'), z.array(toolNameSchema)], {
    error: 'hide is "*" (hide every tool) or a list of tool names and patterns',
  })
  .meta({ description: 'Tools hidden from agents (denied): a list of names/patterns, or "*".' });

export const allToolsSchema = z
  .strictObject({ limits: z.array(limitSchema).optional() })
  .meta({ description: 'Limits every call passes through, whatever its tool.' });

export const policySchema = z
  .strictObject({
    version: z.literal('1').meta({ description: 'Format version: the string "1".' }),
    default: z
      .enum(DEFAULTS)
      .meta({ description: 'What happens to a tool with no rule: "allow" or "deny".' }),
    hide: hideSchema.optional(),
    all_tools: allToolsSchema.optional(),
    tools: z.record(toolNameSchema, ruleSchema).meta({
      description:
        'Tool name or pattern -> rule. The exact name wins, then the most specific pattern.',
    }),
  })
  .meta({ title: 'MCP gateway policy', description: 'policy.json, version 1' });

export type Policy = z.infer<typeof policySchema>;
export type Rule = z.infer<typeof ruleSchema>;
export type Limit = z.infer<typeof limitSchema>;
export type Condition = z.infer<typeof conditionSchema>;
export type Window = z.infer<typeof windowSchema>;
export type WindowUnit = (typeof WINDOW_UNITS)[number];
export type Scope = (typeof SCOPES)[number];
export type Action = (typeof ACTIONS)[number];
export type DefaultDecision = (typeof DEFAULTS)[number];
export type Operator = (typeof OPERATORS)[number];
export type Hide = z.infer<typeof hideSchema>;
