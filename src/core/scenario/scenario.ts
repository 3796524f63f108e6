import { z } from 'zod';
import type { Call, DecisionKind } from '../simulate/call';
import { isPlainObject } from '../values';

export const DECISION_KINDS = [
  'allow',
  'deny',
  'approval',
  'rate_limited',
] as const satisfies readonly DecisionKind[];

/** 2026-01-01T00:00:00Z: a whole day, so a fresh scenario starts at the start of every window. */
export const DEFAULT_START = Date.UTC(2026, 0, 1);

/** More calls than a person builds or a browser tab replays comfortably. */
export const MAX_SCENARIO_CALLS = 100_000;

/** The range of a JavaScript Date; start + offset stays inside it (and far inside 2^53). */
export const MAX_TIME = 8.64e15;

// Not z.record: it would skip a `__proto__` key, and args are passed on exactly as written.
const argsSchema = z.custom<Record<string, unknown>>(isPlainObject, {
  message: 'args is a JSON object',
});

export const scenarioCallSchema = z.strictObject({
  tool: z.string().min(1, 'A call names a tool'),
  args: argsSchema.optional(),
  offset: z
    .number()
    .int('offset is a whole number of milliseconds')
    .min(-MAX_TIME)
    .max(MAX_TIME)
    .meta({ description: 'Milliseconds after the scenario start.' }),
  grant: z.string().optional(),
  session: z.string().optional(),
  expect: z
    .enum(DECISION_KINDS)
    .optional()
    .meta({ description: 'The decision the call should get.' }),
});

export const scenarioSchema = z
  .strictObject({
    version: z.literal(1),
    start: z
      .number()
      .int('start is a whole number of milliseconds since the epoch')
      .min(-MAX_TIME)
      .max(MAX_TIME),
    calls: z
      .array(scenarioCallSchema)
      .max(MAX_SCENARIO_CALLS, `A scenario has at most ${MAX_SCENARIO_CALLS} calls`),
  })
  .superRefine((scenario, ctx) => {
    scenario.calls.forEach((call, i) => {
      if (Math.abs(scenario.start + call.offset) > MAX_TIME) {
        ctx.addIssue({
          code: 'custom',
          path: ['calls', i, 'offset'],
          message: 'start + offset is outside the range of dates',
        });
      }
    });
  });

/** One call of a scenario: a tool call `offset` ms after the start, and maybe what it should get. */
export type ScenarioCall = z.infer<typeof scenarioCallSchema>;
/** A replayable list of calls (the file scenario.json). */
export type Scenario = z.infer<typeof scenarioSchema>;

export type ParseScenarioResult = { ok: true; scenario: Scenario } | { ok: false; message: string };

/** Reads a scenario.json text; the errors name where they are (`calls.3.offset: …`). */
export function parseScenario(text: string): ParseScenarioResult {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return { ok: false, message: `This is not JSON: ${(error as Error).message}` };
  }
  const result = scenarioSchema.safeParse(value);
  if (result.success) return { ok: true, scenario: result.data };
  const shown = result.error.issues.slice(0, 5).map((issue) => {
    const where = issue.path.length === 0 ? 'the file' : issue.path.join('.');
    return `${where}: ${issue.message}`;
  });
  const more = result.error.issues.length - shown.length;
  if (more > 0) shown.push(`and ${more} more`);
  return { ok: false, message: `This is not a scenario file. ${shown.join('; ')}` };
}

/** The scenario as the text of scenario.json. */
export function formatScenario(scenario: Scenario): string {
  return `${JSON.stringify(scenario, null, 2)}\n`;
}

/** The calls the simulator replays: each at `start + offset`. */
export function scenarioCalls(start: number, calls: readonly ScenarioCall[]): Call[] {
  return calls.map((c) => {
    const call: Call = { tool: c.tool, at: start + c.offset };
    if (c.args !== undefined) call.args = c.args;
    if (c.grant !== undefined) call.grant = c.grant;
    if (c.session !== undefined) call.session = c.session;
    return call;
  });
}
