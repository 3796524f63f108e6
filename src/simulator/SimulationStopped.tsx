import type { StoppedRun } from './simulationRunner';

/** A JSON pointer (/tools/run/deny_if/0) as the place names the app shows: tools › run › … */
function place(pointer: string): string {
  return pointer
    .split('/')
    .slice(1)
    .map((part) => part.replace(/~1/g, '/').replace(/~0/g, '~'))
    .join(' › ');
}

interface SimulationStoppedProps {
  run: StoppedRun;
  /** Shows the condition in the editor and the rule form. */
  onShowCondition: (pointer: string, rule: string | null) => void;
}

/** Says that a run was stopped past its time budget, and which call and condition held it. */
export function SimulationStopped({ run, onShowCondition }: SimulationStoppedProps) {
  const seconds = run.budgetMs / 1000;
  const { step } = run;
  return (
    <div role="alert" className="sim-stopped">
      <p>
        The simulation was stopped: it ran longer than {seconds}{' '}
        {seconds === 1 ? 'second' : 'seconds'}.
      </p>
      {step === null ? (
        <p>It was deciding call {run.call + 1}.</p>
      ) : (
        <p>
          It was checking call {step.call + 1} (tool <code>{step.tool}</code>) against the condition{' '}
          {place(step.path)}, the regex <code>{step.regex}</code>. A regex like this can take
          exponential time on some inputs: rewrite it (Problems says more).
        </p>
      )}
      <p>Everything else still works; the results come back when the policy or the calls change.</p>
      {step !== null && (
        <button type="button" onClick={() => onShowCondition(step.path, step.rule)}>
          Show the condition
        </button>
      )}
    </div>
  );
}
