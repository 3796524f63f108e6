import {
  DEFAULT_START,
  parseTrace,
  scenarioCalls,
  simulate as simulateCalls,
  summarizeRun,
  type Decision,
  type ScenarioCall,
} from '../../core';
import { EXIT } from '../exitCodes';
import { displayName, readText, readValidPolicy } from '../input';
import { plural } from '../output/plural';
import { json, note, print } from '../output/print';

export interface SimulateOptions {
  format: 'text' | 'json';
}

function callLine(i: number, call: ScenarioCall, d: Decision): string {
  const where = `${d.rule === null ? '' : `rule ${JSON.stringify(d.rule)} `}at ${d.path}`;
  let line = `#${i + 1} ${call.tool} → ${d.decision}: ${d.reason} (${where})`;
  if (call.expect !== undefined) {
    line +=
      call.expect === d.decision ? `  ✓ expected ${call.expect}` : `  ✗ EXPECTED ${call.expect}`;
  }
  return line;
}

/** `simulate`: every decision of a trace; 1 when an expected decision is not met or a line is unreadable. */
export async function simulate(
  policyFile: string,
  callsFile: string,
  options: SimulateOptions,
): Promise<number> {
  const policy = await readValidPolicy(policyFile);
  const trace = parseTrace(await readText(callsFile), DEFAULT_START);
  const calls = scenarioCalls(trace.start, trace.calls);
  const decisions = simulateCalls(policy, calls);
  const summary = summarizeRun(trace.calls, decisions);
  const name = displayName(callsFile);
  const failed = summary.failed > 0 || trace.problems.length > 0;

  if (options.format === 'json') {
    print(
      json({
        calls: trace.calls.map((call, i) => ({
          index: i,
          tool: call.tool,
          at: new Date(calls[i]!.at).toISOString(),
          ...decisions[i],
          ...(call.expect === undefined
            ? {}
            : { expect: call.expect, met: call.expect === decisions[i]!.decision }),
        })),
        skipped: trace.problems,
        counts: summary.counts,
        expected: summary.expected,
        passed: summary.passed,
        failed: summary.failed,
      }),
    );
  } else {
    trace.calls.forEach((call, i) => print(callLine(i, call, decisions[i]!)));
    const counts = Object.entries(summary.counts)
      .filter(([, n]) => n > 0)
      .map(([kind, n]) => `${n} ${kind}`);
    const expectations =
      summary.expected === 0
        ? 'no expectations'
        : `expectations: ${summary.passed} met, ${summary.failed} not met`;
    print(
      `${plural(trace.calls.length, 'call')} (${counts.join(', ') || 'none'}); ${expectations}`,
    );
  }
  for (const p of trace.problems) note(`${name}:${p.line}: skipped: ${p.message}`);
  return failed ? EXIT.failed : EXIT.ok;
}
