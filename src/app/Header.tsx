import { ApplyRecommended } from '../header/ApplyRecommended';
import { DefaultDecision } from '../header/DefaultDecision';
import { ServerSummary } from '../header/ServerSummary';
import { UndoRedo } from '../header/UndoRedo';
import { DraftSemanticDiff } from '../review';
import '../header/header.css';
import { useUndoShortcuts } from '../state/useUndoShortcuts';
import { TransferActions } from '../transfer/TransferActions';
import { LoadToolsButton } from './LoadToolsButton';

/** Server name, tool count and the document's actions (composed here from the features). */
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
        <TransferActions
          changesEffect={(before, after) => <DraftSemanticDiff before={before} after={after} />}
        />
      </div>
    </header>
  );
}
