import { usePolicyStore } from './policyStore';

/** Runs `task` after the browser has painted the current frame. */
export function afterPaint(task: () => void): void {
  requestAnimationFrame(() => setTimeout(task, 0));
}

/**
 * Keeps findings and review up to date with the document. An edit shows its text, form and
 * list at once; the full check (parsePolicy over the whole text, then the review) runs once
 * the frame is painted, and once for a burst of edits. `schedule` decides when; tests pass one
 * that runs at once. Returns a stop function.
 */
export function startDocumentChecks(schedule: (task: () => void) => void = afterPaint): () => void {
  let pending = false;
  let stopped = false;
  const run = () => {
    pending = false;
    if (!stopped) usePolicyStore.getState().check();
  };
  const update = () => {
    const { findingsStale, reviewStale } = usePolicyStore.getState();
    if (pending || (!findingsStale && !reviewStale)) return;
    pending = true;
    schedule(run);
  };
  const unsubscribe = usePolicyStore.subscribe(update);
  update();
  return () => {
    stopped = true;
    unsubscribe();
  };
}
