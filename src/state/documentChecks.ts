import type { Tool } from '../core';
import type { CheckReply, CheckRequest } from './checkProtocol';
import { usePolicyStore } from './policyStore';

/** Runs `task` after the browser has painted the current frame. */
export function afterPaint(task: () => void): void {
  requestAnimationFrame(() => setTimeout(task, 0));
}

/** The store's own check, on this thread, when `schedule` says (tests run it at once). */
function startOnThisThread(schedule: (task: () => void) => void): () => void {
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

/**
 * The check in a worker: one request in flight at a time; when the document changed meanwhile,
 * the newest text goes next (a burst of edits is checked once it pauses, never queued up).
 */
function startInWorker(): () => void {
  const worker = new Worker(new URL('./documentCheck.worker.ts', import.meta.url), {
    type: 'module',
  });
  let lastId = 0;
  let inFlight: { id: number; text: string; tools: readonly Tool[] } | null = null;
  let sentTools: readonly Tool[] | null = null;

  const send = () => {
    const { text, tools, findingsStale, reviewStale } = usePolicyStore.getState();
    if (inFlight !== null || (!findingsStale && !reviewStale)) return;
    const request: CheckRequest = { id: ++lastId, text };
    if (tools !== sentTools) request.tools = tools; // copied by postMessage itself
    sentTools = tools;
    inFlight = { id: request.id, text, tools };
    worker.postMessage(request);
  };
  worker.onmessage = (event: MessageEvent<CheckReply>) => {
    const done = inFlight;
    inFlight = null;
    if (done !== null && done.id === event.data.id) {
      usePolicyStore.getState().applyCheck(done.text, done.tools, event.data);
    }
    send();
  };
  worker.onerror = () => {
    // Should the worker fail, the checks still happen, on this thread.
    stop();
    stop = startOnThisThread(afterPaint);
  };
  const unsubscribe = usePolicyStore.subscribe(() => afterPaint(send));
  send();
  let stop = () => {
    unsubscribe();
    worker.terminate();
  };
  return () => stop();
}

/**
 * Keeps findings and review up to date with the document. An edit shows its text, form and
 * list at once; the full check (parsePolicy over the whole text, then the review) follows
 * off the main thread in a worker, or here after the frame is painted when `schedule` is given
 * (tests pass one that runs at once) or there is no Worker. Returns a stop function.
 */
export function startDocumentChecks(schedule?: (task: () => void) => void): () => void {
  if (schedule === undefined && typeof Worker !== 'undefined') return startInWorker();
  return startOnThisThread(schedule ?? afterPaint);
}
