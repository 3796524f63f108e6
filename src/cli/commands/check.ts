import type { Finding } from '../../core';
import { EXIT } from '../exitCodes';
import { displayName, findingLine, readPolicy, readTools } from '../input';
import { githubAnnotations } from '../output/github';
import { plural } from '../output/plural';
import { json, print } from '../output/print';
import { sarifLog } from '../output/sarif';

export const CHECK_FORMATS = ['text', 'json', 'sarif', 'github'] as const;

export interface CheckOptions {
  tools?: string;
  format: (typeof CHECK_FORMATS)[number];
  strict?: boolean;
}

function count(findings: readonly Finding[], severity: Finding['severity']): number {
  return findings.filter((f) => f.severity === severity).length;
}

/** `check`: the findings of parsePolicy, in the chosen format; 1 on errors (--strict: warnings). */
export async function check(file: string, options: CheckOptions, version: string): Promise<number> {
  const tools = options.tools === undefined ? undefined : await readTools(options.tools);
  const { result } = await readPolicy(file, tools);
  const findings = result.findings;
  const errors = count(findings, 'error');
  const warnings = count(findings, 'warning');
  const failed = errors > 0 || (options.strict === true && warnings > 0);
  const name = displayName(file);
  switch (options.format) {
    case 'json':
      print(json({ file: name, valid: result.ok, errors, warnings, findings }));
      break;
    case 'sarif':
      print(json(sarifLog(name, findings, version)));
      break;
    case 'github':
      print(githubAnnotations(name, findings));
      break;
    case 'text': {
      for (const f of findings) print(findingLine(file, f));
      const infos = count(findings, 'info');
      const summary = [plural(errors, 'error'), plural(warnings, 'warning'), plural(infos, 'note')];
      print(`${name}: ${failed ? 'FAILED' : 'ok'} (${summary.join(', ')})`);
      break;
    }
  }
  return failed ? EXIT.failed : EXIT.ok;
}
