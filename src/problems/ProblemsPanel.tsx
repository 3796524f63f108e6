import { ReviewProblems } from '../review';
import { usePolicyStore } from '../state/policyStore';
import { ProblemList } from './ProblemList';

/** The Problems panel of the document: a row's click reveals its place in the editor. */
export function ProblemsPanel() {
  const findings = usePolicyStore((s) => s.findings);
  const revealRange = usePolicyStore((s) => s.revealRange);
  return (
    <ReviewProblems
      problems={
        <ProblemList
          findings={findings}
          onSelect={(f) =>
            revealRange({
              line: f.line,
              column: f.column,
              endLine: f.endLine,
              endColumn: f.endColumn,
            })
          }
        />
      }
    />
  );
}
