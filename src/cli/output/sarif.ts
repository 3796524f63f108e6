import type { Finding } from '../../core';

const LEVEL = { error: 'error', warning: 'warning', info: 'note' } as const;

const RULES = [
  { id: 'policy-error', text: 'The policy is invalid here: a gateway would refuse it.' },
  { id: 'policy-warning', text: 'The policy is valid but probably not what was meant.' },
  { id: 'policy-info', text: 'A note on the policy, such as a rewritten shorthand.' },
] as const;

const RULE_INDEX = { error: 0, warning: 1, info: 2 } as const;

/** A file path as a SARIF artifact URI: forward slashes, each segment percent-encoded. */
function artifactUri(path: string): string {
  return path
    .replace(/\\/g, '/')
    .replace(/^\.\//, '')
    .split('/')
    .map((segment) => encodeURIComponent(segment))
    .join('/');
}

/**
 * The findings as a SARIF 2.1.0 log (what code-scanning tools read). Columns are UTF-16 code
 * units, as the findings count them, and the end column is exclusive, as SARIF wants.
 */
export function sarifLog(file: string, findings: readonly Finding[], version: string): unknown {
  const uri = artifactUri(file);
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'mcp-policy',
            version,
            informationUri: 'https://modelcontextprotocol.io',
            rules: RULES.map((r) => ({
              id: r.id,
              shortDescription: { text: r.text },
              defaultConfiguration: { level: LEVEL[r.id.slice(7) as keyof typeof LEVEL] },
            })),
          },
        },
        columnKind: 'utf16CodeUnits',
        artifacts: [{ location: { uri } }],
        results: findings.map((f) => ({
          ruleId: RULES[RULE_INDEX[f.severity]].id,
          ruleIndex: RULE_INDEX[f.severity],
          level: LEVEL[f.severity],
          message: { text: f.message },
          locations: [
            {
              physicalLocation: {
                artifactLocation: { uri, index: 0 },
                region: {
                  startLine: f.line,
                  startColumn: f.column,
                  endLine: f.endLine,
                  endColumn: f.endColumn,
                },
              },
            },
          ],
        })),
      },
    ],
  };
}
