// Bundles the mcp-policy command into dist-cli/ for Node. Packages stay external: they are
// installed from "dependencies", so `npm pack` gives a command that runs with those alone.
import { chmod } from 'node:fs/promises';
import { build } from 'esbuild';

const outfile = 'dist-cli/mcp-policy.js';

await build({
  entryPoints: ['src/cli/main.ts'],
  outfile,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  packages: 'external',
  banner: { js: '#!/usr/bin/env node' },
  logLevel: 'warning',
});
await chmod(outfile, 0o755);
