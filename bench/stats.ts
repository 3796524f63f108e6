import { cpus, totalmem } from 'node:os';

/** Runs `fn` `runs` times (after `warmup` runs) and returns the durations in ms. */
export function measure(fn: () => unknown, runs: number, warmup = 2): number[] {
  for (let i = 0; i < warmup; i++) fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn();
    times.push(performance.now() - t0);
  }
  return times;
}

/** The q-quantile (0..1) of a list of numbers. */
export function quantile(values: readonly number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1));
  return sorted[i] ?? NaN;
}

/** The middle value (the lower one of an even count). */
export function median(values: readonly number[]): number {
  return quantile(values, 0.5);
}

/** CPU model × logical cores, memory and Node version of this machine. */
export function machine(): string {
  const cpu = cpus();
  return `${cpu[0]?.model ?? 'unknown CPU'} × ${cpu.length}, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}`;
}

/** A duration in ms with one decimal. */
export function ms(value: number): string {
  return `${value.toFixed(1)} ms`;
}
