/**
 * Where a key moves the focus in a list with one Tab stop (roving focus): the index of the
 * next item for ArrowUp/ArrowDown/PageUp/PageDown/Home/End, kept within the list, or null for
 * any other key. `page` is how many items one PageUp/PageDown moves.
 */
export function rovingTarget(key: string, index: number, count: number, page = 1): number | null {
  const last = count - 1;
  const moves: Record<string, number> = {
    ArrowDown: index + 1,
    ArrowUp: index - 1,
    PageDown: index + page,
    PageUp: index - page,
    Home: 0,
    End: last,
  };
  const target = moves[key];
  return target === undefined ? null : Math.max(0, Math.min(target, last));
}
