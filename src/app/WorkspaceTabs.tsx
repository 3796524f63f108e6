import { useUiStore } from '../state/uiStore';
import { useMediaQuery } from '../ui/useMediaQuery';

/** Which pane a narrow screen shows in the Rules view (the JSON tab shows in either view). */
export type NarrowTab = 'tools' | 'rule' | 'json';

/** The width below which the panes stack behind tabs (styles.css, the same query). */
export const NARROW = '(max-width: 900px)';

interface Tab {
  label: string;
  selected: boolean;
  open: () => void;
}

interface WorkspaceTabsProps {
  narrowTab: NarrowTab;
  onNarrowTab: (tab: NarrowTab) => void;
}

/**
 * The one tab bar: Rules · Simulate on a wide screen, where tools, rule and JSON sit side by
 * side; Tools · Rule · JSON · Simulate on a narrow one, where each pane has a tab of its own.
 */
export function WorkspaceTabs({ narrowTab, onNarrowTab }: WorkspaceTabsProps) {
  const view = useUiStore((s) => s.view);
  const setView = useUiStore((s) => s.setView);
  const narrow = useMediaQuery(NARROW);

  const rulesTab = (label: string, tab: Exclude<NarrowTab, 'json'>): Tab => ({
    label,
    selected: view === 'rules' && narrowTab === tab,
    open: () => {
      setView('rules');
      onNarrowTab(tab);
    },
  });
  const tabs: Tab[] = narrow
    ? [
        rulesTab('Tools', 'tools'),
        rulesTab('Rule', 'rule'),
        { label: 'JSON', selected: narrowTab === 'json', open: () => onNarrowTab('json') },
        {
          label: 'Simulate',
          selected: view === 'simulate' && narrowTab !== 'json',
          open: () => {
            setView('simulate');
            if (narrowTab === 'json') onNarrowTab('tools');
          },
        },
      ]
    : [
        { label: 'Rules', selected: view === 'rules', open: () => setView('rules') },
        { label: 'Simulate', selected: view === 'simulate', open: () => setView('simulate') },
      ];

  return (
    <div className="view-tabs" role="tablist" aria-label="Workspace">
      {tabs.map((tab) => (
        <button
          key={tab.label}
          type="button"
          role="tab"
          aria-selected={tab.selected}
          onClick={tab.open}
        >
          {tab.label}
        </button>
      ))}
    </div>
  );
}
