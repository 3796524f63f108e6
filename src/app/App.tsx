import { AllowDefaultBanner } from '../header/AllowDefaultBanner';
import { Header } from './Header';
import { Notices } from './Notices';
import { Workspace } from './Workspace';

/** The one screen: header with document actions, then the workspace panes. */
export function App() {
  return (
    <div className="app">
      <Header />
      <AllowDefaultBanner />
      <Workspace />
      <Notices />
    </div>
  );
}
