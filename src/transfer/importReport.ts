import type { Finding, PreparedImport } from '../core';
import type { TransferReport } from './transferReport';
import { plural } from '../ui/plural';

/** How many findings a report lists; the rest are in Problems. */
const LISTED = 8;

/** "Line 4, column 7: message" — the place in the text the finding is about. */
export function findingLine(f: Finding): string {
  return f.line > 0 ? `Line ${f.line}, column ${f.column}: ${f.message}` : f.message;
}

/** Up to LISTED findings as lines, then how many more there are and where. */
export function listFindings(findings: readonly Finding[], where: string): string[] {
  const lines = findings.slice(0, LISTED).map(findingLine);
  if (findings.length > LISTED) lines.push(`…and ${findings.length - LISTED} more ${where}.`);
  return lines;
}

/** What an import did, for the report: rewrites made, or errors left in the text as given. */
export function importReport(prepared: PreparedImport, source: string): TransferReport {
  const { parsed } = prepared;
  if (!parsed.ok) {
    const errors = parsed.findings.filter((f) => f.severity === 'error');
    return {
      tone: 'error',
      title: `Imported ${source} with ${plural(errors.length, 'error')}: it is in the editor as given. Fix the marked problems.`,
      lines: listFindings(errors, 'in Problems'),
    };
  }
  const rules = Object.keys(parsed.policy.tools).length;
  const summary = `${plural(rules, 'rule')}, default ${parsed.policy.default}.`;
  const warnings = parsed.findings.filter((f) => f.severity === 'warning').length;
  const warned = warnings > 0 ? [`${plural(warnings, 'warning')}: see Problems.`] : [];
  if (prepared.rewrites.length === 0) {
    return { tone: 'info', title: `Imported ${source}: ${summary}`, lines: warned };
  }
  return {
    tone: 'info',
    title: `Imported ${source}: ${summary} ${plural(prepared.rewrites.length, 'shorthand')} rewritten (lines as given):`,
    lines: [...listFindings(prepared.rewrites, 'rewrites'), ...warned],
  };
}
