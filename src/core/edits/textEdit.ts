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
  if (edits.length === 1) {
    // Concatenated, not joined: the engine keeps the pieces until the text is read through
    // (the check worker's copy does that, after the frame), so one edit of a 1 MB text does
    // not copy it on the click's path.
    const [edit] = edits as [TextEdit];
    return text.slice(0, edit.offset) + edit.content + text.slice(edit.offset + edit.length);
  }
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

/**
 * One edit covering `edits` (made on a text of `beforeLength`), with its content read from
 * `after`, the text they made: from the first edit's start to the last one's end. Null when
 * there are none.
 */
export function spanningEdit(
  beforeLength: number,
  edits: readonly TextEdit[],
  after: string,
): TextEdit | null {
  if (edits.length === 0) return null;
  // Its own content: reading it out of `after` would make the engine copy a large text whole.
  if (edits.length === 1) return edits[0] as TextEdit;
  let start = Infinity;
  let end = -Infinity;
  for (const edit of edits) {
    start = Math.min(start, edit.offset);
    end = Math.max(end, edit.offset + edit.length);
  }
  return {
    offset: start,
    length: end - start,
    content: after.slice(start, after.length - (beforeLength - end)),
  };
}

/**
 * One edit doing what `first` (on a text of `beforeLength`) and then `second` (on the text
 * `first` made) do, its content read from `after`, the text both made.
 */
export function joinEdits(
  beforeLength: number,
  first: TextEdit,
  second: TextEdit,
  after: string,
): TextEdit {
  const firstEnd = first.offset + first.content.length;
  const delta = first.content.length - first.length;
  // Where a place in the text after `first` was before it (inside `first`'s new text: its edges).
  const back = (at: number, inside: number) =>
    at <= first.offset ? at : at >= firstEnd ? at - delta : inside;
  const start = Math.min(first.offset, back(second.offset, first.offset));
  const end = Math.max(
    first.offset + first.length,
    back(second.offset + second.length, first.offset + first.length),
  );
  return {
    offset: start,
    length: end - start,
    content: after.slice(start, after.length - (beforeLength - end)),
  };
}
