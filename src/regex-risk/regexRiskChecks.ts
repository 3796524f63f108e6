import { regexConditions, regexRiskFindings, type Finding, type RegexRisk } from '../core';
import { usePolicyStore } from '../state/policyStore';

/** Past this a check is given up (the worker is stopped) and the regex gets no warning. */
const CHECK_BUDGET_MS = 15_000;

interface Reply {
  source: string;
  risk: RegexRisk | null;
}

/**
 * Checks each regex condition of the policy for ReDoS in a worker (recheck), and adds a warning
 * at each risky value to the findings the Problems list and the editor show. Verdicts are kept
 * per source, so a regex is checked once however often the text changes. Returns a stop function.
 */
export function startRegexRiskChecks(): () => void {
  if (typeof Worker === 'undefined') return () => {};
  const verdicts = new Map<string, RegexRisk | null>();
  const queue: string[] = [];
  let worker: Worker | null = null;
  let running: { source: string; timer: ReturnType<typeof setTimeout> } | null = null;
  const added = new WeakSet<Finding>();
  let shown: Finding[] | null = null;

  const known = (source: string) => verdicts.get(source) ?? null;

  const finish = (source: string, risk: RegexRisk | null) => {
    if (running !== null) clearTimeout(running.timer);
    running = null;
    verdicts.set(source, risk);
    shown = null;
    update();
    next();
  };

  const next = () => {
    if (running !== null) return;
    const source = queue.shift();
    if (source === undefined) return;
    worker ??= createWorker();
    const timer = setTimeout(() => {
      worker?.terminate();
      worker = null;
      finish(source, null);
    }, CHECK_BUDGET_MS);
    running = { source, timer };
    worker.postMessage(source);
  };

  const createWorker = () => {
    const created = new Worker(new URL('./regexRisk.worker.ts', import.meta.url), {
      type: 'module',
    });
    created.onmessage = (event: MessageEvent<Reply>) => finish(event.data.source, event.data.risk);
    created.onerror = () => {
      created.terminate();
      worker = null;
      if (running !== null) finish(running.source, null);
    };
    return created;
  };

  const update = () => {
    const state = usePolicyStore.getState();
    if (state.findings === shown) return;
    const base = state.findings.filter((f) => !added.has(f));
    let extra: Finding[] = [];
    if (state.valid) {
      for (const { source } of regexConditions(state.policy, Object.keys(state.policy.tools))) {
        if (!verdicts.has(source) && !queue.includes(source) && running?.source !== source) {
          queue.push(source);
        }
      }
      extra = regexRiskFindings(state.text, state.policy, known);
      next();
    }
    if (extra.length === 0 && base.length === state.findings.length) {
      shown = state.findings;
      return;
    }
    for (const f of extra) added.add(f);
    shown = [...base, ...extra].sort((a, b) => a.line - b.line || a.column - b.column);
    usePolicyStore.setState({ findings: shown });
  };

  const unsubscribe = usePolicyStore.subscribe(update);
  update();
  return () => {
    unsubscribe();
    worker?.terminate();
    if (running !== null) clearTimeout(running.timer);
  };
}
