import { exportCedar } from '../../core';
import { EXIT } from '../exitCodes';
import { displayName, readTools, readValidPolicy } from '../input';
import { json, note, print } from '../output/print';

export interface ExportOptions {
  to: 'cedar';
  tools?: string;
  strict?: boolean;
}

/**
 * `export --to cedar`: the ToolHive Cedar config on stdout; what Cedar cannot say on stderr
 * (exported as deny), and with --strict the status 1 when there is any.
 */
export async function exportPolicy(file: string, options: ExportOptions): Promise<number> {
  const tools = options.tools === undefined ? undefined : await readTools(options.tools);
  const policy = await readValidPolicy(file, tools);
  const { config, unsupported } = exportCedar(policy, tools);
  print(json(config));
  for (const u of unsupported)
    note(`${displayName(file)}: ${u.path}: not said in Cedar: ${u.reason}`);
  return options.strict && unsupported.length > 0 ? EXIT.failed : EXIT.ok;
}
