import { decodeShareFragment, isShareFragment, type DecodeShareResult, type Tool } from '../core';
import { INITIAL_TEXT, usePolicyStore } from '../state/policyStore';
import { importPolicyText } from './importPolicy';
import { listFindings } from './importReport';
import { useTransferReport } from './transferReport';

export type OpenedShare = Extract<DecodeShareResult, { ok: true }>;

/**
 * A draft is unsaved when it differs from the empty initial policy and from its baseline (as
 * imported or loaded); one equal to what a link brings loses nothing either.
 */
export function hasUnsavedDraft(text: string, baseline: string, incoming: string): boolean {
  return text !== INITIAL_TEXT && text !== baseline && text !== incoming;
}

/**
 * True when a link's tool list would replace a different one already loaded (typed, opened or
 * fetched live): that list may not be anywhere else, so the person is asked first.
 */
export function replacesToolList(
  loaded: readonly Tool[],
  incoming: readonly Tool[] | null,
): boolean {
  if (incoming === null || loaded.length === 0) return false;
  return JSON.stringify(loaded) !== JSON.stringify(incoming);
}

/** Loads a shared policy (and its tools) through the same validation as an import. */
export async function openShare({ shared, toolFindings }: OpenedShare): Promise<void> {
  const before = usePolicyStore.getState().text;
  if (shared.tools !== null) usePolicyStore.getState().loadTools(shared.tools, shared.serverName);
  const prepared = await importPolicyText(shared.policy, 'the share link');
  const notes: string[] = [];
  if (shared.tools !== null) {
    const n = shared.tools.length;
    const from = shared.serverName === null ? '' : ` of ${shared.serverName}`;
    notes.push(`With the tool list${from}: ${n} ${n === 1 ? 'tool' : 'tools'}.`);
  }
  if (before !== INITIAL_TEXT && before !== prepared.text) {
    notes.push('It replaced the previous draft: Undo brings that back.');
  }
  if (notes.length === 0 && toolFindings.length === 0) return;
  const report = useTransferReport.getState();
  const previous = report.report;
  report.show({
    tone: previous?.tone ?? 'info',
    title: previous?.title ?? 'Opened the share link.',
    lines: [
      ...notes,
      ...(previous?.lines ?? []),
      ...listFindings(toolFindings, 'in the tool list'),
    ],
  });
}

/**
 * Reads the page's share fragment, if any, and removes it from the address (a reload then keeps
 * the draft instead of opening the link again). Resolves to null when there is nothing to open.
 */
export async function takeShareFromLocation(): Promise<DecodeShareResult | null> {
  const hash = location.hash;
  if (!isShareFragment(hash)) return null;
  history.replaceState(history.state, '', location.pathname + location.search);
  return decodeShareFragment(hash);
}
