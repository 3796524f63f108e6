import { ShieldCheck } from 'lucide-react';
import { useUndoShortcuts } from '../state/useUndoShortcuts';
import { TransferActions } from '../transfer/TransferActions';
import { ApplyRecommended } from './ApplyRecommended';
import { DefaultDecision } from './DefaultDecision';
import { ServerSummary } from './ServerSummary';
import { UndoRedo } from './UndoRedo';
import './header.css';

/** The product, the loaded server and its default as status, then the document's actions. */
export function Header() {
  useUndoShortcuts();
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
        <TransferActions />
      </div>
    </header>
  );
}
