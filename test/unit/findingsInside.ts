import type { Finding } from '../../src/core/findings';

/** True when every finding's range lies inside the text, in Monaco's 1-based coordinates. */
export function findingsInside(text: string, findings: readonly Finding[]): boolean {
  const lines = text.split(/\r\n|\r|\n/);
  const fits = (line: number, column: number) =>
    line >= 1 &&
    line <= lines.length &&
    column >= 1 &&
    column <= (lines[line - 1]?.length ?? 0) + 1;
  return findings.every(
    (f) =>
      fits(f.line, f.column) &&
      fits(f.endLine, f.endColumn) &&
      (f.endLine > f.line || (f.endLine === f.line && f.endColumn >= f.column)),
  );
}
