import { useId, useMemo } from 'react';
import type { CounterSeries } from '../core';
import { CHART, chartGeometry } from './chartGeometry';
import { formatOffset, windowLabel } from './format';
import { plural } from '../ui/plural';

function who(series: CounterSeries): string {
  return series.scope === 'global' ? 'global' : `${series.scope} ${series.scopeKey}`;
}

/** A description a screen reader can read in place of the picture. */
function describe(series: CounterSeries, start: number): string {
  const { points, peak, refused, fullWindows, windowMs } = series;
  const first = points[0];
  const last = points[points.length - 1];
  if (first === undefined || last === undefined) return 'No calls.';
  const caps = [...new Set(points.map((p) => p.max))].sort((a, b) => a - b);
  return (
    `${plural(points.length, 'call', 'calls')} from ${formatOffset(first.at - start)} to ` +
    `${formatOffset(last.at - start)}, at most ${caps.join(' or ')} per ${windowLabel(windowMs)}. ` +
    `Peak count ${peak}; full in ${plural(fullWindows, 'window', 'windows')}; ` +
    `${plural(refused, 'call', 'calls')} rate-limited.`
  );
}

/**
 * Count against max over time for one counter (hand-written SVG): the count climbs with each
 * call and drops to 0 at each window boundary (dotted lines), the dashed line is the max, and
 * ticks on top mark calls that found the counter full.
 */
export function CounterChart({ series, start }: { series: CounterSeries; start: number }) {
  const id = useId();
  const g = useMemo(() => chartGeometry(series), [series]);
  const title = `Counter ${series.counter} (${who(series)})`;
  const { width, height, left, right, top, bottom } = CHART;
  const baseline = height - bottom;
  return (
    <figure className="sim-chart">
      <svg
        role="img"
        aria-labelledby={`${id}-title`}
        aria-describedby={`${id}-desc`}
        viewBox={`0 0 ${width} ${height}`}
        width="100%"
        preserveAspectRatio="xMinYMin meet"
      >
        <title id={`${id}-title`}>{title}</title>
        <desc id={`${id}-desc`}>{describe(series, start)}</desc>
        <g className="sim-chart-windows">
          {(g.boundaries ?? []).map((x, k) => (
            <line key={k} x1={x} x2={x} y1={top} y2={baseline} />
          ))}
        </g>
        <line className="sim-chart-axis" x1={left} x2={width - right} y1={baseline} y2={baseline} />
        <path className="sim-chart-max" d={g.maxPath} />
        <path className="sim-chart-count" d={g.countPath} />
        <path className="sim-chart-refused" d={g.refusedPath} />
        <text className="sim-chart-label" x={left - 4} y={baseline} textAnchor="end">
          0
        </text>
        <text
          className="sim-chart-label sim-chart-max-label"
          x={left - 4}
          y={g.yOf(g.firstMax) + 3}
          textAnchor="end"
        >
          {g.firstMax}
        </text>
        <text className="sim-chart-label" x={left} y={height - 6}>
          {formatOffset(g.from - start)}
        </text>
        <text className="sim-chart-label" x={width - right} y={height - 6} textAnchor="end">
          {formatOffset(g.to - start)}
        </text>
      </svg>
      <figcaption aria-hidden="true">
        {title}
        {g.boundaries === null && ' — too many windows to mark their boundaries'}
      </figcaption>
    </figure>
  );
}
