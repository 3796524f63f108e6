import { writeFile } from 'node:fs/promises';
import { formatPolicy } from '../../core';
import { CliError } from '../cliError';
import { EXIT } from '../exitCodes';
import { displayName, findingLine, readPolicy, STDIN } from '../input';
import { note, print } from '../output/print';

export interface FmtOptions {
  check?: boolean;
  write?: boolean;
}

/** `fmt`: the canonical formatting, printed, checked (--check) or written back (--write). */
export async function fmt(file: string, options: FmtOptions): Promise<number> {
  if (options.write && file === STDIN)
    throw new CliError('--write needs a file, not standard input');
  const { text, result } = await readPolicy(file);
  if (!result.ok) {
    for (const f of result.findings.filter((x) => x.severity === 'error')) {
      note(findingLine(file, f));
    }
    note(`${displayName(file)}: not formatted: the policy has errors`);
    return EXIT.failed;
  }
  const formatted = formatPolicy(result.policy);
  if (options.check) {
    if (formatted === text) return EXIT.ok;
    note(`${displayName(file)}: not formatted (mcp-policy fmt --write ${file} formats it)`);
    return EXIT.failed;
  }
  if (options.write) {
    if (formatted !== text) {
      try {
        await writeFile(file, formatted, 'utf8');
      } catch (error) {
        throw new CliError(
          `${file}: cannot be written (${(error as NodeJS.ErrnoException).code ?? String(error)})`,
        );
      }
      note(`${file}: formatted`);
    }
    return EXIT.ok;
  }
  print(formatted);
  return EXIT.ok;
}
