import type { Policy } from '../schema';

/** A replacement of `length` characters at `offset` by `content` (the shape Monaco and jsonc-parser use). */
export interface TextEdit {
  offset: number;
  length: number;
  content: string;
}

/**
 * The smallest text edits that turn `text` into a text whose policy is `next`, keeping the
 * person's formatting outside the changed values. STUB: replaced by the JSON view work.
 */
export function policyTextEdits(text: string, next: Policy): TextEdit[] {
  return [{ offset: 0, length: text.length, content: JSON.stringify(next, null, 2) + '\n' }];
}

/** Applies non-overlapping edits to a text. */
export function applyTextEdits(text: string, edits: readonly TextEdit[]): string {
  const sorted = [...edits].sort((a, b) => b.offset - a.offset);
  let out = text;
  for (const e of sorted) out = out.slice(0, e.offset) + e.content + out.slice(e.offset + e.length);
  return out;
}
