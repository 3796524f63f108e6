import { z } from 'zod';
import { parseToolList, type Tool } from '../core';
import { saveWhenChanged } from './autosave';
import { usePolicyStore, type Draft } from './policyStore';

/** Where the draft lives between visits, and where an unreadable one is moved. */
export const DRAFT_KEY = 'mcp-policy-builder:draft';
export const SET_ASIDE_KEY = 'mcp-policy-builder:draft:set-aside';
const DRAFT_VERSION = 1;
const SAVE_DELAY_MS = 400;

const storedDraftSchema = z.object({
  version: z.literal(DRAFT_VERSION),
  text: z.string(),
  tools: z.array(z.unknown()),
  serverName: z.string().nullable(),
  // Kept so that "Changes" and the unsaved-draft question still know what was imported.
  baseline: z.string().optional(),
});

export type ReadDraftResult =
  { kind: 'none' } | { kind: 'draft'; draft: Draft } | { kind: 'unreadable'; raw: string };

/** Reads the saved draft; a value that is not one of ours (corrupt, foreign, older) is `unreadable`. */
export function readDraft(storage: Storage): ReadDraftResult {
  const raw = storage.getItem(DRAFT_KEY);
  if (raw === null) return { kind: 'none' };
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return { kind: 'unreadable', raw };
  }
  const parsed = storedDraftSchema.safeParse(value);
  if (!parsed.success) return { kind: 'unreadable', raw };
  const { text, tools, serverName } = parsed.data;
  const baseline = parsed.data.baseline ?? text;
  if (tools.length === 0)
    return { kind: 'draft', draft: { text, tools: [], serverName, baseline } };
  // The tool list goes through the same reader as a pasted one: one description of a tool.
  const list = parseToolList(JSON.stringify(tools));
  if (!list.ok || list.tools.length !== tools.length) return { kind: 'unreadable', raw };
  return { kind: 'draft', draft: { text, tools: list.tools, serverName, baseline } };
}

/**
 * Puts the saved draft into the store. An unreadable value is moved to SET_ASIDE_KEY (so nothing
 * is lost and the next save cannot overwrite it) and a notice says so; the editor starts empty.
 */
export function restoreDraft(storage: Storage = localStorage): void {
  let result: ReadDraftResult;
  try {
    result = readDraft(storage);
  } catch {
    return; // storage unavailable (blocked by the browser): start empty
  }
  const store = usePolicyStore.getState();
  if (result.kind === 'draft') {
    store.restoreDraft(result.draft);
  } else if (result.kind === 'unreadable') {
    try {
      storage.setItem(SET_ASIDE_KEY, result.raw);
      storage.removeItem(DRAFT_KEY);
      store.setNotice(
        `The saved draft could not be read, so it was set aside under the browser storage key "${SET_ASIDE_KEY}". The editor starts empty.`,
      );
    } catch {
      store.setNotice(
        'The saved draft could not be read and could not be set aside; it was left as it was.',
      );
    }
  }
}

// Tool lists can be large; stringify each list once, not on every keystroke's save.
const toolsJson = new WeakMap<readonly Tool[], string>();

function draftJson(draft: Draft): string {
  let tools = toolsJson.get(draft.tools);
  if (tools === undefined) {
    tools = JSON.stringify(draft.tools);
    toolsJson.set(draft.tools, tools);
  }
  const baseline =
    draft.baseline === draft.text ? '' : `,"baseline":${JSON.stringify(draft.baseline)}`;
  return `{"version":${DRAFT_VERSION},"serverName":${JSON.stringify(draft.serverName)},"tools":${tools},"text":${JSON.stringify(draft.text)}${baseline}}`;
}

/**
 * Saves the draft (text, tools, server name, baseline — nothing else of the store, so no
 * connection headers or secrets) a moment after it last changed, and at once when the page goes
 * away. Returns a function that stops saving.
 */
export function startAutosave(
  storage: Storage = localStorage,
  delayMs = SAVE_DELAY_MS,
): () => void {
  return saveWhenChanged({
    subscribe: usePolicyStore.subscribe,
    changed: (state, previous) =>
      state.text !== previous.text ||
      state.tools !== previous.tools ||
      state.serverName !== previous.serverName ||
      state.baseline !== previous.baseline,
    write: () => {
      const { text, tools, serverName, baseline } = usePolicyStore.getState();
      storage.setItem(DRAFT_KEY, draftJson({ text, tools, serverName, baseline }));
    },
    refused: () =>
      usePolicyStore
        .getState()
        .setNotice(
          'The draft is too large for this browser’s storage and is not saved; download it to keep it.',
        ),
    delayMs,
  });
}
