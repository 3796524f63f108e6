import { findNode, parseJson } from '../core';
import { fromPointer } from '../core';
import { parseTree, type Node as LenientNode } from 'jsonc-parser';

/** A span of text: `length` UTF-16 code units from `offset`. */
export interface TextSpan {
  offset: number;
  length: number;
}

function strictSpan(text: string, path: readonly string[], exact = false): TextSpan | undefined {
  const json = parseJson(text);
  if (!json.ok) return undefined;
  for (let depth = path.length; depth >= (exact ? path.length : 0); depth--) {
    const node = findNode(json.root, path.slice(0, depth));
    if (node === undefined) continue;
    const parent = depth > 0 ? findNode(json.root, path.slice(0, depth - 1)) : undefined;
    const key =
      parent?.type === 'object' ? parent.properties?.findLast((p) => p.value === node) : undefined;
    if (key === undefined) return { offset: node.offset, length: node.length };
    return { offset: key.keyOffset, length: node.offset + node.length - key.keyOffset };
  }
  return undefined;
}

// Broken text still has a tree that jsonc-parser can read up to the break.
function lenientSpan(text: string, path: readonly string[]): TextSpan | undefined {
  let node: LenientNode | undefined = parseTree(text);
  let span: TextSpan | undefined = node && { offset: node.offset, length: node.length };
  for (const segment of path) {
    if (node === undefined) break;
    let child: LenientNode | undefined;
    let whole: LenientNode | undefined;
    if (node.type === 'object') {
      const property = node.children?.findLast((p) => p.children?.[0]?.value === segment);
      child = property?.children?.[1];
      whole = property;
    } else if (node.type === 'array' && /^(0|[1-9]\d*)$/.test(segment)) {
      child = node.children?.[Number(segment)];
      whole = child;
    }
    if (child === undefined || whole === undefined) break;
    span = { offset: whole.offset, length: whole.length };
    node = child;
  }
  return span;
}

/**
 * Where the value a JSON Pointer names sits in `text` (with its key, for an object member), or
 * its nearest ancestor that is there; undefined when not even the root can be read.
 */
export function pointerSpan(text: string, pointer: string): TextSpan | undefined {
  const path = fromPointer(pointer);
  return strictSpan(text, path) ?? lenientSpan(text, path);
}

/**
 * Where the value a JSON Pointer names sits in valid `text` (with its key, for an object
 * member); undefined when the text is not valid JSON or the value is not there.
 */
export function exactPointerSpan(text: string, pointer: string): TextSpan | undefined {
  return strictSpan(text, fromPointer(pointer), true);
}
