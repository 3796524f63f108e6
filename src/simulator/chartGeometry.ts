import type { CounterSeries } from '../core';

export const CHART = { width: 560, height: 150, left: 40, right: 10, top: 12, bottom: 22 } as const;
const PLOT_WIDTH = CHART.width - CHART.left - CHART.right;
const PLOT_HEIGHT = CHART.height - CHART.top - CHART.bottom;
/** More boundaries than this would fill the plot with lines; the description says so instead. */
export const MAX_BOUNDARIES = 120;

/** The SVG paths and labels of one counter's chart. */
export interface ChartGeometry {
  from: number;
  to: number;
  yMax: number;
  /** The count after each call, held until the next call or the end of its window. */
  countPath: string;
  /** The binding max over time. */
  maxPath: string;
  /** A tick at each moment a call found the counter full. */
  refusedPath: string;
  /** x of each window start inside the plot, or null when there are too many to mark. */
  boundaries: number[] | null;
  /** The max at the first call, labelled on the axis. */
  firstMax: number;
  yOf: (value: number) => number;
}

/**
 * Lays a counter's points on a plot one column per pixel, so 10,000 calls cost no more to draw
 * than 500: each column shows the highest count reached in it, and a count drops to 0 where a
 * new window starts (unless windows are too narrow to see, when the line shows the peaks).
 */
export function chartGeometry(series: CounterSeries): ChartGeometry {
  const { points, windowMs } = series;
  const first = points[0];
  const last = points[points.length - 1];
  if (first === undefined || last === undefined) {
    return {
      from: 0,
      to: 0,
      yMax: 1,
      countPath: '',
      maxPath: '',
      refusedPath: '',
      boundaries: [],
      firstMax: 0,
      yOf: () => 0,
    };
  }
  // Whole windows when the calls fill a good part of them; else the calls' own span, padded.
  const callSpan = last.at - first.at;
  const windowSpan = last.windowStart + windowMs - first.windowStart;
  const pad = Math.max(callSpan, 1000) * 0.05;
  const whole = windowSpan <= 4 * callSpan;
  const from = whole ? first.windowStart : first.at - pad;
  const to = whole ? last.windowStart + windowMs : last.at + pad;
  const span = to - from;
  const columns = PLOT_WIDTH;
  const xOf = (t: number) => CHART.left + ((t - from) / span) * PLOT_WIDTH;
  const columnOf = (t: number) => Math.min(columns - 1, Math.floor(((t - from) / span) * columns));

  const count = new Array<number>(columns).fill(-1);
  const cap = new Array<number>(columns).fill(-1);
  const refused = new Array<boolean>(columns).fill(false);
  let peak = 0;
  let maxCap = 0;
  for (const p of points) {
    const c = columnOf(p.at);
    count[c] = Math.max(count[c] as number, p.count);
    cap[c] = cap[c] === -1 ? p.max : Math.min(cap[c] as number, p.max);
    if (p.refused) refused[c] = true;
    peak = Math.max(peak, p.count);
    maxCap = Math.max(maxCap, p.max);
  }
  const yMax = Math.max(1, Math.ceil(Math.max(peak, maxCap) * 1.15));
  const yOf = (v: number) => CHART.top + PLOT_HEIGHT - (v / yMax) * PLOT_HEIGHT;
  const windowOf = (t: number) => Math.floor(t / windowMs);

  // Windows narrower than a few pixels cannot show their sawtooth: draw the peak per column.
  const dense = (windowMs / span) * PLOT_WIDTH < 4;
  let level = 0;
  let levelWindow = windowOf(from);
  let capLevel = first.max;
  const countParts: string[] = [`M${CHART.left} ${yOf(0)}`];
  const capParts: string[] = [`M${CHART.left} ${yOf(capLevel).toFixed(1)}`];
  const refusedParts: string[] = [];
  for (let c = 0; c < columns; c++) {
    const x = CHART.left + c;
    const columnWindow = windowOf(from + (c / columns) * span);
    if (!dense && columnWindow !== levelWindow) {
      level = 0;
      levelWindow = columnWindow;
    }
    const seen = count[c] as number;
    if (seen >= 0) level = seen;
    const capSeen = cap[c] as number;
    if (capSeen >= 0 && capSeen !== capLevel) {
      capLevel = capSeen;
      capParts.push(`H${x}V${yOf(capLevel).toFixed(1)}`);
    }
    countParts.push(`H${x}V${yOf(level).toFixed(1)}`);
    if (refused[c]) refusedParts.push(`M${x + 0.5} ${CHART.top - 8}v6`);
  }
  countParts.push(`H${CHART.left + PLOT_WIDTH}`);
  capParts.push(`H${CHART.left + PLOT_WIDTH}`);

  const firstBoundary = Math.ceil(from / windowMs) * windowMs;
  const boundaryCount = Math.floor((to - firstBoundary) / windowMs) + 1;
  const boundaries =
    boundaryCount > MAX_BOUNDARIES
      ? null
      : Array.from({ length: boundaryCount }, (_, k) => xOf(firstBoundary + k * windowMs));

  return {
    from,
    to,
    yMax,
    countPath: countParts.join(''),
    maxPath: capParts.join(''),
    refusedPath: refusedParts.join(''),
    boundaries,
    firstMax: first.max,
    yOf,
  };
}
