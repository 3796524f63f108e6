import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import type { CounterUse, ScenarioCall } from '../core';
import { DecisionBadge } from './DecisionBadge';
import { formatOffset, formatUtc } from './format';
import type { Simulation } from './useSimulation';
import { rovingTarget } from '../ui/rovingFocus';
import { useVirtualRows } from '../ui/useVirtualRows';

const ROW_HEIGHT = 30;

interface ResultsTableProps {
  simulation: Simulation;
  scenario: readonly ScenarioCall[];
  start: number;
  /** Indexes of the calls to show, in order. */
  shown: readonly number[];
  /** Shows the call's deciding part of the policy. */
  onActivate: (index: number) => void;
  /** A call whose row is scrolled to and focused, once per `seq`. */
  focusCall?: { seq: number; call: number } | null;
}

function counterText(uses: readonly CounterUse[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const u of uses) {
    const id = `${u.counter} ${u.scopeKey}`;
    if (seen.has(id)) continue;
    seen.add(id);
    out.push(`${u.counter} ${u.count}/${u.max}`);
  }
  return out;
}

/**
 * One row per call: decision, reason, deciding rule, counters after the call and whether the
 * call got what it expected. Virtualized (10,000 calls scroll smoothly); one tab stop, arrow
 * keys move between rows, Enter or a click shows the deciding part of the policy.
 */
export function ResultsTable({
  simulation,
  scenario,
  start,
  shown,
  onActivate,
  focusCall = null,
}: ResultsTableProps) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const { virtualizer, items, before, after } = useVirtualRows(shown.length, ROW_HEIGHT, scrollRef);
  const [active, setActive] = useState(0);
  const pendingFocus = useRef<number | null>(null);
  const current = Math.min(active, Math.max(0, shown.length - 1));

  useEffect(() => {
    const pos = pendingFocus.current;
    if (pos === null) return;
    const row = scrollRef.current?.querySelector<HTMLElement>(`tr[data-index="${pos}"]`);
    if (row) {
      pendingFocus.current = null;
      row.focus();
    }
  });

  const moveTo = (pos: number) => {
    const next = Math.max(0, Math.min(pos, shown.length - 1));
    setActive(next);
    pendingFocus.current = next;
    virtualizer.scrollToIndex(next, { align: 'auto' });
  };

  const focusedSeq = useRef(0);
  useEffect(() => {
    if (focusCall === null || focusCall.seq <= focusedSeq.current) return;
    const pos = shown.indexOf(focusCall.call);
    if (pos === -1) return;
    focusedSeq.current = focusCall.seq;
    pendingFocus.current = pos;
    virtualizer.scrollToIndex(pos, { align: 'auto' });
    scrollRef.current?.querySelector<HTMLElement>(`tr[data-index="${pos}"]`)?.focus();
  });

  const onKeyDown = (event: KeyboardEvent<HTMLTableRowElement>, pos: number, index: number) => {
    const page = Math.max(1, Math.floor((scrollRef.current?.clientHeight ?? 300) / ROW_HEIGHT) - 1);
    const target = rovingTarget(event.key, pos, shown.length, page);
    if (target !== null) {
      event.preventDefault();
      moveTo(target);
    } else if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      onActivate(index);
    }
  };

  const { decisions, counters } = simulation.run;
  const { results } = simulation.summary;
  return (
    <div className="sim-scroll sim-results-scroll" ref={scrollRef}>
      <table
        className="sim-table sim-results"
        aria-label="Simulation results"
        aria-rowcount={shown.length + 1}
      >
        <colgroup>
          <col className="sim-col-index" />
          <col className="sim-col-time" />
          <col className="sim-col-tool" />
          <col className="sim-col-grant" />
          <col className="sim-col-decision" />
          <col className="sim-col-reason" />
          <col className="sim-col-rule" />
          <col className="sim-col-counters" />
          <col className="sim-col-expected" />
        </colgroup>
        <thead>
          <tr aria-rowindex={1}>
            <th scope="col">#</th>
            <th scope="col">Time</th>
            <th scope="col">Tool</th>
            <th scope="col">Grant</th>
            <th scope="col">Decision</th>
            <th scope="col">Reason</th>
            <th scope="col">Rule</th>
            <th scope="col">Counters</th>
            <th scope="col">Expected</th>
          </tr>
        </thead>
        <tbody>
          {before > 0 && (
            <tr aria-hidden="true" className="sim-spacer" style={{ height: before }}>
              <td colSpan={9} />
            </tr>
          )}
          {items.map((item) => {
            const index = shown[item.index] as number;
            const call = scenario[index];
            const decision = decisions[index];
            if (call === undefined || decision === undefined) return null;
            const result = results[index];
            return (
              <tr
                key={item.key}
                ref={virtualizer.measureElement}
                data-index={item.index}
                aria-rowindex={item.index + 2}
                tabIndex={item.index === current ? 0 : -1}
                className="sim-result-row"
                data-result={result ?? undefined}
                title="Show the deciding part of the policy"
                onClick={() => {
                  setActive(item.index);
                  onActivate(index);
                }}
                onKeyDown={(e) => onKeyDown(e, item.index, index)}
              >
                <td>{index + 1}</td>
                <td title={formatUtc(start + call.offset)}>{formatOffset(call.offset)}</td>
                <td className="sim-mono">{call.tool}</td>
                <td>{call.grant ?? 'default'}</td>
                <td>
                  <DecisionBadge decision={decision.decision} />
                </td>
                <td className="sim-reason">{decision.reason}</td>
                <td className="sim-mono">{decision.rule ?? '—'}</td>
                <td className="sim-mono">
                  {counterText(counters[index] ?? []).map((text, k) => (
                    <div key={k}>{text}</div>
                  ))}
                </td>
                <td>
                  {result === 'passed' && <span className="sim-pass">✓ {call.expect}</span>}
                  {result === 'failed' && (
                    <span className="sim-fail">✗ expected {call.expect}</span>
                  )}
                </td>
              </tr>
            );
          })}
          {after > 0 && (
            <tr aria-hidden="true" className="sim-spacer" style={{ height: after }}>
              <td colSpan={9} />
            </tr>
          )}
        </tbody>
      </table>
    </div>
  );
}
