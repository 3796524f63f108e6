/** A replacement of `length` characters at `offset` by `content` (the shape Monaco uses). */
export interface TextEdit {
  offset: number;
  length: number;
  content: string;
}

/**
 * Applies non-overlapping edits to a text in one pass (edits at the same offset apply in the
 * order given). Joining the pieces once keeps thousands of edits to a large text linear.
 */
export function applyTextEdits(text: string, edits: readonly TextEdit[]): string {
  if (edits.length === 0) return text;
  const sorted = [...edits].sort((a, b) => a.offset - b.offset);
  const parts: string[] = [];
  let at = 0;
  for (const edit of sorted) {
    parts.push(text.slice(at, edit.offset), edit.content);
    at = edit.offset + edit.length;
  }
  parts.push(text.slice(at));
  return parts.join('');
}
