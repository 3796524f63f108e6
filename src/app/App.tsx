import { Header } from './Header';
import { usePolicyStore } from '../state/policyStore';
import { Workspace } from './Workspace';

/** The one screen: header with document actions, then the workspace panes. */
export function App() {
  const notice = usePolicyStore((s) => s.notice);
  const setNotice = usePolicyStore((s) => s.setNotice);
  return (
    <div className="app">
      <Header />
      {notice !== null && (
        <div className="notice" role="status">
          <span>{notice}</span>
          <button type="button" onClick={() => setNotice(null)} aria-label="Dismiss notice">
            ×
          </button>
        </div>
      )}
      <Workspace />
    </div>
  );
}
