import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach, beforeEach } from 'vitest';
import { useUiStore } from '../../src/state/uiStore';

// Selection, view, reveal and notices start fresh in every test, as on a new page.
const initialUi = useUiStore.getState();
beforeEach(() => {
  useUiStore.setState(initialUi, true);
});

afterEach(() => {
  cleanup();
  localStorage.clear();
});
