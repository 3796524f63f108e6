import { ShieldCheck } from 'lucide-react';
import { ApplyRecommended } from '../header/ApplyRecommended';
import { DefaultDecision } from '../header/DefaultDecision';
import { ServerSummary } from '../header/ServerSummary';
import { UndoRedo } from '../header/UndoRedo';
import { DraftSemanticDiff } from '../review';
import '../header/header.css';
import { useUndoShortcuts } from '../state/useUndoShortcuts';
import { TransferActions } from '../transfer/TransferActions';
import { useOpenDialog } from '../ui/openDialog';
import { LoadToolsWithSources } from './LoadToolsWithSources';

/** The product, the loaded server and its default as status, then the document's actions. */
export function Header() {
  useUndoShortcuts();
  const loading = useOpenDialog((s) => s.open === 'load');
  const close = useOpenDialog((s) => s.close);
  return (
    <header className="app-header">
      <div className="header-brand">
        <span className="brand-mark" aria-hidden="true">
          <ShieldCheck />
        </span>
        <h1>MCP Policy Builder</h1>
      </div>
      <div className="header-status">
        <ServerSummary />
        <DefaultDecision />
      </div>
      <div className="header-actions">
        <ApplyRecommended />
        <UndoRedo />
        <TransferActions
          changesEffect={(before, after) => <DraftSemanticDiff before={before} after={after} />}
        />
        {loading && <LoadToolsWithSources onClose={close} />}
      </div>
    </header>
  );
}
