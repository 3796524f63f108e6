import { usePolicyStore } from '../state/policyStore';
import { useUiStore } from '../state/uiStore';
import { ProblemList } from './ProblemList';

/** The Problems panel of the document: a row's click reveals its place in the editor. */
export function ProblemsPanel() {
  const findings = usePolicyStore((s) => s.findings);
  const revealRange = useUiStore((s) => s.revealRange);
  return (
    <ProblemList
      findings={findings}
      onSelect={(f) =>
        revealRange({ line: f.line, column: f.column, endLine: f.endLine, endColumn: f.endColumn })
      }
    />
  );
}
