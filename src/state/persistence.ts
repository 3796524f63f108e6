import { z } from 'zod';
import { parseToolList, type Tool } from '../core';
import { persisted } from './persist';
import { usePolicyStore, type Draft } from './policyStore';

/** Where the draft lives between visits, and where an unreadable one is moved. */
export const DRAFT_KEY = 'mcp-policy-builder:draft';
export const SET_ASIDE_KEY = 'mcp-policy-builder:draft:set-aside';
const DRAFT_VERSION = 1;
/** Past this many characters of text, a draft counts as large (see `delayFor`). */
const LARGE_DRAFT = 256 * 1024;

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
  try {
    const draft = draftFrom(raw);
    return draft === null ? { kind: 'unreadable', raw } : { kind: 'draft', draft };
  } catch {
    return { kind: 'unreadable', raw }; // too deep to read: still not ours to throw away
  }
}

/** A stored draft read back, or null when it is not one (it may throw on very deep input). */
function draftFrom(raw: string): Draft | null {
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return null;
  }
  const parsed = storedDraftSchema.safeParse(value);
  if (!parsed.success) return null;
  const { text, tools, serverName } = parsed.data;
  const baseline = parsed.data.baseline ?? text;
  if (tools.length === 0) return { text, tools: [], serverName, baseline };
  // The tool list goes through the same reader as a pasted one: one description of a tool.
  const list = parseToolList(JSON.stringify(tools));
  if (!list.ok || list.tools.length !== tools.length) return null;
  return { text, tools: list.tools, serverName, baseline };
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
 * The draft between visits: text, tools, server name, baseline — nothing else of the store, so
 * no connection headers or secrets.
 */
const draftPersistence = persisted({
  key: DRAFT_KEY,
  setAsideKey: SET_ASIDE_KEY,
  name: 'draft',
  startsWith: 'The editor starts empty.',
  downloadName: 'unreadable-draft.txt',
  store: usePolicyStore,
  changed: (state, previous) =>
    state.text !== previous.text ||
    state.tools !== previous.tools ||
    state.serverName !== previous.serverName ||
    state.baseline !== previous.baseline,
  write: ({ text, tools, serverName, baseline }) =>
    draftJson({ text, tools, serverName, baseline }),
  read: draftFrom,
  apply: (draft) => usePolicyStore.getState().restoreDraft(draft),
  refused:
    'The draft is too large for this browser’s storage and is not saved; download it to keep it.',
  // Writing a 5,000-tool draft (about 3 MB) blocks the page for 100 ms or more, so a large draft
  // is saved after two seconds of quiet rather than between two clicks; leaving the page saves
  // at once either way.
  delayFor: ({ text, tools }) =>
    text.length > LARGE_DRAFT || tools.length > 1000 ? 2000 : undefined,
});

/**
 * Puts the saved draft into the store. An unreadable value is moved to SET_ASIDE_KEY (so nothing
 * is lost and the next save cannot overwrite it) and a notice says so; the editor starts empty.
 * When it cannot be moved (storage full), it stays, autosave stays off, and a notice offers it
 * as a download.
 */
export const restoreDraft = draftPersistence.restore;

/** Saves the draft a moment after it last changed, and at once when the page goes away. */
export const startAutosave = draftPersistence.start;
