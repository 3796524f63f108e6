import { lazy, Suspense, type ComponentProps } from 'react';
import { usePolicyStore } from '../state/policyStore';

// The summary and the semantic diff load with their own chunk: neither is needed at first paint.
const SummaryPanel = lazy(() => import('./ReviewSummary'));
const SemanticDiffPanel = lazy(() => import('./SemanticDiff'));

/** "What this policy lets an agent do" with the risk matrix (loaded on first render). */
export function ReviewSummary() {
  return (
    <Suspense fallback={null}>
      <SummaryPanel />
    </Suspense>
  );
}

/** The semantic diff of two texts over the loaded tool list (the Changes dialog's top part). */
export function DraftSemanticDiff({ before, after }: { before: string; after: string }) {
  const tools = usePolicyStore((s) => s.tools);
  return <SemanticDiff before={before} after={after} tools={tools} />;
}

/** The semantic diff of two policy texts, loaded on first render. */
export function SemanticDiff(props: ComponentProps<typeof SemanticDiffPanel>) {
  return (
    <Suspense fallback={<p className="hint">Comparing the policies…</p>}>
      <SemanticDiffPanel {...props} />
    </Suspense>
  );
}
