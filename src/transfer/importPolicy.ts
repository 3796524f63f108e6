import type { PreparedImport } from '../core';
import { usePolicyStore } from '../state/policyStore';
import { importReport } from './importReport';
import { prepareImportOffThread } from './prepareOffThread';
import { readTextFile } from './readFile';
import { useTransferReport } from './transferReport';

/**
 * Imports a policy text (dialog, file, drop, share link): a valid one goes into the editor
 * formatted with its shorthands rewritten, an invalid one as given with its markers. The result
 * becomes the baseline of "Changes", and the report says what happened.
 */
export async function importPolicyText(text: string, source: string): Promise<PreparedImport> {
  const report = useTransferReport.getState();
  report.setBusy(`Reading ${source}…`);
  const tools = usePolicyStore.getState().tools;
  const prepared = await prepareImportOffThread(text, tools);
  const store = usePolicyStore.getState();
  // If the tool list changed while the text was parsed, the store parses it again itself.
  store.setText(prepared.text, 'import', store.tools === tools ? prepared.parsed : undefined);
  store.setBaseline(prepared.text);
  report.show(importReport(prepared, source));
  return prepared;
}

/** Reads a policy file and imports it; false (with the reason in the report) when refused. */
export async function importPolicyFile(file: File): Promise<boolean> {
  const report = useTransferReport.getState();
  report.setBusy(`Reading "${file.name}"…`);
  const read = await readTextFile(file);
  if (!read.ok) {
    report.show({ tone: 'error', title: read.error, lines: [] });
    return false;
  }
  await importPolicyText(read.text, `"${read.name}"`);
  return true;
}
