import type { Finding } from '../../core';

const COMMAND = { error: 'error', warning: 'warning', info: 'notice' } as const;

// Workflow commands end at a newline and split properties at `,` and `:`: those are escaped.
function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/** The findings as GitHub Actions workflow commands, shown as annotations on the lines. */
export function githubAnnotations(file: string, findings: readonly Finding[]): string {
  return findings
    .map((f) => {
      const props = [
        `file=${escapeProperty(file)}`,
        `line=${f.line}`,
        `col=${f.column}`,
        `endLine=${f.endLine}`,
        `endColumn=${f.endColumn}`,
        `title=${escapeProperty(`mcp-policy ${f.severity}`)}`,
      ];
      return `::${COMMAND[f.severity]} ${props.join(',')}::${escapeData(f.message)}\n`;
    })
    .join('');
}
