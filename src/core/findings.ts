/** A problem (or a note) found in a text, with its place: 1-based, UTF-16 columns, end exclusive. */
export interface Finding {
  severity: 'error' | 'warning' | 'info';
  message: string;
  path: (string | number)[];
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

export type Severity = Finding['severity'];

/** True when any finding is an error (errors block export). */
export function hasErrors(findings: readonly Finding[]): boolean {
  return findings.some((f) => f.severity === 'error');
}
