import {
  DEFAULT_START,
  describeCondition,
  describeLimitChange,
  diffPolicies,
  parseTrace,
  scenarioCalls,
  type PolicyDiff,
  type ToolChange,
} from '../../core';
import { CliError } from '../cliError';
import { EXIT } from '../exitCodes';
import { displayName, readText, readTools, readValidPolicy } from '../input';
import { plural } from '../output/plural';
import { json, print } from '../output/print';

export interface DiffOptions {
  tools?: string;
  calls?: string;
  format: 'text' | 'json';
}

function subjectLabel(change: ToolChange): string {
  if (change.kind === 'default') return 'tools with no rule (default)';
  return `${change.kind} ${JSON.stringify(change.subject)}`;
}

function toolLines(change: ToolChange): string[] {
  const mark = change.loosening ? '+ LOOSER ' : '  ';
  const head =
    change.before === change.after
      ? `${mark}${subjectLabel(change)}: ${change.after}`
      : `${mark}${subjectLabel(change)}: ${change.before} → ${change.after}`;
  return [
    head,
    ...change.limits.map((l) => `      ${describeLimitChange(l)}`),
    ...change.conditions.map((c) => `      ${describeCondition(c)}`),
  ];
}

function textReport(diff: PolicyDiff): string[] {
  const lines: string[] = [];
  if (diff.tools.length > 0) lines.push('Tools:', ...diff.tools.flatMap(toolLines));
  if (diff.hide.length > 0) {
    lines.push(
      'Hide:',
      ...diff.hide.map((h) => `  ${h.change === 'added' ? '+' : '-'} ${h.entry}`),
    );
  }
  if (diff.allTools.length > 0) {
    lines.push('Limits on every call:', ...diff.allTools.map((l) => `  ${describeLimitChange(l)}`));
  }
  if (diff.calls.length > 0) {
    lines.push(
      'Calls decided differently:',
      ...diff.calls.map(
        (c) =>
          `  ${c.loosening ? '+ LOOSER ' : ''}#${c.index + 1} ${c.call.tool}: ${c.before.decision} → ${c.after.decision}`,
      ),
    );
  }
  if (diff.loosenings.length > 0) {
    lines.push('Loosenings:', ...diff.loosenings.map((l) => `  ${l.message}`));
  }
  const nothing = lines.length === 0;
  lines.push(
    nothing
      ? 'No change in what the policies decide.'
      : diff.hasLoosening
        ? `The new policy allows more: ${plural(diff.loosenings.length, 'loosening')} (exit 2).`
        : 'The new policy allows nothing the old one did not.',
  );
  return lines;
}

/** `diff`: what changed in what the policies decide; 2 when the new one allows more. */
export async function diff(
  oldFile: string,
  newFile: string,
  options: DiffOptions,
): Promise<number> {
  if (oldFile === newFile && oldFile === '-') {
    throw new CliError('Only one of the two policies can come from standard input');
  }
  const tools = options.tools === undefined ? undefined : await readTools(options.tools);
  const before = await readValidPolicy(oldFile);
  const after = await readValidPolicy(newFile);
  let calls;
  if (options.calls !== undefined) {
    const trace = parseTrace(await readText(options.calls), DEFAULT_START);
    if (trace.problems.length > 0) {
      const p = trace.problems[0]!;
      throw new CliError(`${displayName(options.calls)}:${p.line}: ${p.message}`);
    }
    calls = scenarioCalls(trace.start, trace.calls);
  }
  const result = diffPolicies(before, after, { tools, calls });
  print(options.format === 'json' ? json(result) : textReport(result).join('\n'));
  return result.hasLoosening ? EXIT.loosened : EXIT.ok;
}
