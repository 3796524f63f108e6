import { lazy, Suspense, useEffect, useRef, useState } from 'react';
import { JsonPane } from '../json-view/JsonPane';
import { ProblemsPanel } from '../problems/ProblemsPanel';
import { MatrixFilterNote, ReviewProblems, ReviewSummary } from '../review';
import { RulePane } from '../rule/RulePane';
import { usePolicyStore } from '../state/policyStore';
import { useUiStore } from '../state/uiStore';
import { ToolsPane } from '../tools/ToolsPane';
import { FirstRun } from './FirstRun';
import { useTestRule } from './useTestRule';
import { WorkspaceTabs, type NarrowTab } from './WorkspaceTabs';

// The simulator (tables, charts, generators) is not needed at first paint: it loads on its tab.
const SimulatorPane = lazy(() =>
  import('../simulator/SimulatorPane').then((m) => ({ default: m.SimulatorPane })),
);

/**
 * Tools · rule · JSON side by side on a wide screen; on a narrow one the same panes behind one
 * tab bar (CSS decides which panes show, so switching widths never loses state).
 */
export function Workspace() {
  const view = useUiStore((s) => s.view);
  const selected = useUiStore((s) => s.selected);
  // Nothing to decide yet: no tools and no rules (a policy imported alone still lists its rules).
  const empty = usePolicyStore(
    (s) => s.tools.length === 0 && Object.keys(s.policy.tools).length === 0,
  );
  const [narrowTab, setNarrowTab] = useState<NarrowTab>('tools');
  const testRule = useTestRule();

  // Picking a tool on a narrow screen shows its rule (on a wide one the tab is not in play).
  const lastSelected = useRef(selected);
  useEffect(() => {
    if (selected !== null && selected !== lastSelected.current) setNarrowTab('rule');
    lastSelected.current = selected;
  }, [selected]);

  return (
    <main className="workspace" data-view={view} data-narrow-tab={narrowTab}>
      <WorkspaceTabs narrowTab={narrowTab} onNarrowTab={setNarrowTab} />
      <div className="panes">
        {view === 'rules' && empty ? (
          <FirstRun />
        ) : view === 'rules' ? (
          <>
            <section className="pane pane-tools" aria-label="Tools">
              <ToolsPane
                header={
                  <>
                    <ReviewSummary />
                    <MatrixFilterNote />
                  </>
                }
              />
            </section>
            <section className="pane pane-rule" aria-label="Rule">
              <RulePane onTestRule={testRule} />
            </section>
          </>
        ) : (
          <section className="pane pane-simulator" aria-label="Simulator">
            <Suspense fallback={<p className="hint">Loading the simulator…</p>}>
              <SimulatorPane />
            </Suspense>
          </section>
        )}
        <section className="pane pane-json" aria-label="JSON">
          <JsonPane below={<ReviewProblems problems={<ProblemsPanel />} />} />
        </section>
      </div>
    </main>
  );
}
