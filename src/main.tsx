import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { restoreDraft, startAutosave } from './state/persistence';
import { restoreScenario, startScenarioAutosave } from './simulator/scenarioPersistence';
import { startRegexRiskChecks } from './regex-risk/regexRiskChecks';
import { startDocumentChecks } from './state/documentChecks';
import './ui/design/tokens.css';
import './ui/design/primitives.css';
import './app/styles.css';

restoreDraft();
startAutosave();
restoreScenario();
startScenarioAutosave();
startDocumentChecks();
startRegexRiskChecks();

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}
