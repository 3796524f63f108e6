import { classifyTool } from '../../core';
import { EXIT } from '../exitCodes';
import { readTools } from '../input';
import { json, print } from '../output/print';

export interface ClassifyOptions {
  format: 'table' | 'json';
}

function table(rows: readonly string[][]): string {
  const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => Array.from(r[c]!).length)));
  return rows
    .map((r) =>
      r
        .map((cell, c) =>
          c === r.length - 1
            ? cell
            : cell.padEnd(widths[c]! + (cell.length - Array.from(cell).length)),
        )
        .join('  ')
        .trimEnd(),
    )
    .join('\n');
}

/** `classify`: each tool's category, risk and reason, as a table or JSON. */
export async function classify(file: string, options: ClassifyOptions): Promise<number> {
  const tools = await readTools(file);
  const rows = tools.map((t) => ({ name: t.name, ...classifyTool(t) }));
  if (options.format === 'json') {
    print(json(rows));
    return EXIT.ok;
  }
  // One line per tool: a name with a line break would break the table.
  const flat = (s: string) => s.replace(/[\r\n\t]+/g, ' ');
  print(
    table([
      ['TOOL', 'CATEGORY', 'RISK', 'BECAUSE'],
      ...rows.map((r) => [flat(r.name), r.category, r.risk, flat(r.because)]),
    ]),
  );
  return EXIT.ok;
}
