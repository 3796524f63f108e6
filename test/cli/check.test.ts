import { readFileSync } from 'node:fs';
import Ajv from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { EXAMPLES, FIXTURES, mcpPolicy } from './run';

const TYPO = `${FIXTURES}/typo-policy.json`;
const POLICY = `${FIXTURES}/memcached-policy.json`;
const TOOLS = `${EXAMPLES}/aws-memcached.json`;

// The official schema is draft-04 (Ajv's draft-04 build), with the formats it names.
function sarifValidator() {
  const text = readFileSync('test/fixtures/sarif/sarif-schema-2.1.0.json', 'utf8');
  // Its language pattern has a stray `]`, a literal without the u flag Ajv compiles with.
  const schema = JSON.parse(text.replaceAll('{2}]?$', '{2}\\\\]?$')) as object;
  const ajv = new Ajv({ strict: false, allErrors: true });
  addFormats(ajv);
  return ajv.compile(schema);
}

describe('mcp-policy check', () => {
  it('passes a valid policy against its tool list', () => {
    const run = mcpPolicy(['check', POLICY, '--tools', TOOLS]);
    expect(run.stdout).toBe(`${POLICY}: ok (0 errors, 0 warnings, 0 notes)\n`);
    expect(run.status).toBe(0);
  });

  it('reports a typo at its file:line:column and fails', () => {
    const run = mcpPolicy(['check', TYPO]);
    expect(run.stdout).toContain(
      `${TYPO}:7:7: error: Unknown key "limts" — did you mean "limits"?`,
    );
    expect(run.stdout).toContain('FAILED (1 error, 0 warnings, 0 notes)');
    expect(run.status).toBe(1);
  });

  it('fails on warnings only with --strict', () => {
    const text = JSON.stringify({ version: '1', default: 'deny', tools: { no_such_tool: {} } });
    expect(mcpPolicy(['check', '-', '--tools', TOOLS], text).status).toBe(0);
    const strict = mcpPolicy(['check', '-', '--tools', TOOLS, '--strict'], text);
    expect(strict.stdout).toContain('<stdin>:1:');
    expect(strict.stdout).toContain('warning:');
    expect(strict.status).toBe(1);
  });

  it('writes JSON findings', () => {
    const run = mcpPolicy(['check', TYPO, '--format', 'json']);
    const report = JSON.parse(run.stdout) as {
      valid: boolean;
      errors: number;
      findings: { line: number }[];
    };
    expect(report).toMatchObject({ file: TYPO, valid: false, errors: 1, warnings: 0 });
    expect(report.findings[0]).toMatchObject({
      severity: 'error',
      line: 7,
      column: 7,
      endLine: 7,
      endColumn: 14,
    });
    expect(run.status).toBe(1);
  });

  it('writes SARIF 2.1.0 that validates against the schema, on the offending line', () => {
    const run = mcpPolicy(['check', TYPO, '--format', 'sarif']);
    const log = JSON.parse(run.stdout) as unknown;
    const validate = sarifValidator();
    const valid = validate(log);
    expect(validate.errors ?? []).toEqual([]);
    expect(valid).toBe(true);
    expect(log).toMatchObject({
      version: '2.1.0',
      runs: [
        {
          tool: { driver: { name: 'mcp-policy' } },
          results: [
            {
              ruleId: 'policy-error',
              level: 'error',
              message: { text: 'Unknown key "limts" — did you mean "limits"?' },
              locations: [
                {
                  physicalLocation: {
                    artifactLocation: { uri: TYPO },
                    region: { startLine: 7, startColumn: 7, endLine: 7, endColumn: 14 },
                  },
                },
              ],
            },
          ],
        },
      ],
    });
    expect(run.status).toBe(1);
  });

  it('the schema check itself rejects a broken log', () => {
    const validate = sarifValidator();
    expect(
      validate({
        version: '2.1.0',
        runs: [{ tool: { driver: {} }, results: [{ level: 'fatal' }] }],
      }),
    ).toBe(false);
  });

  it('writes GitHub workflow annotations', () => {
    const run = mcpPolicy(['check', TYPO, '--format', 'github']);
    expect(run.stdout).toBe(
      `::error file=${TYPO},line=7,col=7,endLine=7,endColumn=14,title=mcp-policy error::Unknown key "limts" — did you mean "limits"?\n`,
    );
    expect(run.status).toBe(1);
  });

  it.each(['aws-memcached', 'aws-healthimaging', 'kv-database', 'generated-5000'])(
    'passes the recommended policy for the bundled example %s',
    (example) => {
      const recommended = mcpPolicy(['recommend', `${EXAMPLES}/${example}.json`]);
      expect(recommended.status).toBe(0);
      const run = mcpPolicy(
        ['check', '-', '--tools', `${EXAMPLES}/${example}.json`, '--strict'],
        recommended.stdout,
      );
      expect(run.stdout).toContain('<stdin>: ok (0 errors, 0 warnings');
      expect(run.status).toBe(0);
    },
  );
});
