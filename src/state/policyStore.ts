import { create } from 'zustand';
import {
  formatPolicy,
  jsonEqual,
  parsePolicy,
  readChange,
  reviewPolicy,
  writeChangesAsEdit,
  type Finding,
  type ParsePolicyResult,
  type Policy,
  type PolicyEdit,
  type ReviewFinding,
  type TextEdit,
  type Tool,
} from '../core';
import {
  EMPTY_HISTORY,
  leadsBackTo,
  popStep,
  previousText,
  record,
  recordEdit,
  textsOf,
  type History,
} from './history';
import { notePolicyEdit } from './policyDelta';

/** Where a text change came from: typed in Monaco, or an import/undo/load that replaces it. */
export type TextOrigin = 'editor' | 'import';

/**
 * The document: the policy text (its one source of truth), what it reads as, the tool list it is
 * checked against, and the undo history. What the screen shows around it is in `useUiStore`.
 */
export interface PolicyState {
  /** The editor text: the document's one source of truth. */
  text: string;
  /** The last valid policy read from `text` (forms show it read-only while `text` has errors). */
  policy: Policy;
  /**
   * The text `policy` was read from (or written for, by a form edit): `text` while it is valid,
   * the last valid text while it is not. A keystroke is read against it, so fixing a typo in
   * one value of a large policy reads only that value.
   */
  policyText: string;
  /** True when `text` currently parses without error findings. */
  valid: boolean;
  findings: Finding[];
  /**
   * True when `findings` (and `valid`) were read from an earlier text: a form edit or a
   * keystroke inside one value updates text and policy at once, and the full check of the new
   * text follows a frame later (`check`, scheduled by `state/documentChecks.ts`).
   */
  findingsStale: boolean;
  /** The review of `policy` against `tools` (none while the text has errors). */
  review: ReviewFinding[];
  /** True when `review` belongs to an earlier policy, tool list or text. */
  reviewStale: boolean;
  tools: Tool[];
  serverName: string | null;
  /** The text as last imported or loaded, for the "Changes" diff. */
  baseline: string;
  /**
   * The edit that made `text` from the text before it, when a form edit made it (`after` is
   * `text` then): an editor holding `before` applies it without comparing the texts.
   */
  lastEdit: TextEditOf | null;
  /** Steps back to earlier texts (newest last), bounded by memory (see history.ts). */
  undoStack: History;
  redoStack: History;

  /**
   * `parsed`, when given, is `parsePolicy(text, {tools})` computed elsewhere (an import parsed in
   * a worker), so a large text is not parsed twice on the main thread.
   */
  setText: (text: string, origin: TextOrigin, parsed?: ParsePolicyResult) => void;
  /**
   * Runs a core edit function on the current policy and writes its operations into the text at
   * their paths (the rest of the text keeps its bytes), as one undo step. Nothing happens while
   * the text has errors (the forms are read-only then).
   */
  editPolicy: (edit: (policy: Policy) => PolicyEdit) => void;
  /** Brings `findings`, `valid` and `review` up to date with the text (a no-op when they are). */
  check: () => void;
  /**
   * Takes what a check made elsewhere (the check worker) found for `text` and `tools`; ignored
   * when the document has moved on since.
   */
  applyCheck: (
    text: string,
    tools: readonly Tool[],
    found: { ok: boolean; findings: Finding[]; review: ReviewFinding[] },
  ) => void;
  loadTools: (tools: Tool[], serverName: string | null) => void;
  /** Puts back a saved draft (after a reload), without undo history. */
  restoreDraft: (draft: Draft) => void;
  undo: () => void;
  redo: () => void;
  setBaseline: (text: string) => void;
}

/** An edit with the texts it was made on and made. */
export interface TextEditOf {
  before: string;
  edit: TextEdit;
  after: string;
}

/** What survives a reload: the text, the tool list, the server's name and the baseline (never credentials). */
export interface Draft {
  text: string;
  tools: Tool[];
  serverName: string | null;
  /** The text as last imported or loaded; the text itself when there is none. */
  baseline: string;
}

export const EMPTY_POLICY: Policy = { version: '1', default: 'deny', tools: {} };
export const INITIAL_TEXT = formatPolicy(EMPTY_POLICY);

interface Parsed {
  text: string;
  policy: Policy;
  policyText: string;
  valid: boolean;
  findings: Finding[];
  findingsStale: boolean;
  reviewStale: boolean;
}

function parse(text: string, tools: readonly Tool[]): ParsePolicyResult {
  return parsePolicy(text, tools.length > 0 ? { tools } : {});
}

function read(
  text: string,
  tools: readonly Tool[],
  previous: { policy: Policy; policyText: string },
  result: ParsePolicyResult = parse(text, tools),
): Parsed {
  return result.ok
    ? {
        text,
        policy: result.policy,
        policyText: text,
        valid: true,
        findings: result.findings,
        findingsStale: false,
        reviewStale: true,
      }
    : {
        text,
        policy: previous.policy,
        policyText: previous.policyText,
        valid: false,
        findings: result.findings,
        findingsStale: false,
        reviewStale: true,
      };
}

/**
 * Reads a text that replaces the state's own: when it differs from the text the policy was read
 * from inside one value, only that value is read and the full check follows later; else the
 * whole text is parsed now.
 */
function readNext(s: PolicyState, text: string): Parsed {
  const policy = readChange(s.policyText, text, s.policy);
  if (policy === null) return read(text, s.tools, s);
  return {
    text,
    policy,
    policyText: text,
    valid: true,
    findings: s.findings,
    findingsStale: true,
    reviewStale: true,
  };
}

/** The texts undo would bring back, oldest first (for tests and diagnostics). */
export function undoTexts(state: Pick<PolicyState, 'undoStack'>): string[] {
  return textsOf(state.undoStack);
}

/** The texts redo would bring back, oldest first. */
export function redoTexts(state: Pick<PolicyState, 'redoStack'>): string[] {
  return textsOf(state.redoStack);
}

export const usePolicyStore = create<PolicyState>()((set, get) => ({
  text: INITIAL_TEXT,
  policy: EMPTY_POLICY,
  policyText: INITIAL_TEXT,
  valid: true,
  findings: [],
  findingsStale: false,
  review: [],
  reviewStale: false,
  tools: [],
  serverName: null,
  baseline: INITIAL_TEXT,
  lastEdit: null,
  undoStack: EMPTY_HISTORY,
  redoStack: EMPTY_HISTORY,

  setText: (text, origin, given) => {
    const s = get();
    if (text === s.text) return;
    const parsed = given ? read(text, s.tools, s, given) : readNext(s, text);
    if (origin !== 'editor') {
      set({ ...parsed, undoStack: record(s.undoStack, s.text, text), redoStack: EMPTY_HISTORY });
      return;
    }
    // Monaco keeps its own undo for typing; only replacements join the app's undo. When Ctrl+Z
    // in the editor steps back over a form edit, the app's history steps with it, so the
    // header's Undo never becomes a silent no-op.
    if (leadsBackTo(s.undoStack, text)) {
      set({
        ...parsed,
        undoStack: popStep(s.undoStack, text),
        redoStack: record(s.redoStack, s.text, text),
      });
    } else if (leadsBackTo(s.redoStack, text)) {
      set({
        ...parsed,
        redoStack: popStep(s.redoStack, text),
        undoStack: record(s.undoStack, s.text, text),
      });
    } else {
      set(parsed);
    }
  },

  editPolicy: (edit) => {
    const s = get();
    if (!s.valid) return; // forms are read-only while the text has errors
    const { policy, changes } = edit(s.policy);
    if (changes.length === 0) return;
    const written = writeChangesAsEdit(s.text, changes, policy);
    const { text } = written;
    const { edit: made } = written;
    // Compared where it changed: comparing whole texts would read a large policy through.
    if (made === null || made.content === s.text.slice(made.offset, made.offset + made.length)) {
      return;
    }
    notePolicyEdit(s.policy, policy, changes);
    set({
      text,
      policy,
      policyText: text,
      findingsStale: true,
      reviewStale: true,
      lastEdit: { before: s.text, edit: made, after: text },
      undoStack: recordEdit(s.undoStack, s.text, made, text),
      redoStack: EMPTY_HISTORY,
    });
  },

  check: () => {
    const s = get();
    if (!s.findingsStale && !s.reviewStale) return;
    let { policy, policyText, valid, findings } = s;
    if (s.findingsStale) {
      const result = parse(s.text, s.tools);
      valid = result.ok;
      findings = result.findings;
      // The operations were meant to give exactly this policy; should they not, the text wins.
      if (result.ok && !jsonEqual(result.policy, s.policy)) {
        policy = result.policy;
        policyText = s.text;
      }
    }
    const review = valid ? reviewPolicy(policy, s.tools, { text: s.text }) : [];
    set({ policy, policyText, valid, findings, findingsStale: false, review, reviewStale: false });
  },

  applyCheck: (text, tools, found) => {
    const s = get();
    if (s.text !== text || s.tools !== tools) return;
    set({
      valid: found.ok,
      findings: found.findings,
      findingsStale: false,
      review: found.ok ? found.review : [],
      reviewStale: false,
    });
  },

  loadTools: (tools, serverName) => {
    const s = get();
    // The policy does not depend on the tool list; its findings do, and follow a frame later.
    if (tools !== s.tools) set({ tools, serverName, findingsStale: true, reviewStale: true });
    else set({ serverName });
  },

  restoreDraft: ({ text, tools, serverName, baseline }) =>
    set({
      ...read(text, tools, { policy: EMPTY_POLICY, policyText: INITIAL_TEXT }),
      tools,
      serverName,
      baseline,
      undoStack: EMPTY_HISTORY,
      redoStack: EMPTY_HISTORY,
    }),

  undo: () => {
    const s = get();
    const previous = previousText(s.undoStack);
    if (previous === undefined) return;
    set({
      ...readNext(s, previous),
      undoStack: popStep(s.undoStack, previous),
      redoStack: record(s.redoStack, s.text, previous),
    });
  },

  redo: () => {
    const s = get();
    const next = previousText(s.redoStack);
    if (next === undefined) return;
    set({
      ...readNext(s, next),
      redoStack: popStep(s.redoStack, next),
      undoStack: record(s.undoStack, s.text, next),
    });
  },

  setBaseline: (baseline) => set({ baseline }),
}));
