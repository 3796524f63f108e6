import { createRequire } from 'node:module';
import { CommanderError } from 'commander';
import { CliError } from './cliError';
import { EXIT } from './exitCodes';
import { createProgram } from './program';

function packageVersion(): string {
  try {
    // dist-cli/mcp-policy.js → ../package.json, in a clone and in an installed package alike.
    const pkg = createRequire(import.meta.url)('../package.json') as { version?: string };
    return pkg.version ?? '0.0.0';
  } catch {
    return '0.0.0';
  }
}

// `mcp-policy … | head` closes the pipe early: that is not an error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});

async function main(argv: string[]): Promise<number> {
  let status: number = EXIT.ok;
  const program = createProgram(packageVersion(), (code) => {
    status = code;
  });
  program.exitOverride();
  for (const sub of program.commands) sub.exitOverride();
  try {
    await program.parseAsync(argv);
    return status;
  } catch (error) {
    if (error instanceof CommanderError) {
      // Commander has already printed its one line (or the help).
      return error.exitCode === 0 ? EXIT.ok : EXIT.unusable;
    }
    if (error instanceof CliError) {
      process.stderr.write(`mcp-policy: ${error.message}\n`);
      return error.exitCode;
    }
    const message = error instanceof Error ? error.message : String(error);
    process.stderr.write(`mcp-policy: unexpected error: ${message}\n`);
    if (process.env.MCP_POLICY_DEBUG) console.error(error);
    return EXIT.unusable;
  }
}

process.exitCode = await main(process.argv);
