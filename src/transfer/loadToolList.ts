import { documentKind, parseToolList, type Finding, type Tool } from '../core';
import { usePolicyStore } from '../state/policyStore';
import { importPolicyText } from './importPolicy';
import { listFindings } from './importReport';
import { readTextFile } from './readFile';
import { useTransferReport, type TransferReport } from './transferReport';
import { plural } from '../ui/plural';

function tools(n: number): string {
  return plural(n, 'tool');
}

/** What loading a tool list did: how many tools, and every entry skipped or field ignored. */
export function toolListReport(
  count: number,
  findings: readonly Finding[],
  source: string,
): TransferReport {
  const problems = findings.filter((f) => f.severity !== 'info').length;
  const noted =
    problems > 0 ? ` ${problems} ${problems === 1 ? 'entry needs' : 'entries need'} a look:` : '';
  return {
    tone: problems > 0 || count === 0 ? 'warning' : 'info',
    title: `Loaded ${tools(count)} from ${source}.${noted}`,
    lines: listFindings(findings, 'findings'),
  };
}

/** Puts a read tool list into the store and reports it. */
export function loadTools(
  list: Tool[],
  findings: readonly Finding[],
  source: string,
  serverName: string | null,
) {
  usePolicyStore.getState().loadTools(list, serverName);
  useTransferReport.getState().show(toolListReport(list.length, findings, source));
}

/** Reads a tool list text in any shape parseToolList accepts; false when it is not one. */
export function loadToolListText(text: string, source: string, serverName: string | null): boolean {
  const result = parseToolList(text);
  if (!result.ok) {
    useTransferReport.getState().show({
      tone: 'error',
      title: `${source} is not a tool list; nothing was loaded.`,
      lines: listFindings(result.findings, 'findings'),
    });
    return false;
  }
  loadTools(result.tools, result.findings, source, serverName);
  return true;
}

/** A file dropped on the page: a tool list is loaded, anything else is imported as a policy. */
export async function openDroppedFile(file: File): Promise<void> {
  const report = useTransferReport.getState();
  report.setBusy(`Reading "${file.name}"…`);
  const read = await readTextFile(file);
  if (!read.ok) {
    report.show({ tone: 'error', title: read.error, lines: [] });
    return;
  }
  const source = `"${read.name}"`;
  if (documentKind(read.text) === 'tools') {
    const serverName = read.name.replace(/\.json$/i, '') || null;
    loadToolListText(read.text, source, serverName);
  } else {
    await importPolicyText(read.text, source);
  }
}
