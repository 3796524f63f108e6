import { mulberry32, pick, randomInt } from './prng';
import { sampleArgs } from './sampleArgs';
import { MAX_SCENARIO_CALLS, type ScenarioCall } from './scenario';

interface OneTool {
  tool: string;
  /** Offset of the first call, in ms after the scenario start. */
  from: number;
  grant?: string;
  session?: string;
  args?: Record<string, unknown>;
}

export interface LoopOptions extends OneTool {
  count: number;
  everyMs: number;
}

export type BurstOptions = OneTool & { count: number };

export interface MixTool {
  name: string;
  inputSchema?: unknown;
}

export interface MixOptions {
  tools: readonly MixTool[];
  count: number;
  seed: number;
  /** The calls fall in [from, from + spanMs). */
  from: number;
  spanMs: number;
  /** How many grants (grant-1 … grant-N) the calls come from. */
  grants: number;
}

function clampCount(count: number): number {
  return Number.isFinite(count) ? Math.max(0, Math.min(Math.floor(count), MAX_SCENARIO_CALLS)) : 0;
}

function callOf(o: OneTool, offset: number): ScenarioCall {
  const call: ScenarioCall = { tool: o.tool, offset };
  if (o.args !== undefined) call.args = o.args;
  if (o.grant !== undefined) call.grant = o.grant;
  if (o.session !== undefined) call.session = o.session;
  return call;
}

/** The runaway agent: `count` calls of one tool from one grant, one every `everyMs` ms. */
export function loopCalls(o: LoopOptions): ScenarioCall[] {
  const step = Math.max(0, Math.round(o.everyMs));
  return Array.from({ length: clampCount(o.count) }, (_, i) => callOf(o, o.from + i * step));
}

/** `count` calls of one tool at the same moment. */
export function burstCalls(o: BurstOptions): ScenarioCall[] {
  return Array.from({ length: clampCount(o.count) }, () => callOf(o, o.from));
}

/**
 * Random calls over the given tools, in time order, with arguments that fit each tool's input
 * schema. The same options (seed included) give the same calls, in any browser and in Node.
 */
export function mixCalls(o: MixOptions): ScenarioCall[] {
  if (o.tools.length === 0) return [];
  const random = mulberry32(o.seed);
  const span = Math.max(1, Math.round(o.spanMs));
  const grants = Math.max(1, Math.floor(o.grants));
  const calls = Array.from({ length: clampCount(o.count) }, (): ScenarioCall => {
    const tool = pick(random, o.tools);
    return {
      tool: tool.name,
      args: sampleArgs(tool.inputSchema, random),
      offset: o.from + Math.floor(random() * span),
      grant: `grant-${randomInt(random, 1, grants)}`,
    };
  });
  // Stable sort: calls at the same ms keep the order they were drawn in.
  return calls.sort((a, b) => a.offset - b.offset);
}
