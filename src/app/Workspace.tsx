import { useEffect, useRef, useState } from 'react';
import { JsonPane } from '../json-view/JsonPane';
import { ProblemsPanel } from '../problems/ProblemsPanel';
import { MatrixFilterNote, ReviewProblems, ReviewSummary } from '../review';
import { RulePane } from '../rule/RulePane';
import { SimulatorPane } from '../simulator/SimulatorPane';
import { usePolicyStore } from '../state/policyStore';
import { useUiStore, type View } from '../state/uiStore';
import { ToolsPane } from '../tools/ToolsPane';
import { FirstRun } from './FirstRun';

type NarrowTab = 'tools' | 'rule' | 'json';

const VIEWS: { id: View; label: string }[] = [
  { id: 'rules', label: 'Rules' },
  { id: 'simulate', label: 'Simulate' },
];

/**
 * Tools · rule · JSON side by side on a wide screen; on a narrow one the same panes behind tabs
 * (CSS decides which layout shows, so switching widths never loses state).
 */
export function Workspace() {
  const view = useUiStore((s) => s.view);
  const setView = useUiStore((s) => s.setView);
  const selected = useUiStore((s) => s.selected);
  // Nothing to decide yet: no tools and no rules (a policy imported alone still lists its rules).
  const empty = usePolicyStore(
    (s) => s.tools.length === 0 && Object.keys(s.policy.tools).length === 0,
  );
  const [narrowTab, setNarrowTab] = useState<NarrowTab>('tools');

  // Picking a tool on a narrow screen shows its rule (on a wide one the tab is not in play).
  const lastSelected = useRef(selected);
  useEffect(() => {
    if (selected !== null && selected !== lastSelected.current) setNarrowTab('rule');
    lastSelected.current = selected;
  }, [selected]);

  return (
    <main className="workspace" data-view={view} data-narrow-tab={narrowTab}>
      <div className="view-tabs" role="tablist" aria-label="Workspace">
        {VIEWS.map((v) => (
          <button
            key={v.id}
            type="button"
            role="tab"
            aria-selected={view === v.id}
            onClick={() => setView(v.id)}
          >
            {v.label}
          </button>
        ))}
        <span className="narrow-only narrow-tabs">
          {view === 'rules' &&
            (['tools', 'rule'] as const).map((t) => (
              <button
                key={t}
                type="button"
                aria-pressed={narrowTab === t}
                onClick={() => setNarrowTab(t)}
              >
                {t === 'tools' ? 'Tool list' : 'Rule'}
              </button>
            ))}
          <button
            type="button"
            aria-pressed={narrowTab === 'json'}
            onClick={() => setNarrowTab(narrowTab === 'json' ? 'tools' : 'json')}
          >
            JSON
          </button>
        </span>
      </div>
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
              <RulePane />
            </section>
          </>
        ) : (
          <section className="pane pane-simulator" aria-label="Simulator">
            <SimulatorPane />
          </section>
        )}
        <section className="pane pane-json" aria-label="JSON">
          <JsonPane below={<ReviewProblems problems={<ProblemsPanel />} />} />
        </section>
      </div>
    </main>
  );
}
