import type { TextEdit } from './textEdit';

/**
 * Folds `edit`, made against `current` (the text that `applied` make of some original), into
 * `applied`, so that the result turns the original straight into `current` with `edit`
 * applied. `applied` is sorted by offset and non-overlapping, in the original's offsets; edits
 * that touch or overlap `edit` merge with it.
 */
export function composeEdit(
  applied: readonly TextEdit[],
  edit: TextEdit,
  current: string,
): TextEdit[] {
  const start = edit.offset;
  const end = edit.offset + edit.length;
  const out: TextEdit[] = [];
  // delta: offset in `current` minus offset in the original, for text before the examined edit.
  let delta = 0;
  let i = 0;
  for (; i < applied.length; i++) {
    const e = applied[i] as TextEdit;
    if (e.offset + delta + e.content.length >= start) break;
    out.push(e);
    delta += e.content.length - e.length;
  }
  let mergedStart = start;
  let mergedEnd = end;
  const originalStartDelta = delta;
  for (; i < applied.length; i++) {
    const e = applied[i] as TextEdit;
    const from = e.offset + delta;
    if (from > end) break;
    mergedStart = Math.min(mergedStart, from);
    mergedEnd = Math.max(mergedEnd, from + e.content.length);
    delta += e.content.length - e.length;
  }
  const offset = mergedStart - originalStartDelta;
  out.push({
    offset,
    length: mergedEnd - delta - offset,
    content: current.slice(mergedStart, start) + edit.content + current.slice(end, mergedEnd),
  });
  for (; i < applied.length; i++) out.push(applied[i] as TextEdit);
  return out;
}
