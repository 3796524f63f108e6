import { useEffect, useMemo, useRef } from 'react';
import type { ScenarioCall } from '../core';
import { ScenarioRow, type RowActions } from './ScenarioRow';
import { useScenarioStore } from './scenarioStore';
import { useVirtualRows } from '../ui/useVirtualRows';

const ROW_HEIGHT = 36;

interface ScenarioTableProps {
  calls: readonly ScenarioCall[];
  schemas: ReadonlyMap<string, unknown>;
  toolListId: string;
}

/**
 * The scenario's calls as an editable table (virtualized, for generated scenarios of thousands
 * of calls). Moving a call keeps focus on the button that moved it, so a call can be walked
 * up or down with the keyboard.
 */
export function ScenarioTable({ calls, schemas, toolListId }: ScenarioTableProps) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const { virtualizer, items, before, after } = useVirtualRows(calls.length, ROW_HEIGHT, scrollRef);
  const pendingFocus = useRef<{ index: number; targets: string[] } | null>(null);

  const updateCall = useScenarioStore((s) => s.updateCall);
  const moveCall = useScenarioStore((s) => s.moveCall);
  const duplicateCall = useScenarioStore((s) => s.duplicateCall);
  const removeCall = useScenarioStore((s) => s.removeCall);

  const actions = useMemo<RowActions>(() => {
    const focusLater = (index: number, targets: string[]) => {
      pendingFocus.current = { index, targets };
      virtualizer.scrollToIndex(index, { align: 'auto' });
    };
    return {
      update: updateCall,
      duplicate: duplicateCall,
      move: (index, to) => {
        moveCall(index, to);
        const first = to < index ? `up-${to}` : `down-${to}`;
        const other = to < index ? `down-${to}` : `up-${to}`;
        focusLater(to, [first, other]);
      },
      remove: (index) => {
        removeCall(index);
        const next = index < useScenarioStore.getState().calls.length ? index : index - 1;
        if (next >= 0) focusLater(next, [`remove-${next}`]);
        else pendingFocus.current = { index: -1, targets: ['add-call'] };
      },
    };
  }, [virtualizer, updateCall, moveCall, duplicateCall, removeCall]);

  useEffect(() => {
    const pending = pendingFocus.current;
    if (pending === null) return;
    const root = pending.index === -1 ? document : scrollRef.current;
    for (const target of pending.targets) {
      const button = root?.querySelector<HTMLButtonElement>(`[data-focus="${target}"]`);
      if (button && !button.disabled) {
        pendingFocus.current = null;
        button.focus();
        return;
      }
    }
  });

  if (calls.length === 0) {
    return (
      <p className="hint">No calls yet: add one, generate some, or paste a trace into Calls.</p>
    );
  }
  return (
    <div className="sim-scroll sim-scenario-scroll" ref={scrollRef}>
      <table
        className="sim-table sim-scenario"
        aria-label="Scenario calls"
        aria-rowcount={calls.length + 1}
      >
        <colgroup>
          <col className="sim-col-index" />
          <col className="sim-col-tool-input" />
          <col className="sim-col-args" />
          <col className="sim-col-grant-input" />
          <col className="sim-col-grant-input" />
          <col className="sim-col-offset" />
          <col className="sim-col-expect" />
          <col className="sim-col-actions" />
        </colgroup>
        <thead>
          <tr aria-rowindex={1}>
            <th scope="col">#</th>
            <th scope="col">Tool</th>
            <th scope="col">Arguments (JSON)</th>
            <th scope="col">Grant</th>
            <th scope="col">Session</th>
            <th scope="col">Offset (ms)</th>
            <th scope="col">Expected</th>
            <th scope="col">
              <span className="visually-hidden">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {before > 0 && (
            <tr aria-hidden="true" className="sim-spacer" style={{ height: before }}>
              <td colSpan={8} />
            </tr>
          )}
          {items.map((item) => {
            const call = calls[item.index];
            if (call === undefined) return null;
            return (
              <ScenarioRow
                key={item.key}
                index={item.index}
                count={calls.length}
                call={call}
                schema={schemas.get(call.tool)}
                toolListId={toolListId}
                actions={actions}
                measure={virtualizer.measureElement}
              />
            );
          })}
          {after > 0 && (
            <tr aria-hidden="true" className="sim-spacer" style={{ height: after }}>
              <td colSpan={8} />
            </tr>
          )}
        </tbody>
      </table>
    </div>
  );
}
