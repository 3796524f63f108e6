import { useMemo } from 'react';
import { counterSeries } from '../core';
import { CounterChart } from './CounterChart';
import type { Simulation } from './useSimulation';

/** More charts than this would bury the busy ones; the busiest come first. */
const MAX_CHARTS = 6;

/** One chart per counter and scope key the calls went through, busiest first. */
export function CounterCharts({ simulation, start }: { simulation: Simulation; start: number }) {
  const all = useMemo(
    () =>
      counterSeries(
        simulation.run.counters,
        simulation.run.decisions,
        simulation.calls.map((c) => c.at),
      ),
    [simulation],
  );
  if (all.length === 0) return null;
  const shown = all.slice(0, MAX_CHARTS);
  return (
    <section className="sim-charts" aria-label="Counters over time">
      <h3>Counters over time</h3>
      {shown.map((series) => (
        <CounterChart key={series.id} series={series} start={start} />
      ))}
      {all.length > shown.length && (
        <p className="hint">
          The {shown.length} busiest of {all.length} counters are shown.
        </p>
      )}
    </section>
  );
}
