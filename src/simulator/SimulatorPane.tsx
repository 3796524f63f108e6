import { useId, useMemo, useState } from 'react';
import { useUiStore } from '../state/uiStore';
import { CallsTextbox } from './CallsTextbox';
import { CounterCharts } from './CounterCharts';
import { GeneratorForm } from './GeneratorForm';
import { ResultsSummary, type ResultFilter } from './ResultsSummary';
import { ResultsTable } from './ResultsTable';
import { ScenarioBar } from './ScenarioBar';
import { ScenarioTable } from './ScenarioTable';
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

/**
 * The dry-run simulator: a scenario of calls (table, generators, pasted trace) replayed against
 * the draft on every change, with each decision explained and linked to the policy.
 */
export function SimulatorPane() {
  const toolListId = useId();
  const choices = useToolChoices();
  const calls = useScenarioStore((s) => s.calls);
  const start = useScenarioStore((s) => s.start);
  const state = useSimulation();
  const revealPointer = useUiStore((s) => s.revealPointer);
  const select = useUiStore((s) => s.select);
  const [filter, setFilter] = useState<ResultFilter>('all');

  const simulation = state.valid ? state.simulation : null;
  const shown = useMemo(
    () => (simulation === null ? [] : shownCalls(simulation, filter)),
    [simulation, filter],
  );

  const activate = (index: number) => {
    const decision = simulation?.run.decisions[index];
    const call = calls[index];
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
      <section className="sim-section" aria-labelledby={`${toolListId}-results`}>
        <h2 id={`${toolListId}-results`}>Results</h2>
        {simulation === null ? (
          <p role="status" className="sim-invalid">
            The policy has errors, so it cannot be simulated. Fix them (see Problems) and the
            results come back at once.
          </p>
        ) : calls.length === 0 ? (
          <p className="hint">The results of the calls show here.</p>
        ) : (
          <>
            <ResultsSummary
              summary={simulation.summary}
              total={calls.length}
              filter={filter}
              onFilter={setFilter}
            />
            <ResultsTable
              simulation={simulation}
              scenario={calls}
              start={start}
              shown={shown}
              onActivate={activate}
            />
            <CounterCharts simulation={simulation} start={start} />
          </>
        )}
      </section>
    </div>
  );
}
