import { lazy, Suspense, type ReactNode } from 'react';
import { PlainTextView } from './PlainTextView';
import './JsonPane.css';

// Monaco is a few megabytes: the forms are usable while it loads.
const PolicyEditor = lazy(() => import('./PolicyEditor'));

/** The policy as JSON text (Monaco) above what the app puts below it (the Problems). */
export function JsonPane({ below }: { below?: ReactNode }) {
  return (
    <div className="json-pane">
      <div role="region" aria-label="Policy JSON" className="json-editor">
        <Suspense fallback={<PlainTextView />}>
          <PolicyEditor />
        </Suspense>
      </div>
      {below}
    </div>
  );
}
