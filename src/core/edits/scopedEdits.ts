import { findNode, type JsonNode } from '../json';
import type { DocumentPath } from './keyOrder';
import type { TextEdit } from './textEdit';

/**
 * jsonc-parser's `modify` re-reads the whole text for every change: on a 1 MB policy that is
 * most of a decision click. These helpers let the caller work on a small part of the text.
 */

/** Below this many characters a value's text is cheap to re-read for each change. */
export const SMALL_SCOPE = 64 * 1024;

export interface Scope {
  /** Path of the object or array that holds every change. */
  path: DocumentPath;
  /** The scope's text, preceded by its line's indentation so formatting keeps its level. */
  text: string;
  /** How many characters of indentation `text` starts with. */
  indent: number;
  /** What to add to an offset in `text` (at or past `indent`) to make it one in the whole text. */
  offset: number;
}

function commonPrefix(paths: readonly DocumentPath[]): DocumentPath {
  const [first, ...rest] = paths;
  if (first === undefined) return [];
  let n = first.length;
  for (const p of rest) {
    let i = 0;
    while (i < n && i < p.length && p[i] === first[i]) i++;
    n = i;
  }
  return first.slice(0, n);
}

function lineIndent(text: string, offset: number): string {
  let start = offset;
  while (start > 0 && text[start - 1] !== '\n' && text[start - 1] !== '\r') start--;
  const indent = /^[ \t]*/.exec(text.slice(start, offset))?.[0] ?? '';
  return indent;
}

/**
 * The smallest existing object or array, below the document root, that holds all the changed
 * paths, when its text is small; null when the changes need the whole text.
 */
export function smallScope(
  text: string,
  root: JsonNode,
  changed: readonly DocumentPath[],
): Scope | null {
  let path = commonPrefix(changed.map((p) => p.slice(0, -1)));
  while (path.length > 0) {
    const node = findNode(root, [...path]);
    if (node && (node.type === 'object' || node.type === 'array')) {
      if (node.length > SMALL_SCOPE) return null;
      const indent = lineIndent(text, node.offset);
      return {
        path,
        text: indent + text.slice(node.offset, node.offset + node.length),
        indent: indent.length,
        offset: node.offset - indent.length,
      };
    }
    path = path.slice(0, -1);
  }
  return null;
}

/**
 * A new last member `key: body` of the large object at `path`, written after its last member
 * in that member's indentation; null when the object is empty or not one member a line.
 */
export function appendMember(
  text: string,
  root: JsonNode,
  path: DocumentPath,
  key: string,
  stringify: (indent: string) => string,
  eol: string,
): TextEdit | null {
  const node = findNode(root, [...path]);
  const last = node?.properties?.at(-1);
  if (!node || node.type !== 'object' || last === undefined) return null;
  const indent = lineIndent(text, last.keyOffset);
  if (text.slice(last.keyOffset - indent.length, last.keyOffset) !== indent) return null;
  const before = text[last.keyOffset - indent.length - 1];
  if (before !== '\n' && before !== '\r') return null;
  const end = last.value.offset + last.value.length;
  return {
    offset: end,
    length: 0,
    content: `,${eol}${indent}${JSON.stringify(key)}: ${stringify(indent)}`,
  };
}

/** Removes member `key` of the object at `path` with its comma; null when it is the only one. */
export function removeMember(root: JsonNode, path: DocumentPath, key: string): TextEdit | null {
  const node = findNode(root, [...path]);
  const members = node?.properties ?? [];
  const i = members.findIndex((m) => m.key === key);
  const member = members[i];
  if (member === undefined || members.length < 2) return null;
  const previous = members[i - 1];
  const next = members[i + 1];
  const end = member.value.offset + member.value.length;
  if (previous !== undefined) {
    const start = previous.value.offset + previous.value.length;
    return { offset: start, length: end - start, content: '' };
  }
  if (next === undefined) return null;
  return { offset: member.keyOffset, length: next.keyOffset - member.keyOffset, content: '' };
}
