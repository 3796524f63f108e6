import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach, beforeEach } from 'vitest';
import { startDocumentChecks } from '../../src/state/documentChecks';
import { useUiStore } from '../../src/state/uiStore';

// Findings and review follow each edit at once here (in the app, a frame later).
startDocumentChecks((task) => task());

// Selection, view, reveal and notices start fresh in every test, as on a new page.
const initialUi = useUiStore.getState();
beforeEach(() => {
  useUiStore.setState(initialUi, true);
});

afterEach(() => {
  cleanup();
  localStorage.clear();
});
