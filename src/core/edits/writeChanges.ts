import type { JsonNode } from '../json';
import { rebaseSkimmer } from '../json/rebaseSkim';
import type { Skimmer } from '../json/skim';
import { keepSkimmer, skimmerFor } from '../json/skimmerFor';
import { formatPolicy } from '../policy/formatPolicy';
import type { Policy } from '../schema';
import { isPlainObject, valueAt } from '../values';
import type { PathChange } from './change';
import { formatRank, inFormatOrder, insertionIndex, type DocumentPath } from './keyOrder';
import { applyTextEdits, joinEdits, spanningEdit, type TextEdit } from './textEdit';

interface Formatting {
  /** One level of indentation. */
  unit: string;
  eol: string;
}

/** The text's indentation (its first indented line; 2 spaces when nothing is indented) and line ends. */
function detectFormatting(text: string): Formatting {
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  const indent = /[\r\n]([ \t]+)\S/.exec(text)?.[1];
  if (indent === undefined) return { unit: '  ', eol };
  return { unit: indent.startsWith('\t') ? '\t' : indent, eol };
}

/** The whitespace that starts the line holding `offset`. */
function lineIndent(text: string, offset: number): string {
  let start = offset;
  while (start > 0 && text[start - 1] !== '\n' && text[start - 1] !== '\r') start--;
  return /^[ \t]*/.exec(text.slice(start, offset))?.[0] ?? '';
}

/** True when the container's text runs on one line up to `upTo` (an inline `{"a": 1}`). */
function inlineUpTo(text: string, container: JsonNode, upTo: number): boolean {
  for (let i = container.offset; i < upTo; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x0a || c === 0x0d) return false;
  }
  return true;
}

/** JSON on one line, spaced as people write it inline: `{"a": 1, "b": [2, 3]}`. */
function inlineJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(inlineJson).join(', ')}]`;
  if (isPlainObject(value)) {
    const members = Object.keys(value)
      .filter((key) => value[key] !== undefined)
      .map((key) => `${JSON.stringify(key)}: ${inlineJson(value[key])}`);
    return `{${members.join(', ')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

function serialize(
  value: unknown,
  path: DocumentPath,
  indent: string,
  format: Formatting,
  inline: boolean,
): string {
  const ordered = inFormatOrder(value, path);
  if (inline) return inlineJson(ordered);
  return JSON.stringify(ordered, null, format.unit).replace(/\n/g, format.eol + indent);
}

const idOf = (path: DocumentPath): string => JSON.stringify(path);

/** Drops changes that sit inside another change's path (the outer one writes them). */
function outermost(changes: readonly PathChange[]): PathChange[] {
  const ids = new Set(changes.map((c) => idOf(c.path)));
  return changes.filter((c) => {
    for (let d = c.path.length - 1; d > 0; d--) if (ids.has(idOf(c.path.slice(0, d)))) return false;
    return true;
  });
}

/**
 * A change inside a rule written with the `rate_limit` shorthand writes the whole rule, as the
 * format asks: the shorthand's limit is part of `limits` in the policy but not in the text.
 */
function throughShorthand(skim: Skimmer, changes: PathChange[], next: Policy): PathChange[] {
  return changes.map((change) => {
    const [top, key] = change.path;
    if (top !== 'tools' || key === undefined || change.path.length < 3) return change;
    const rule = skim.find(['tools', key]);
    if (rule === undefined || skim.member(rule, 'rate_limit') === undefined) return change;
    return { path: ['tools', key], value: valueAt(next, ['tools', key]) };
  });
}

/** A removal inside an array writes the array whole (only objects lose members in place). */
function arraysWhole(skim: Skimmer, changes: PathChange[], next: Policy): PathChange[] {
  return changes.map((change) => {
    if (change.value !== undefined || change.path.length === 0) return change;
    const parentPath = change.path.slice(0, -1);
    if (skim.find(parentPath)?.type !== 'array') return change;
    return { path: parentPath, value: valueAt(next, parentPath) };
  });
}

/** Replacements of existing values and removals of existing members, made on one text. */
function replaceAndRemove(
  skim: Skimmer,
  changes: readonly PathChange[],
  format: Formatting,
): { edits: TextEdit[]; inserts: PathChange[] } {
  const { text } = skim;
  const edits: TextEdit[] = [];
  const inserts: PathChange[] = [];
  const removals = new Map<number, { parent: JsonNode; keys: Set<string> }>();
  for (const change of changes) {
    const node = skim.find(change.path);
    const parentPath = change.path.slice(0, -1);
    const parent = skim.find(parentPath);
    if (change.value === undefined) {
      if (node === undefined || parent === undefined) continue;
      const entry = removals.get(parent.offset) ?? { parent, keys: new Set<string>() };
      entry.keys.add(String(change.path.at(-1)));
      removals.set(parent.offset, entry);
      continue;
    }
    if (node === undefined) {
      inserts.push(change);
      continue;
    }
    const inline = parent !== undefined && inlineUpTo(text, parent, node.offset);
    const indent = lineIndent(text, node.offset);
    edits.push({
      offset: node.offset,
      length: node.length,
      content: serialize(change.value, change.path, indent, format, inline),
    });
  }
  for (const { parent, keys } of removals.values()) {
    const members = skim.membersOf(parent) ?? [];
    const end = (i: number) => {
      const value = members[i]?.value;
      return value === undefined ? 0 : value.offset + value.length;
    };
    const first = members.findIndex((m) => !keys.has(m.key));
    if (first === -1) {
      const inner = parent.offset + 1;
      edits.push({ offset: inner, length: parent.offset + parent.length - 1 - inner, content: '' });
      continue;
    }
    if (first > 0) {
      const from = members[0]?.keyOffset ?? 0;
      edits.push({ offset: from, length: (members[first]?.keyOffset ?? 0) - from, content: '' });
    }
    members.forEach((m, i) => {
      if (i > first && keys.has(m.key)) {
        edits.push({ offset: end(i - 1), length: end(i) - end(i - 1), content: '' });
      }
    });
  }
  return { edits, inserts };
}

interface NewMember {
  key: string;
  path: DocumentPath;
  value: unknown;
}

/** Writes new members into existing objects (creating missing objects on the way). */
function insertMembers(
  skim: Skimmer,
  changes: readonly PathChange[],
  next: Policy,
  format: Formatting,
): TextEdit[] {
  const { text } = skim;
  const edits: TextEdit[] = [];
  const groups = new Map<number, { parent: JsonNode; path: DocumentPath; added: NewMember[] }>();
  const seen = new Set<string>();
  for (const change of changes) {
    let depth = change.path.length - 1;
    let parent = skim.find(change.path.slice(0, depth));
    while (parent === undefined && depth > 0) parent = skim.find(change.path.slice(0, --depth));
    if (parent === undefined) continue;
    const path = change.path.slice(0, depth + 1);
    if (seen.has(idOf(path))) continue;
    seen.add(idOf(path));
    const value = depth === change.path.length - 1 ? change.value : valueAt(next, path);
    if (parent.type !== 'object') {
      // An array item past the end, or a value where an object should be: write it whole.
      const holder = change.path.slice(0, depth);
      const inline = false;
      edits.push({
        offset: parent.offset,
        length: parent.length,
        content: serialize(
          valueAt(next, holder),
          holder,
          lineIndent(text, parent.offset),
          format,
          inline,
        ),
      });
      continue;
    }
    const group = groups.get(parent.offset) ?? {
      parent,
      path: change.path.slice(0, depth),
      added: [],
    };
    group.added.push({ key: String(change.path[depth]), path, value });
    groups.set(parent.offset, group);
  }

  for (const { parent, path, added } of groups.values()) {
    const members = skim.membersOf(parent) ?? [];
    const keys = members.map((m) => m.key);
    const slots = new Map<number, NewMember[]>();
    for (const member of added) {
      const index = insertionIndex(path, keys, member.key);
      slots.set(index, [...(slots.get(index) ?? []), member]);
    }
    const firstKey = members[0]?.keyOffset;
    const inline = firstKey !== undefined && inlineUpTo(text, parent, firstKey);
    const parentIndent = lineIndent(text, parent.offset);
    const indent = firstKey === undefined ? parentIndent + format.unit : lineIndent(text, firstKey);
    const separator = inline ? ', ' : `,${format.eol}${indent}`;
    const write = (list: NewMember[]) =>
      list
        .sort((a, b) => formatRank(path, a.key) - formatRank(path, b.key))
        .map(
          (m) =>
            `${JSON.stringify(m.key)}: ${serialize(m.value, m.path, inline ? '' : indent, format, inline)}`,
        )
        .join(separator);

    if (members.length === 0) {
      const inner = parent.offset + 1;
      const all = [...slots.values()].flat();
      edits.push({
        offset: inner,
        length: parent.offset + parent.length - 1 - inner,
        content: `${format.eol}${indent}${write(all)}${format.eol}${parentIndent}`,
      });
      continue;
    }
    for (const [index, list] of slots) {
      if (index === 0) {
        edits.push({ offset: firstKey ?? 0, length: 0, content: write(list) + separator });
      } else {
        const before = members[index - 1]?.value;
        if (before === undefined) continue;
        edits.push({
          offset: before.offset + before.length,
          length: 0,
          content: separator + write(list),
        });
      }
    }
  }
  return edits;
}

/** A text with changes written into it, and the one edit that made it from the text before. */
export interface WrittenText {
  text: string;
  /** From the first changed place to the last (null when nothing changed). */
  edit: TextEdit | null;
}

/**
 * The text with each change written at its path: a value replaced in place, a member removed
 * with its comma, a new member put where the format's key order puts it, in the text's own
 * indentation and line ends. Every byte outside the changed values stays as it was. `next` is
 * the policy the changes lead to (for objects that must be created or rules written in full);
 * a text that is not a JSON object is replaced by `formatPolicy(next)`.
 */
export function writeChanges(text: string, changes: readonly PathChange[], next: Policy): string {
  return writeChangesAsEdit(text, changes, next).text;
}

/**
 * `writeChanges`, saying also which span of the text changed, so that an editor holding the
 * text and an undo history take the one edit instead of comparing whole texts. What was read
 * of the text to find the paths is carried over to the new text (`skimmerFor`), so the next
 * edit of a large policy does not read it again.
 */
export function writeChangesAsEdit(
  text: string,
  changes: readonly PathChange[],
  next: Policy,
): WrittenText {
  if (changes.length === 0) return { text, edit: null };
  const skim = skimmerFor(text);
  if (skim.root()?.type !== 'object') {
    const whole = formatPolicy(next);
    return { text: whole, edit: { offset: 0, length: text.length, content: whole } };
  }
  const format = detectFormatting(text);
  const planned = outermost(arraysWhole(skim, throughShorthand(skim, [...changes], next), next));
  const first = replaceAndRemove(skim, planned, format);
  const middle = applyTextEdits(text, first.edits);
  const firstEdit = spanningEdit(text.length, first.edits, middle);
  // What the first pass read still holds where it changed nothing (a decision on a rule `{}`).
  const reader = firstEdit === null ? skim : rebaseSkimmer(skim, middle, firstEdit);
  if (first.inserts.length === 0) {
    keepSkimmer(reader);
    return { text: middle, edit: firstEdit };
  }
  const inserts = insertMembers(reader, first.inserts, next, format);
  const final = applyTextEdits(middle, inserts);
  const secondEdit = spanningEdit(middle.length, inserts, final);
  if (secondEdit === null) {
    keepSkimmer(reader);
    return { text: final, edit: firstEdit };
  }
  keepSkimmer(rebaseSkimmer(reader, final, secondEdit));
  return {
    text: final,
    edit: firstEdit === null ? secondEdit : joinEdits(text.length, firstEdit, secondEdit, final),
  };
}
