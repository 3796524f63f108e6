import { Header } from './Header';
import { Notices } from './Notices';
import { Workspace } from './Workspace';

/** The one screen: header with document actions, the notices, then the workspace panes. */
export function App() {
  return (
    <div className="app">
      <Header />
      <Notices />
      <Workspace />
    </div>
  );
}
