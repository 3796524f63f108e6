import { copyFileSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkParsePolicySet } from '@cedar-policy/cedar-wasm/nodejs';
import { describe, expect, it } from 'vitest';
import { EXAMPLES, FIXTURES, mcpPolicy } from './run';

const POLICY = `${FIXTURES}/memcached-policy.json`;
const LOOSER = `${FIXTURES}/memcached-looser.json`;
const CALLS = `${FIXTURES}/memcached-calls.jsonl`;
const TOOLS = `${EXAMPLES}/aws-memcached.json`;

describe('mcp-policy fmt', () => {
  it('prints the canonical formatting, checks it and writes it', () => {
    const printed = mcpPolicy(['fmt', POLICY]);
    expect(printed.status).toBe(0);
    expect(printed.stdout).toMatch(
      /^\{\n {2}"version": "1",\n {2}"default": "deny",\n {2}"hide": \[\n/,
    );

    expect(mcpPolicy(['fmt', '--check', POLICY]).status).toBe(1);
    const file = join(mkdtempSync(join(tmpdir(), 'mcp-policy-')), 'policy.json');
    copyFileSync(POLICY, file);
    expect(mcpPolicy(['fmt', '--write', file]).status).toBe(0);
    expect(readFileSync(file, 'utf8')).toBe(printed.stdout);
    const checked = mcpPolicy(['fmt', '--check', file]);
    expect(checked.stderr).toBe('');
    expect(checked.status).toBe(0);
  });

  it('refuses --check with --write', () => {
    const run = mcpPolicy(['fmt', '--check', '--write', POLICY]);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(run.status).toBe(3);
  });
});

describe('mcp-policy recommend and classify', () => {
  it('recommends with the chosen default', () => {
    const run = mcpPolicy(['recommend', TOOLS, '--default', 'allow']);
    const policy = JSON.parse(run.stdout) as { default: string; tools: Record<string, unknown> };
    expect(policy.default).toBe('allow');
    expect(policy.tools.cache_get).toEqual({});
    expect(policy.tools.cache_delete).toMatchObject({ action: 'approval' });
  });

  it('classifies as a table and as JSON', () => {
    const table = mcpPolicy(['classify', TOOLS]);
    expect(table.stdout.split('\n')[0]).toMatch(/^TOOL +CATEGORY +RISK +BECAUSE$/);
    expect(table.stdout).toMatch(/\ncache_get +Read +Low +/);
    const rows = JSON.parse(mcpPolicy(['classify', TOOLS, '-f', 'json']).stdout) as unknown[];
    expect(rows).toContainEqual(
      expect.objectContaining({ name: 'cache_delete', category: 'Destructive', risk: 'High' }),
    );
  });
});

describe('mcp-policy simulate', () => {
  it('meets every expectation of a trace', () => {
    const run = mcpPolicy(['simulate', POLICY, CALLS]);
    expect(run.stdout).toContain(
      '#5 cache_set → rate_limited: Rate-limited: counter "cache_set_rate" is full',
    );
    expect(run.stdout).toContain(
      '8 calls (3 allow, 3 deny, 1 approval, 1 rate_limited); expectations: 8 met, 0 not met',
    );
    expect(run.status).toBe(0);
  });

  it('fails when a decision is not the expected one', () => {
    const run = mcpPolicy(['simulate', POLICY, `${FIXTURES}/memcached-calls-unmet.jsonl`]);
    expect(run.stdout).toContain(
      '#2 cache_touch → deny: Denied by rule "cache_touch": Nobody needs this',
    );
    expect(run.stdout).toContain('✗ EXPECTED allow');
    expect(run.stdout).toContain('expectations: 1 met, 1 not met');
    expect(run.status).toBe(1);
  });

  it('writes JSON and reads calls from stdin', () => {
    const run = mcpPolicy(
      ['simulate', POLICY, '-', '--format', 'json'],
      readFileSync(CALLS, 'utf8'),
    );
    const out = JSON.parse(run.stdout) as {
      calls: { decision: string; path: string; met: boolean }[];
      failed: number;
    };
    expect(out.calls.map((c) => c.decision)).toEqual([
      'allow',
      'allow',
      'deny',
      'allow',
      'rate_limited',
      'approval',
      'deny',
      'deny',
    ]);
    expect(out.calls[2]).toMatchObject({ path: '/tools/cache_set/deny_if/0', met: true });
    expect(out.failed).toBe(0);
    expect(run.status).toBe(0);
  });

  it('fails on a line it cannot read, naming the line', () => {
    const run = mcpPolicy(['simulate', POLICY, '-'], '{"tool": "cache_get"}\n{oops\n');
    expect(run.stderr).toBe('<stdin>:2: skipped: This line is not JSON\n');
    expect(run.status).toBe(1);
  });
});

describe('mcp-policy diff', () => {
  it('exits 2 on a loosening and names it, with the calls decided differently', () => {
    const run = mcpPolicy(['diff', POLICY, LOOSER, '--tools', TOOLS, '--calls', CALLS]);
    expect(run.stdout).toContain(
      'limit cache_set_rate loosened from 2 per minute to 20 per minute',
    );
    expect(run.stdout).toContain('+ LOOSER #3 cache_set: deny → allow');
    expect(run.stdout).toContain('The new policy allows more');
    expect(run.status).toBe(2);
  });

  it('exits 0 when the new policy only tightens', () => {
    const run = mcpPolicy(['diff', LOOSER, POLICY]);
    expect(run.stdout).toContain('The new policy allows nothing the old one did not.');
    expect(run.status).toBe(0);
  });

  it('writes the diff as JSON', () => {
    const run = mcpPolicy(['diff', POLICY, POLICY, '--format', 'json']);
    expect(JSON.parse(run.stdout)).toMatchObject({ tools: [], hasLoosening: false });
    expect(run.status).toBe(0);
  });
});

describe('mcp-policy export --to cedar', () => {
  it('writes a ToolHive config Cedar parses, and lists what Cedar cannot say', () => {
    const run = mcpPolicy(['export', POLICY, '--to', 'cedar']);
    const config = JSON.parse(run.stdout) as {
      type: string;
      cedar: { policies: string[]; entities_json: string };
    };
    expect(config).toMatchObject({
      version: '1.0',
      type: 'cedarv1',
      cedar: { entities_json: '[]' },
    });
    expect(checkParsePolicySet({ staticPolicies: config.cedar.policies.join('\n') })).toEqual({
      type: 'success',
    });
    expect(run.stderr).toContain(`${POLICY}: /tools/cache_set/limits: not said in Cedar`);
    expect(run.stderr).toContain(`${POLICY}: /tools/cache_delete*/action: not said in Cedar`);
    expect(run.status).toBe(0);
    expect(mcpPolicy(['export', POLICY, '--to', 'cedar', '--strict']).status).toBe(1);
  });
});

describe('mistakes get one line and status 3, never a stack trace', () => {
  it.each([
    [['check', 'no/such/policy.json'], 'mcp-policy: no/such/policy.json: no such file'],
    [['classify', 'package.json'], 'mcp-policy: package.json:1:1: not a tool list'],
    [['check', POLICY, '--colour'], "error: unknown option '--colour'"],
    [
      ['check', POLICY, '--format', 'xml'],
      "error: option '-f, --format <format>' argument 'xml' is invalid",
    ],
    [['export', POLICY], "error: required option '--to <target>' not specified"],
    [['frobnicate'], "error: unknown command 'frobnicate'"],
  ])('%j', (args, message) => {
    const run = mcpPolicy(args);
    expect(run.stderr.split('\n')[0]).toContain(message);
    expect(run.stderr).not.toMatch(/\n\s+at /);
    expect(run.stdout).toBe('');
    expect(run.status).toBe(3);
  });

  it('says an invalid policy is invalid where a valid one is needed (status 1)', () => {
    const run = mcpPolicy(['simulate', `${FIXTURES}/typo-policy.json`, CALLS]);
    expect(run.stderr).toContain(`${FIXTURES}/typo-policy.json:7:7: error: Unknown key "limts"`);
    expect(run.status).toBe(1);
  });
});

describe('mcp-policy --help', () => {
  it.each(['check', 'fmt', 'recommend', 'classify', 'simulate', 'diff', 'export'])(
    '%s --help shows its usage and the exit statuses',
    (command) => {
      const run = mcpPolicy([command, '--help']);
      expect(run.stdout).toContain(`Usage: mcp-policy ${command}`);
      expect(run.stdout).toContain('Exit status:');
      expect(run.stdout).toContain('2  diff: the new policy allows something the old one did not');
      expect(run.status).toBe(0);
    },
  );
});
