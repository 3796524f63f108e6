import {
  useVirtualizer,
  defaultRangeExtractor,
  measureElement,
  observeElementRect,
} from '@tanstack/react-virtual';
import type { RefObject } from 'react';

/** Up to this many rows are all rendered: small tables stay whole for find-in-page and tests. */
export const RENDER_ALL_ROWS = 200;

// A scroll box not laid out yet (a hidden tab, jsdom) measures 0 tall; without a height the
// virtualizer would render no row at all, so it is given a first screenful.
const FALLBACK_HEIGHT = 600;

/**
 * Virtual rows of a table inside a scroll box: which rows to render, and the space the rest
 * take above and below them (spacer rows keep the table a real table).
 */
export function useVirtualRows(
  count: number,
  rowHeight: number,
  scrollRef: RefObject<HTMLElement | null>,
) {
  // The app is not built with React Compiler; the table re-renders when the virtualizer asks.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer<HTMLElement, HTMLTableRowElement>({
    count,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => rowHeight,
    overscan: 10,
    observeElementRect: (instance, cb) =>
      observeElementRect(instance, (rect) =>
        cb(rect.height > 0 ? rect : { width: rect.width, height: FALLBACK_HEIGHT }),
      ),
    measureElement: (element, entry, instance) => {
      const size = measureElement(element, entry, instance);
      return size > 0 ? size : rowHeight;
    },
    rangeExtractor: (range) =>
      range.count <= RENDER_ALL_ROWS
        ? Array.from({ length: range.count }, (_, i) => i)
        : defaultRangeExtractor(range),
  });
  const items = virtualizer.getVirtualItems();
  const first = items[0];
  const lastItem = items[items.length - 1];
  const before = first?.start ?? 0;
  const after = lastItem === undefined ? 0 : Math.max(0, virtualizer.getTotalSize() - lastItem.end);
  return { virtualizer, items, before, after };
}
