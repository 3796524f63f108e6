import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { describe, expect, it } from 'vitest';
import { BIN, ROOT } from './run';

interface PackFile {
  path: string;
}

describe('the mcp-policy package', () => {
  it('packs the built command with a bin entry', () => {
    const pkg = JSON.parse(readFileSync(`${ROOT}/package.json`, 'utf8')) as {
      bin: Record<string, string>;
    };
    expect(pkg.bin).toEqual({ 'mcp-policy': 'dist-cli/mcp-policy.js' });
    const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
    const out = execFileSync(npm, ['pack', '--dry-run', '--json', '--ignore-scripts'], {
      cwd: ROOT,
      encoding: 'utf8',
    });
    const [packed] = JSON.parse(out) as { files: PackFile[] }[];
    const paths = packed!.files.map((f) => f.path);
    expect(paths).toContain('dist-cli/mcp-policy.js');
    expect(paths).toContain('package.json');
    expect(paths.filter((p) => p.startsWith('src/') || p.startsWith('test/'))).toEqual([]);
  });

  it('imports at run time only Node built-ins and production dependencies', () => {
    const pkg = JSON.parse(readFileSync(`${ROOT}/package.json`, 'utf8')) as {
      dependencies: Record<string, string>;
    };
    const bundle = readFileSync(BIN, 'utf8');
    expect(bundle.startsWith('#!/usr/bin/env node\n')).toBe(true);
    const specifiers = [...bundle.matchAll(/^import .*? from "([^"]+)";$/gm)].map((m) => m[1]!);
    expect(specifiers.length).toBeGreaterThan(0);
    const packages = specifiers
      .filter((s) => !s.startsWith('node:') && !builtinModules.includes(s))
      .map((s) => (s.startsWith('@') ? s.split('/').slice(0, 2).join('/') : s.split('/')[0]!));
    expect(packages).toContain('commander');
    for (const name of packages) expect(Object.keys(pkg.dependencies)).toContain(name);
  });
});
