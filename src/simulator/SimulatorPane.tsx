import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { useUiStore } from '../state/uiStore';
import { CallsTextbox } from './CallsTextbox';
import { CounterCharts } from './CounterCharts';
import { GeneratorForm } from './GeneratorForm';
import { ResultsSummary, type ResultFilter } from './ResultsSummary';
import { ResultsTable } from './ResultsTable';
import { ScenarioBar } from './ScenarioBar';
import { ScenarioTable } from './ScenarioTable';
import { SimulationStopped } from './SimulationStopped';
import { useScenarioStore } from './scenarioStore';
import { useSimulation, type Simulation } from './useSimulation';
import { useToolChoices } from './useToolNames';
import './simulator.css';

function shownCalls(simulation: Simulation, filter: ResultFilter): number[] {
  const { decisions } = simulation.run;
  if (filter === 'failed') return simulation.summary.failures;
  const out: number[] = [];
  for (let i = 0; i < decisions.length; i++) {
    if (filter === 'all' || decisions[i]?.decision === filter) out.push(i);
  }
  return out;
}

// Requests already acted on, across remounts: "Test this rule" asks, then the tab mounts this pane.
let shownRequest = 0;

/**
 * The dry-run simulator: a scenario of calls (table, generators, pasted trace) replayed against
 * the draft on every change, with each decision explained and linked to the policy.
 */
export function SimulatorPane() {
  const toolListId = useId();
  const choices = useToolChoices();
  const calls = useScenarioStore((s) => s.calls);
  const state = useSimulation();
  const revealPointer = useUiStore((s) => s.revealPointer);
  const select = useUiStore((s) => s.select);
  const [filter, setFilter] = useState<ResultFilter>('all');
  const request = useScenarioStore((s) => s.resultsRequest);
  const resultsRef = useRef<HTMLElement>(null);
  const summaryRef = useRef<HTMLDivElement>(null);

  const shownRun = state.valid ? state.shown : null;
  const simulation = shownRun?.simulation ?? null;
  // The results show the scenario that ran: while a new run is going it may be one edit behind.
  const ranCalls = shownRun?.scenario ?? calls;
  const start = shownRun?.start ?? 0;
  const shown = useMemo(
    () => (simulation === null ? [] : shownCalls(simulation, filter)),
    [simulation, filter],
  );

  // Once the results are of the calls asked about, they come into view: at the asked call's row
  // (the table focuses it), else (no call, or one the filter hides) with focus on the counts.
  const asked =
    request !== null && request.seq > shownRequest && simulation !== null && ranCalls === calls
      ? request
      : null;
  useEffect(() => {
    if (asked === null) return;
    shownRequest = asked.seq;
    if (asked.call !== null && shown.includes(asked.call)) return;
    resultsRef.current?.scrollIntoView?.({ block: 'start' });
    summaryRef.current?.focus({ preventScroll: true });
  }, [asked, shown]);

  const activate = (index: number) => {
    const decision = simulation?.run.decisions[index];
    const call = ranCalls[index];
    if (decision === undefined || call === undefined) return;
    select(decision.rule ?? call.tool);
    revealPointer(decision.path);
  };

  return (
    <div className="simulator">
      <datalist id={toolListId}>
        {choices.names.map((name) => (
          <option key={name} value={name} />
        ))}
      </datalist>
      <section className="sim-section" aria-labelledby={`${toolListId}-scenario`}>
        <h2 id={`${toolListId}-scenario`}>Scenario</h2>
        <ScenarioBar defaultTool={choices.names[0] ?? 'tool'} />
        <GeneratorForm choices={choices} toolListId={toolListId} />
        <ScenarioTable calls={calls} schemas={choices.schemas} toolListId={toolListId} />
        <CallsTextbox />
      </section>
      <section
        ref={resultsRef}
        className="sim-section sim-results-section"
        aria-labelledby={`${toolListId}-results`}
      >
        <h2 id={`${toolListId}-results`}>Results</h2>
        {!state.valid ? (
          <p role="status" className="sim-invalid">
            The policy has errors, so it cannot be simulated. Fix them (see Problems) and the
            results come back at once.
          </p>
        ) : state.stopped !== null ? (
          <SimulationStopped
            run={state.stopped}
            onShowCondition={(pointer, rule) => {
              if (rule !== null) select(rule);
              revealPointer(pointer);
            }}
          />
        ) : calls.length === 0 ? (
          <p className="hint">The results of the calls show here.</p>
        ) : simulation === null ? (
          <p role="status" className="hint">
            Simulating…
          </p>
        ) : (
          <>
            <ResultsSummary
              ref={summaryRef}
              summary={simulation.summary}
              total={ranCalls.length}
              filter={filter}
              onFilter={setFilter}
            />
            <ResultsTable
              simulation={simulation}
              scenario={ranCalls}
              start={start}
              shown={shown}
              onActivate={activate}
              focusCall={asked?.call != null ? { seq: asked.seq, call: asked.call } : null}
            />
            <CounterCharts simulation={simulation} start={start} />
          </>
        )}
      </section>
    </div>
  );
}
