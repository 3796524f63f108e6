import { useUndoShortcuts } from '../state/useUndoShortcuts';
import { TransferActions } from '../transfer/TransferActions';
import { ApplyRecommended } from './ApplyRecommended';
import { DefaultDecision } from './DefaultDecision';
import { LoadToolsButton } from './LoadToolsButton';
import { ServerSummary } from './ServerSummary';
import { UndoRedo } from './UndoRedo';
import './header.css';

/** Server name, tool count and the document's actions. */
export function Header() {
  useUndoShortcuts();
  return (
    <header className="app-header">
      <h1>MCP Policy Builder</h1>
      <ServerSummary />
      <div className="header-actions">
        <LoadToolsButton />
        <ApplyRecommended />
        <DefaultDecision />
        <UndoRedo />
        <TransferActions />
      </div>
    </header>
  );
}
