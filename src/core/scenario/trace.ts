import { parseJson } from '../json';
import { lineIndex, positionAt } from '../json/positions';
import { DECISION_KINDS, MAX_SCENARIO_CALLS, MAX_TIME, type ScenarioCall } from './scenario';
import { parseIsoTime } from './isoTime';
import { isPlainObject, ownValue } from '../values';

/** A line of a trace that was skipped, and why. */
export interface TraceProblem {
  line: number;
  message: string;
}

/**
 * The calls read from a trace, the scenario start they count from, and the skipped lines;
 * `cut` is there when the trace had more calls than a scenario holds and the rest were dropped.
 */
export interface ParsedTrace {
  calls: ScenarioCall[];
  start: number;
  problems: TraceProblem[];
  cut?: { kept: number; total: number };
}

type When = { kind: 'at'; ms: number } | { kind: 'offset'; ms: number } | null;

interface Entry {
  call: Omit<ScenarioCall, 'offset'>;
  when: When;
  line: number;
}

type Read = { ok: true; entry: Omit<Entry, 'line'> } | { ok: false; message: string };

const EXPECTED = new Set<string>(DECISION_KINDS);

/** The first of `keys` the object has (own properties only: `constructor` is not a field). */
function field(object: Record<string, unknown>, ...keys: string[]): [string, unknown] | null {
  for (const key of keys) if (Object.hasOwn(object, key)) return [key, object[key]];
  return null;
}

function isTime(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value) && Math.abs(value) <= MAX_TIME;
}

function readTime(object: Record<string, unknown>): When | string {
  const offset = field(object, 'offset');
  if (offset !== null) {
    const [, value] = offset;
    return isTime(value)
      ? { kind: 'offset', ms: Math.round(value) }
      : '"offset" is a number of milliseconds after the scenario start';
  }
  const at = field(object, 'at', 'timestamp');
  if (at === null) return null;
  const [key, value] = at;
  if (isTime(value)) return { kind: 'at', ms: Math.round(value) };
  if (typeof value === 'string') {
    const ms = parseIsoTime(value);
    if (ms !== null) return { kind: 'at', ms };
  }
  return `"${key}" is ms since the epoch or an ISO 8601 time such as "2026-01-01T00:00:05Z"`;
}

function readEntry(value: unknown): Read {
  if (!isPlainObject(value)) return { ok: false, message: 'A call is a JSON object' };
  // A recorded JSON-RPC request: {"method": "tools/call", "params": {"name", "arguments"}}.
  const params = ownValue(value, 'params');
  const source =
    !Object.hasOwn(value, 'tool') && !Object.hasOwn(value, 'name') && isPlainObject(params)
      ? { ...value, ...params }
      : value;

  const tool = field(source, 'tool', 'name');
  if (tool === null) return { ok: false, message: 'A call needs "tool" (or "name")' };
  if (typeof tool[1] !== 'string' || tool[1] === '') {
    return { ok: false, message: `"${tool[0]}" is the tool's name, a non-empty string` };
  }
  const call: Entry['call'] = { tool: tool[1] };

  const args = field(source, 'args', 'arguments');
  if (args !== null && args[1] !== null) {
    if (!isPlainObject(args[1])) return { ok: false, message: `"${args[0]}" is a JSON object` };
    call.args = args[1];
  }
  for (const key of ['grant', 'session'] as const) {
    const v = ownValue(source, key);
    if (v === undefined) continue;
    if (typeof v !== 'string') return { ok: false, message: `"${key}" is a string` };
    call[key] = v;
  }
  const expect = field(source, 'expect', 'expected');
  if (expect !== null) {
    const v = expect[1];
    if (typeof v !== 'string' || !EXPECTED.has(v)) {
      return {
        ok: false,
        message: `"${expect[0]}" is one of ${DECISION_KINDS.map((k) => `"${k}"`).join(', ')}`,
      };
    }
    call.expect = v as ScenarioCall['expect'];
  }
  const when = readTime(source);
  if (typeof when === 'string') return { ok: false, message: when };
  return { ok: true, entry: { call, when } };
}

/** One item of the trace: a parsed value, or the reason its line is not JSON. */
type Slot = { ok: true; value: unknown } | { ok: false; message: string };

interface Items {
  count: number;
  /** Parsed on demand: lines past the call cap are counted, never parsed. */
  slot: (i: number) => Slot;
  lineOf: (i: number) => number;
}

/** Each line of the text (\n, \r\n or \r), found by a scan: a RegExp split is slow on 1M lines. */
function linesOf(text: string): string[] {
  const lines: string[] = [];
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c !== 10 && c !== 13) continue;
    lines.push(text.slice(start, i));
    if (c === 13 && text.charCodeAt(i + 1) === 10) i++;
    start = i + 1;
  }
  lines.push(text.slice(start));
  return lines;
}

function parsed(text: string): Slot {
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch {
    return { ok: false, message: 'This line is not JSON' };
  }
}

// A broken array is read line by line, as a person would read it: one call per line, with the
// brackets and the commas between items ignored.
function byLine(text: string, inBrokenArray: boolean): Items {
  const items: string[] = [];
  const lines: number[] = [];
  linesOf(text).forEach((raw, i) => {
    let line = raw.trim();
    if (inBrokenArray) {
      if (line.startsWith('[')) line = line.slice(1).trimStart();
      if (line.endsWith(']')) line = line.slice(0, -1).trimEnd();
    }
    if (line.endsWith(',')) line = line.slice(0, -1).trimEnd();
    if (line === '') return;
    items.push(line);
    lines.push(i + 1);
  });
  return {
    count: items.length,
    slot: (i) => parsed(items[i] ?? ''),
    lineOf: (i) => lines[i] ?? 1,
  };
}

/** The line of each item of a JSON array text (the positional parser is slower: on demand). */
function itemLines(text: string): (i: number) => number {
  let lines: number[] | null = null;
  return (i) => {
    if (lines === null) {
      const json = parseJson(text);
      const index = lineIndex(text);
      const nodes = json.ok ? (json.root.children ?? []) : [];
      lines = nodes.map((node) => positionAt(index, node.offset).line);
    }
    return lines[i] ?? 1;
  };
}

function itemsOf(text: string): Items {
  if (!text.trimStart().startsWith('[')) return byLine(text, false);
  const whole = parsed(text);
  if (!whole.ok || !Array.isArray(whole.value)) return byLine(text, true);
  const values: unknown[] = whole.value;
  return {
    count: values.length,
    slot: (i) => ({ ok: true, value: values[i] }),
    lineOf: itemLines(text),
  };
}

/**
 * Reads a recorded trace: a JSON array of calls or JSON Lines (one call per line). A call has
 * `tool` or `name`; `args` or `arguments`; a time as `at` or `timestamp` (ms since the epoch or
 * ISO 8601) or `offset` (ms after the start); `grant`, `session`, and `expect` (or `expected`).
 * With absolute times the start becomes the earliest of them; a call without a time happens
 * with the one before it. Bad lines are skipped and reported with their line numbers.
 */
export function parseTrace(text: string, start: number): ParsedTrace {
  const problems: TraceProblem[] = [];
  const read: Entry[] = [];
  const { count, slot, lineOf } = itemsOf(text);
  let total = 0;
  for (let i = 0; i < count; i++) {
    // Past the cap the lines are only counted: reading them would be work thrown away.
    if (read.length >= MAX_SCENARIO_CALLS) {
      total++;
      continue;
    }
    const item = slot(i);
    const result = item.ok ? readEntry(item.value) : item;
    if (result.ok) {
      read.push({ ...result.entry, line: lineOf(i) });
      total++;
    } else problems.push({ line: lineOf(i), message: result.message });
  }

  let newStart = Infinity;
  for (const entry of read) {
    if (entry.when?.kind === 'at') newStart = Math.min(newStart, entry.when.ms);
  }
  if (newStart === Infinity) newStart = start;

  let previous = 0;
  const calls: ScenarioCall[] = [];
  for (const entry of read) {
    const { when } = entry;
    const offset = when === null ? previous : when.kind === 'at' ? when.ms - newStart : when.ms;
    // Refused here, with its line, rather than accepted and then refused when read back.
    if (Math.abs(offset) > MAX_TIME || Math.abs(newStart + offset) > MAX_TIME) {
      problems.push({ line: entry.line, message: OUT_OF_RANGE });
      continue;
    }
    previous = offset;
    calls.push({ ...entry.call, offset });
  }
  problems.sort((a, b) => a.line - b.line);
  const result: ParsedTrace = { calls, start: newStart, problems };
  if (total > read.length) result.cut = { kept: read.length, total };
  return result;
}

const OUT_OF_RANGE =
  'This time is outside the range of dates (±8.64e15 ms from 1970, about 270,000 years)';

/** The calls as JSON Lines, one call per line, in the form `parseTrace` reads back. */
export function formatTrace(calls: readonly ScenarioCall[]): string {
  return calls
    .map((c) => {
      const line: Record<string, unknown> = { tool: c.tool };
      if (c.args !== undefined) line.args = c.args;
      line.offset = c.offset;
      if (c.grant !== undefined) line.grant = c.grant;
      if (c.session !== undefined) line.session = c.session;
      if (c.expect !== undefined) line.expect = c.expect;
      return JSON.stringify(line);
    })
    .join('\n');
}
