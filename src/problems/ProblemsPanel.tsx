import { useMemo } from 'react';
import { usePolicyStore } from '../state/policyStore';
import { unwrittenMessages, useUiStore } from '../state/uiStore';
import { ProblemList } from './ProblemList';

/**
 * The Problems panel of the document (and of form changes not yet written): a row's click reveals
 * its place in the editor.
 */
export function ProblemsPanel() {
  const findings = usePolicyStore((s) => s.findings);
  const revealRange = useUiStore((s) => s.revealRange);
  const unwrittenForms = useUiStore((s) => s.unwrittenForms);
  const unwritten = useMemo(() => unwrittenMessages(unwrittenForms), [unwrittenForms]);
  return (
    <ProblemList
      findings={findings}
      unwritten={unwritten}
      onSelect={(f) =>
        revealRange({ line: f.line, column: f.column, endLine: f.endLine, endColumn: f.endColumn })
      }
    />
  );
}
