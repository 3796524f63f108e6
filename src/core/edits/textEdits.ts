import { modify, type FormattingOptions, type ModificationOptions } from 'jsonc-parser';
import { findNode, parseJson, type JsonNode } from '../json';
import { formatPolicy } from '../policy/formatPolicy';
import { parsePolicy } from '../policy/parsePolicy';
import type { Policy } from '../schema';
import { jsonEqual } from '../simulate/jsonEqual';
import { composeEdit } from './composeEdits';
import { inFormatOrder, insertionIndex, type DocumentPath } from './keyOrder';
import { appendMember, removeMember, smallScope, SMALL_SCOPE, type Scope } from './scopedEdits';
import { trimEdit } from './textDiff';
import type { TextEdit } from './textEdit';
import { isPlainObject, valueAt } from '../values';

export type { TextEdit };

/** One change to the document: set the value at `path`, or remove it (`value` undefined). */
interface Change {
  path: DocumentPath;
  value: unknown;
}

const NOT_READ = Symbol('not read');
type Parsed = unknown;

type JsonObject = Record<string, unknown>;

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
  // Edits share unchanged parts with the policy they started from: identity settles most of it.
  if (parsed !== NOT_READ && parsed === next) return;
  if (jsonEqual(parsed === NOT_READ ? raw : parsed, next)) return;
  if (isPlainObject(raw) && isPlainObject(next)) {
    const deeper = isPlainObject(parsed) && sameKeys(raw, parsed) ? parsed : NOT_READ;
    for (const key of Object.keys(raw)) {
      if (next[key] === undefined || !Object.hasOwn(next, key)) {
        changes.push({ path: [...path, key], value: undefined });
      }
    }
    for (const key of Object.keys(next)) {
      const value = next[key];
      if (value === undefined) continue; // absent, as JSON writes it
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

function readPolicy(text: string): Policy | undefined {
  const result = parsePolicy(text);
  return result.ok ? result.policy : undefined;
}

function replaceAll(text: string, next: Policy): TextEdit[] {
  return [{ offset: 0, length: text.length, content: formatPolicy(next) }];
}

// jsonc-parser formats an inserted value itself, in time that grows much faster than its size
// (seconds for a 1,000-rule `tools`): it inserts this placeholder instead, and we put in the
// value as JSON.stringify writes it, indented to the placeholder's line.
const PLACEHOLDER_TEXT = JSON.stringify('\u0000policy-builder-value\u0000');

function modifyValue(
  text: string,
  path: DocumentPath,
  value: unknown,
  options: ModificationOptions & { formattingOptions: FormattingOptions },
): TextEdit[] {
  if (typeof value !== 'object' || value === null) return modify(text, [...path], value, options);
  const made = modify(text, [...path], JSON.parse(PLACEHOLDER_TEXT), options);
  const { insertSpaces, tabSize, eol } = options.formattingOptions;
  const unit = insertSpaces === false ? '\t' : ' '.repeat(tabSize ?? 2);
  return made.map((edit) => {
    const at = edit.content.indexOf(PLACEHOLDER_TEXT);
    if (at === -1) return edit;
    const lineStart = Math.max(
      text.lastIndexOf('\n', edit.offset - 1),
      text.lastIndexOf('\r', edit.offset - 1),
    );
    const line = text.slice(lineStart + 1, edit.offset) + edit.content.slice(0, at);
    const lastBreak = Math.max(line.lastIndexOf('\n'), line.lastIndexOf('\r'));
    const indent = /^[ \t]*/.exec(line.slice(lastBreak + 1))?.[0] ?? '';
    const body = JSON.stringify(value, null, unit).replace(/\n/g, (eol ?? '\n') + indent);
    return {
      ...edit,
      content: edit.content.slice(0, at) + body + edit.content.slice(at + PLACEHOLDER_TEXT.length),
    };
  });
}

/** Beyond this many changes, edits are made at a coarser level (see `coarsen`). */
const MAX_CHANGES = 24;

/**
 * Each jsonc-parser `modify` re-reads the whole text, so thousands of changes (a bulk decision,
 * the recommended policy over 5,000 tools) would take minutes. Past MAX_CHANGES, changes are
 * merged into their rules (`/tools/K`), and past it again into whole top-level values.
 */
function coarsen(changes: Change[], target: unknown): Change[] {
  let current = changes;
  for (const depth of [2, 1]) {
    if (current.length <= MAX_CHANGES) return current;
    const seen = new Set<string>();
    const merged: Change[] = [];
    for (const change of current) {
      const path = change.path.slice(0, depth);
      const id = JSON.stringify(path);
      if (seen.has(id)) continue;
      seen.add(id);
      merged.push({ path, value: valueAt(target, path) });
    }
    current = merged;
  }
  return current;
}

/**
 * The smallest text edits that turn `text` into a text whose policy is `next`, keeping the
 * person's formatting outside the changed values; a text that is not a JSON object is replaced
 * whole by `formatPolicy(next)`. `current` is the text's parsed policy when the caller has it.
 */
export function policyTextEdits(text: string, next: Policy, current?: Policy): TextEdit[] {
  const json = parseJson(text);
  if (!json.ok || json.findings.length > 0 || !isPlainObject(json.value))
    return replaceAll(text, next);
  const target: unknown = next;
  const read = current ?? readPolicy(text);
  const collected: Change[] = [];
  collect(collected, [], json.value, read ?? NOT_READ, target);
  const changes = coarsen(collected, target);

  const formattingOptions = detectFormatting(text);
  const fast = largeObjectEdit(text, json.root, changes, formattingOptions);
  if (fast) return [fast];
  const scoped = smallScope(
    text,
    json.root,
    changes.map((c) => c.path),
  );
  if (scoped) {
    const edits = applyChanges(text, changes, formattingOptions, scoped);
    if (edits.length > 0) return edits;
  }
  return applyChanges(text, changes, formattingOptions, null);
}

/** Runs the changes through jsonc-parser on the scope's text (or the whole text). */
function applyChanges(
  text: string,
  changes: readonly Change[],
  formattingOptions: FormattingOptions,
  scope: Scope | null,
): TextEdit[] {
  const base = scope?.text ?? text;
  const depth = scope?.path.length ?? 0;
  let working = base;
  let edits: TextEdit[] = [];
  for (const { path, value } of changes) {
    const parent = path.slice(0, -1);
    const key = path[path.length - 1];
    const made = modifyValue(working, path.slice(depth), inFormatOrder(value, path), {
      formattingOptions,
      getInsertionIndex: (keys) => insertionIndex(parent, keys, String(key)),
    });
    for (const edit of made) {
      edits = composeEdit(edits, edit, working);
      working = applyTextEdits(working, [edit]);
    }
  }
  if (scope === null) return edits.flatMap((edit) => trimEdit(text, edit) ?? []);
  // jsonc-parser may rewrite the indentation the scope starts with, which stands for other
  // text in the document: trimmed, such an edit must not reach into it.
  const trimmed = edits.flatMap((edit) => trimEdit(base, edit) ?? []);
  if (trimmed.some((edit) => edit.offset < scope.indent)) return [];
  return trimmed.map((edit) => ({ ...edit, offset: edit.offset + scope.offset }));
}

/**
 * One rule added to or removed from a large `tools` (a decision on a tool without a rule, or
 * back to Default) as a direct edit; null for anything else.
 */
function largeObjectEdit(
  text: string,
  root: JsonNode,
  changes: readonly Change[],
  formatting: FormattingOptions,
): TextEdit | null {
  const [change, ...others] = changes;
  if (change === undefined || others.length > 0 || change.path.length !== 2) return null;
  if (change.path[0] !== 'tools' || text.length <= SMALL_SCOPE) return null;
  const key = String(change.path[1]);
  if (change.value === undefined) return removeMember(root, ['tools'], key);
  const tools = findNode(root, ['tools']);
  if (tools?.properties?.some((p) => p.key === key)) return null;
  const unit = formatting.insertSpaces === false ? '\t' : ' '.repeat(formatting.tabSize ?? 2);
  const eol = formatting.eol ?? '\n';
  const value = inFormatOrder(change.value, change.path);
  return appendMember(
    text,
    root,
    ['tools'],
    key,
    (indent) => JSON.stringify(value, null, unit).replace(/\n/g, eol + indent),
    eol,
  );
}

/** Applies non-overlapping edits to a text. */
export function applyTextEdits(text: string, edits: readonly TextEdit[]): string {
  const sorted = [...edits].sort((a, b) => b.offset - a.offset);
  let out = text;
  for (const e of sorted) out = out.slice(0, e.offset) + e.content + out.slice(e.offset + e.length);
  return out;
}
