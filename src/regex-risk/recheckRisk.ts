import { checkSync } from 'recheck';
import type { RegexRisk } from '../core';

/** Long enough for recheck's automaton and fuzzing checks of any everyday regex. */
const CHECK_TIMEOUT_MS = 5_000;

/**
 * recheck's verdict on one regex source (no flags) as a RegexRisk: exponential or polynomial
 * when it found an attack string, null when safe or undecided. A fixed seed keeps its fuzzing
 * answer the same from run to run.
 */
export function recheckRisk(source: string): RegexRisk | null {
  const result = checkSync(source, '', { timeout: CHECK_TIMEOUT_MS, randomSeed: 0 });
  if (result.status !== 'vulnerable') return null;
  return result.complexity.type === 'exponential' ? 'exponential' : 'polynomial';
}
