import { fromPointer, skimmerFor, Skimmer, toPointer } from '../core';

/** A span of text: `length` UTF-16 code units from `offset`. */
export interface TextSpan {
  offset: number;
  length: number;
}

// Read leniently: broken text can still be read up to the break. `found` counts the path's
// segments that were there.
function spanOf(
  text: string,
  path: readonly string[],
): { span: TextSpan | undefined; found: number } {
  const skim = new Skimmer(text, true);
  let node = skim.root();
  let span: TextSpan | undefined = node && { offset: node.offset, length: node.length };
  let found = 0;
  for (const segment of path) {
    if (node === undefined) break;
    if (node.type === 'object') {
      const member = skim.member(node, segment);
      if (member === undefined) break;
      span = {
        offset: member.keyOffset,
        length: member.value.offset + member.value.length - member.keyOffset,
      };
      node = member.value;
    } else {
      const item = skim.find([segment], node);
      if (item === undefined) break;
      span = { offset: item.offset, length: item.length };
      node = item;
    }
    found++;
  }
  return { span, found };
}

/**
 * Where the value a JSON Pointer names sits in `text` (with its key, for an object member), or
 * its nearest ancestor that is there; undefined when not even the root can be read.
 */
export function pointerSpan(text: string, pointer: string): TextSpan | undefined {
  return spanOf(text, fromPointer(pointer)).span;
}

/** Where the value a JSON Pointer names sits in `text`, as `pointerSpan`; undefined when it is not there. */
export function exactPointerSpan(text: string, pointer: string): TextSpan | undefined {
  const path = fromPointer(pointer);
  const { span, found } = spanOf(text, path);
  return found === path.length ? span : undefined;
}

/**
 * Where the rule for `key` sits in `text` (key to end of value); undefined when there is none.
 * Read through the Skimmer kept for the text, so after a form edit only what the edit touched
 * is read again; a text that does not parse is read leniently.
 */
export function ruleSpan(text: string, key: string): TextSpan | undefined {
  const skim = skimmerFor(text);
  const root = skim.root();
  const tools = root && skim.member(root, 'tools')?.value;
  if (tools === undefined) return exactPointerSpan(text, toPointer(['tools', key]));
  const rule = skim.member(tools, key);
  if (rule === undefined) return undefined;
  return { offset: rule.keyOffset, length: rule.value.offset + rule.value.length - rule.keyOffset };
}
