import { observeElementRect, useVirtualizer, type Virtualizer } from '@tanstack/react-virtual';
import {
  useCallback,
  useEffect,
  useMemo,
  useRef,
  type KeyboardEvent,
  type MouseEvent,
} from 'react';
import type { ToolDecision } from '../core';
import { usePolicyStore } from '../state/policyStore';
import { useUiStore } from '../state/uiStore';
import { useSetDecisions } from '../state/useDecisions';
import { useMediaQuery } from '../ui/useMediaQuery';
import { rovingTarget } from '../ui/rovingFocus';
import type { GroupSummary, ListItem } from '../state/toolGroups';
import type { ToolRow } from '../state/toolRows';
import { GroupHeaderView, type GroupHeaderHandlers } from './GroupHeaderView';
import { ToolRowView, type ToolRowHandlers } from './ToolRowView';

export const ROW_HEIGHT = 60;
/** On a phone each row is a card whose decision segments are 44 px touch targets. */
export const CARD_HEIGHT = 132;
const PHONE = '(max-width: 600px)';

// Before layout (or in a hidden tab) the list has no height yet; assume a screenful so rows exist.
function observeRectWithFallback(
  instance: Virtualizer<HTMLDivElement, Element>,
  cb: (rect: { width: number; height: number }) => void,
) {
  return observeElementRect(instance, (rect) =>
    cb(rect.height > 0 ? rect : { width: rect.width, height: 800 }),
  );
}

function toggled(list: readonly string[], key: string, on: boolean): string[] {
  const without = list.filter((k) => k !== key);
  return on ? [...without, key] : without;
}

interface ToolListProps {
  /** Tool rows, with group headers when grouped by prefix. */
  items: readonly ListItem[];
  onToggleGroup: (key: string) => void;
  onDecideGroup: (group: GroupSummary, decision: ToolDecision) => void;
}

/** The rows, virtualized at a fixed height so thousands of tools scroll smoothly. */
export function ToolList({ items: entries, onToggleGroup, onDecideGroup }: ToolListProps) {
  const selected = useUiStore((s) => s.selected);
  const rowSelection = useUiStore((s) => s.rowSelection);
  const readOnly = usePolicyStore((s) => !s.valid);
  const fallback = usePolicyStore((s) => s.policy.default);
  const rowHeight = useMediaQuery(PHONE) ? CARD_HEIGHT : ROW_HEIGHT;
  const setDecisions = useSetDecisions();
  const scrollRef = useRef<HTMLDivElement>(null);
  const anchor = useRef<string | null>(null);
  const pendingFocus = useRef<number | null>(null);
  // Shift-click selects a range of the tool rows shown, headers left out.
  const rows = useMemo(
    () => entries.flatMap((item) => (item.kind === 'tool' ? [item.row] : [])),
    [entries],
  );
  const rowsRef = useRef<readonly ToolRow[]>(rows);
  const countRef = useRef(entries.length);
  useEffect(() => {
    rowsRef.current = rows;
    countRef.current = entries.length;
  }, [rows, entries]);

  const checked = useMemo(() => new Set(rowSelection), [rowSelection]);

  // eslint-disable-next-line react-hooks/incompatible-library -- no React Compiler here; the virtualizer re-renders this list itself
  const virtualizer = useVirtualizer({
    count: entries.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => rowHeight,
    overscan: 6,
    observeElementRect: observeRectWithFallback,
  });

  useEffect(() => virtualizer.measure(), [rowHeight, virtualizer]);

  const focusPending = useCallback(() => {
    const index = pendingFocus.current;
    if (index === null) return;
    const button = scrollRef.current?.querySelector<HTMLButtonElement>(
      `[data-row-index="${index}"] [data-roving]`,
    );
    if (button) {
      button.focus();
      pendingFocus.current = null;
    }
  }, []);
  // The row to focus may only exist after the virtualizer scrolled and rendered it.
  useEffect(() => focusPending());

  // Rows and group headers share one roving focus: arrows, Home and End move between them.
  const moveFocus = useCallback(
    (event: KeyboardEvent<HTMLButtonElement>, index: number) => {
      // Page keys stay with the scroll box.
      if (event.key === 'PageUp' || event.key === 'PageDown') return;
      const target = rovingTarget(event.key, index, countRef.current);
      if (target === null) return;
      event.preventDefault();
      pendingFocus.current = target;
      virtualizer.scrollToIndex(target);
      focusPending();
    },
    [virtualizer, focusPending],
  );

  const groupHandlers = useMemo<GroupHeaderHandlers>(
    () => ({ onToggle: onToggleGroup, onKeyDown: moveFocus, onDecide: onDecideGroup }),
    [onToggleGroup, moveFocus, onDecideGroup],
  );

  const handlers = useMemo<ToolRowHandlers>(() => {
    const { select, setRowSelection } = useUiStore.getState();
    return {
      onNameClick: (event: MouseEvent<HTMLButtonElement>, key: string) => {
        const state = useUiStore.getState();
        const list = rowsRef.current;
        if (event.shiftKey && anchor.current !== null) {
          const from = list.findIndex((r) => r.key === anchor.current);
          const to = list.findIndex((r) => r.key === key);
          if (from !== -1 && to !== -1) {
            const [lo, hi] = from < to ? [from, to] : [to, from];
            setRowSelection(list.slice(lo, hi + 1).map((r) => r.key));
            select(key);
            return;
          }
        }
        anchor.current = key;
        if (event.ctrlKey || event.metaKey) {
          const base =
            state.rowSelection.length > 0 || state.selected === null
              ? state.rowSelection
              : [state.selected];
          setRowSelection(toggled(base, key, !base.includes(key)));
        } else {
          setRowSelection([]);
        }
        select(key);
      },
      onNameKeyDown: moveFocus,
      onCheck: (key: string, on: boolean) => {
        anchor.current = key;
        setRowSelection(toggled(useUiStore.getState().rowSelection, key, on));
      },
      onDecide: (key: string, decision: ToolDecision) => setDecisions([key], decision),
      onOpen: (key: string) => select(key),
    };
  }, [setDecisions, moveFocus]);

  const items = virtualizer.getVirtualItems();
  return (
    <div ref={scrollRef} className="tool-list-scroll">
      <div
        role="list"
        aria-label="Tool list"
        className="tool-list"
        style={{ height: virtualizer.getTotalSize() }}
      >
        {items.map((item) => {
          const entry = entries[item.index];
          if (!entry) return null;
          if (entry.kind === 'group') {
            return (
              <GroupHeaderView
                key={`g:${entry.group.key}`}
                group={entry.group}
                index={item.index}
                total={entries.length}
                readOnly={readOnly}
                fallback={fallback}
                handlers={groupHandlers}
                start={item.start}
                height={rowHeight}
              />
            );
          }
          const row = entry.row;
          return (
            <ToolRowView
              key={`t:${row.key}`}
              row={row}
              index={item.index}
              total={entries.length}
              current={row.key === selected}
              checked={checked.has(row.key)}
              readOnly={readOnly}
              fallback={fallback}
              handlers={handlers}
              start={item.start}
              height={rowHeight}
            />
          );
        })}
      </div>
    </div>
  );
}
