import { diffText, type TextEdit } from '../core';

/**
 * One undo (or redo) step: the edit that turns the text after the change back into the text
 * before it. Steps hold only what changed, so a form edit in a large policy costs a few bytes
 * instead of a copy of the whole text.
 */
export type Step = TextEdit;

/**
 * How much text the undo (and, separately, the redo) history may hold, in UTF-16 code units
 * (about 2 bytes each): about 32 MB. The oldest steps go first; the newest step is always kept.
 */
export const HISTORY_BUDGET = 16 * 1024 * 1024;

// What one step costs beyond its text (the object, its numbers): counted so that many tiny steps
// are bounded too.
const STEP_OVERHEAD = 64;

/** What a step costs the history's budget. */
export function stepCost(step: Step): number {
  return step.content.length + STEP_OVERHEAD;
}

/** `text` with `step` applied. */
export function applyStep(text: string, step: Step): string {
  return text.slice(0, step.offset) + step.content + text.slice(step.offset + step.length);
}

/** A stack of steps, newest last, with what it holds in the budget's units. */
export interface History {
  steps: readonly Step[];
  cost: number;
  /**
   * The text the newest step applies to (the text right after that change). The document may
   * have moved on since (typing joins no history); undo then goes back to exactly the text
   * before the change, as a stack of whole texts would.
   */
  anchor: string;
}

export const EMPTY_HISTORY: History = { steps: [], cost: 0, anchor: '' };

/** `history` with `step` (which turns `anchor` back into an earlier text) on top. */
export function pushStep(
  history: History,
  step: Step,
  anchor: string,
  budget = HISTORY_BUDGET,
): History {
  let cost = history.cost + stepCost(step);
  let drop = 0;
  while (cost > budget && drop < history.steps.length) {
    cost -= stepCost(history.steps[drop++] as Step);
  }
  return { steps: [...history.steps.slice(drop), step], cost, anchor };
}

/** `history` remembering that the document went from `before` to `after`. */
export function record(history: History, before: string, after: string): History {
  const step = diffText(after, before);
  return step ? pushStep(history, step, after) : history;
}

/**
 * `history` remembering that `edit` turned `before` into `after`: the step back is the edit's
 * reverse, with no comparison of the two texts.
 */
export function recordEdit(
  history: History,
  before: string,
  edit: TextEdit,
  after: string,
): History {
  const back: Step = {
    offset: edit.offset,
    length: edit.content.length,
    content: before.slice(edit.offset, edit.offset + edit.length),
  };
  return pushStep(history, back, after);
}

/** The text the newest step leads back to (undefined when there is none). */
export function previousText(history: History): string | undefined {
  const top = history.steps.at(-1);
  return top === undefined ? undefined : applyStep(history.anchor, top);
}

/** True when `text` is the text the newest step leads back to (cheap length check first). */
export function leadsBackTo(history: History, text: string): boolean {
  const top = history.steps.at(-1);
  if (top === undefined) return false;
  if (history.anchor.length - top.length + top.content.length !== text.length) return false;
  return applyStep(history.anchor, top) === text;
}

/** `history` without its newest step; `previous` is the text that step led back to. */
export function popStep(history: History, previous: string): History {
  const top = history.steps.at(-1);
  if (top === undefined) return history;
  return {
    steps: history.steps.slice(0, -1),
    cost: history.cost - stepCost(top),
    anchor: previous,
  };
}

/** What the history holds, in the budget's units. */
export function historyCost(history: History): number {
  return history.cost;
}

/**
 * The texts a history leads back to, oldest first (what undo, or redo, would show one press
 * after another, read from the end).
 */
export function textsOf(history: History): string[] {
  const { steps } = history;
  const texts: string[] = new Array<string>(steps.length);
  let current = history.anchor;
  for (let i = steps.length - 1; i >= 0; i--) {
    current = applyStep(current, steps[i] as Step);
    texts[i] = current;
  }
  return texts;
}
