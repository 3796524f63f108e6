import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { formatTrace, MAX_SCENARIO_CALLS } from '../core';
import { useScenarioStore } from './scenarioStore';

/** Typing settles this long before the text is read (thousands of lines take a moment). */
export const CALLS_PARSE_DELAY_MS = 200;
const SHOWN_PROBLEMS = 20;

/**
 * The calls as text: paste a recorded trace (JSON array or JSON Lines) and its good lines become
 * the scenario; bad lines are listed by number and skipped. When the calls change another way,
 * the text shows them as JSON Lines.
 */
export function CallsTextbox() {
  const calls = useScenarioStore((s) => s.calls);
  const stored = useScenarioStore((s) => s.callsText);
  const problems = useScenarioStore((s) => s.traceProblems);
  const total = useScenarioStore((s) => s.traceTotal);
  const setCallsText = useScenarioStore((s) => s.setCallsText);
  const written = useMemo(() => (stored === null ? formatTrace(calls) : ''), [stored, calls]);
  const [draft, setDraft] = useState<string | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const pending = useRef<string | null>(null);
  const helpId = useId();
  const problemsId = useId();

  const commit = (text: string) => {
    if (timer.current !== null) clearTimeout(timer.current);
    timer.current = null;
    pending.current = null;
    setCallsText(text);
    setDraft(null);
  };

  // Text typed just before the pane goes away (a tab switch) is still read.
  useEffect(
    () => () => {
      if (timer.current !== null) clearTimeout(timer.current);
      if (pending.current !== null) useScenarioStore.getState().setCallsText(pending.current);
    },
    [],
  );

  const value = draft ?? stored ?? written;
  return (
    <div className="sim-calls">
      <label htmlFor={`${helpId}-input`}>Calls</label>
      <textarea
        id={`${helpId}-input`}
        className="sim-mono"
        rows={6}
        spellCheck={false}
        value={value}
        aria-describedby={problems.length > 0 ? `${helpId} ${problemsId}` : helpId}
        onChange={(e) => {
          const text = e.target.value;
          setDraft(text);
          pending.current = text;
          if (timer.current !== null) clearTimeout(timer.current);
          timer.current = setTimeout(() => commit(text), CALLS_PARSE_DELAY_MS);
        }}
        onBlur={() => {
          if (draft !== null) commit(draft);
        }}
      />
      <p id={helpId} className="hint">
        A JSON array or JSON Lines, one call each: <code>tool</code> (or <code>name</code>),{' '}
        <code>args</code> (or <code>arguments</code>), <code>at</code> or <code>timestamp</code> (ms
        or ISO 8601) or <code>offset</code> (ms after the start), <code>grant</code>,{' '}
        <code>session</code>, <code>expect</code>. The earliest <code>at</code> becomes the start.
      </p>
      {total !== null && (
        <p className="sim-trace-cut" role="status">
          The trace has {total.toLocaleString('en-US')} calls; a scenario holds at most{' '}
          {MAX_SCENARIO_CALLS.toLocaleString('en-US')}, so only the first{' '}
          {MAX_SCENARIO_CALLS.toLocaleString('en-US')} were read.
        </p>
      )}
      {problems.length > 0 && (
        <div id={problemsId} className="sim-trace-problems">
          <p>
            {problems.length === 1
              ? '1 line was skipped:'
              : `${problems.length} lines were skipped:`}
          </p>
          <ul>
            {problems.slice(0, SHOWN_PROBLEMS).map((p) => (
              <li key={p.line}>
                Line {p.line}: {p.message}
              </li>
            ))}
          </ul>
          {problems.length > SHOWN_PROBLEMS && <p>and {problems.length - SHOWN_PROBLEMS} more.</p>}
        </div>
      )}
    </div>
  );
}
