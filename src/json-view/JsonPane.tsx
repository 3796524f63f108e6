import { lazy, Suspense } from 'react';
import { ProblemsPanel } from '../problems/ProblemsPanel';
import { PlainTextView } from './PlainTextView';
import './JsonPane.css';

// Monaco is a few megabytes: the forms are usable while it loads.
const PolicyEditor = lazy(() => import('./PolicyEditor'));

/** The policy as JSON text (Monaco) above its Problems. */
export function JsonPane() {
  return (
    <div className="json-pane">
      <div role="region" aria-label="Policy JSON" className="json-editor">
        <Suspense fallback={<PlainTextView />}>
          <PolicyEditor />
        </Suspense>
      </div>
      <ProblemsPanel />
    </div>
  );
}
