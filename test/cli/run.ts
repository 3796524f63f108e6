import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '../..');
export const BIN = resolve(ROOT, 'dist-cli/mcp-policy.js');
export const FIXTURES = 'test/fixtures/cli';
export const EXAMPLES = 'public/examples';

export interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the built `mcp-policy` from the repository root, as CI would. */
export function mcpPolicy(args: readonly string[], input?: string): Run {
  const result = spawnSync(process.execPath, [BIN, ...args], {
    cwd: ROOT,
    input,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1' },
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}
