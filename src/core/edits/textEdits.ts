import { modify, type FormattingOptions } from 'jsonc-parser';
import { parseJson } from '../json';
import { formatPolicy } from '../policy/formatPolicy';
import { parsePolicy } from '../policy/parsePolicy';
import type { Policy } from '../schema';
import { jsonEqual } from '../simulate/jsonEqual';
import { composeEdit } from './composeEdits';
import { inFormatOrder, insertionIndex, type DocumentPath } from './keyOrder';
import { trimEdit } from './textDiff';

/** A replacement of `length` characters at `offset` by `content` (the shape Monaco and jsonc-parser use). */
export interface TextEdit {
  offset: number;
  length: number;
  content: string;
}

/** One change to the document: set the value at `path`, or remove it (`value` undefined). */
interface Change {
  path: DocumentPath;
  value: unknown;
}

const NOT_READ = Symbol('not read');
type Parsed = unknown;

type JsonObject = Record<string, unknown>;

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function sameKeys(a: JsonObject, b: JsonObject): boolean {
  const keys = Object.keys(a);
  return keys.length === Object.keys(b).length && keys.every((k) => Object.hasOwn(b, k));
}

/**
 * Collects the changes that turn `raw` (the text's JSON value) into `next`. `parsed` is what
 * parsePolicy read at the same place: where it equals `next`, the text stays as it is even when
 * it says it differently (a `rate_limit` shorthand). An object whose keys parsePolicy rewrote is
 * compared raw against `next` below, so a changed rule with a shorthand is written out in full.
 */
function collect(
  changes: Change[],
  path: DocumentPath,
  raw: unknown,
  parsed: Parsed,
  next: unknown,
): void {
  if (jsonEqual(parsed === NOT_READ ? raw : parsed, next)) return;
  if (isObject(raw) && isObject(next)) {
    const deeper = isObject(parsed) && sameKeys(raw, parsed) ? parsed : NOT_READ;
    for (const key of Object.keys(raw)) {
      if (!Object.hasOwn(next, key)) changes.push({ path: [...path, key], value: undefined });
    }
    for (const key of Object.keys(next)) {
      const value = next[key];
      if (!Object.hasOwn(raw, key)) changes.push({ path: [...path, key], value });
      else
        collect(
          changes,
          [...path, key],
          raw[key],
          deeper === NOT_READ ? deeper : deeper[key],
          value,
        );
    }
    return;
  }
  if (Array.isArray(raw) && Array.isArray(next) && raw.length === next.length) {
    const deeper = Array.isArray(parsed) && parsed.length === raw.length ? parsed : NOT_READ;
    next.forEach((value, i) => {
      collect(changes, [...path, i], raw[i], deeper === NOT_READ ? deeper : deeper[i], value);
    });
    return;
  }
  changes.push({ path, value: next });
}

/** The text's indentation (its first indented line; 2 spaces when nothing is indented) and line ends. */
function detectFormatting(text: string): FormattingOptions {
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  const indent = /[\r\n]([ \t]+)\S/.exec(text)?.[1];
  if (indent === undefined) return { insertSpaces: true, tabSize: 2, eol };
  if (indent.startsWith('\t')) return { insertSpaces: false, tabSize: 4, eol };
  return { insertSpaces: true, tabSize: indent.length, eol };
}

function replaceAll(text: string, next: Policy): TextEdit[] {
  return [{ offset: 0, length: text.length, content: formatPolicy(next) }];
}

/**
 * The smallest text edits that turn `text` into a text whose policy is `next`, keeping the
 * person's formatting outside the changed values; a text that is not a JSON object is replaced
 * whole by `formatPolicy(next)`.
 */
export function policyTextEdits(text: string, next: Policy): TextEdit[] {
  const json = parseJson(text);
  if (!json.ok || json.findings.length > 0 || !isObject(json.value)) return replaceAll(text, next);
  // The JSON round trip drops keys set to undefined, as the text will.
  const target = JSON.parse(JSON.stringify(next)) as unknown;
  const read = parsePolicy(text);
  const changes: Change[] = [];
  collect(changes, [], json.value, read.ok ? read.policy : NOT_READ, target);

  const formattingOptions = detectFormatting(text);
  let current = text;
  let edits: TextEdit[] = [];
  for (const { path, value } of changes) {
    const parent = path.slice(0, -1);
    const key = path[path.length - 1];
    const made = modify(current, [...path], inFormatOrder(value, path), {
      formattingOptions,
      getInsertionIndex: (keys) => insertionIndex(parent, keys, String(key)),
    });
    for (const edit of made) {
      edits = composeEdit(edits, edit, current);
      current = applyTextEdits(current, [edit]);
    }
  }
  return edits.flatMap((edit) => trimEdit(text, edit) ?? []);
}

/** Applies non-overlapping edits to a text. */
export function applyTextEdits(text: string, edits: readonly TextEdit[]): string {
  const sorted = [...edits].sort((a, b) => b.offset - a.offset);
  let out = text;
  for (const e of sorted) out = out.slice(0, e.offset) + e.content + out.slice(e.offset + e.length);
  return out;
}
