import { parseScenario, type Scenario } from '../core';
import { persisted } from '../state/persist';
import { useScenarioStore } from './scenarioStore';

/** Where the scenario lives between visits (beside the draft), and where an unreadable one goes. */
export const SCENARIO_KEY = 'mcp-policy-builder:scenario';
export const SCENARIO_SET_ASIDE_KEY = 'mcp-policy-builder:scenario:set-aside';

const scenarioPersistence = persisted({
  key: SCENARIO_KEY,
  setAsideKey: SCENARIO_SET_ASIDE_KEY,
  name: 'simulator scenario',
  startsWith: 'The simulator starts with no calls.',
  downloadName: 'unreadable-scenario.txt',
  store: useScenarioStore,
  changed: (state, previous) => state.start !== previous.start || state.calls !== previous.calls,
  write: ({ start, calls }) => {
    const scenario: Scenario = { version: 1, start, calls };
    return JSON.stringify(scenario);
  },
  read: (raw) => {
    const result = parseScenario(raw);
    return result.ok ? result.scenario : null;
  },
  apply: (scenario) => useScenarioStore.getState().loadScenario(scenario),
  refused:
    'The simulator scenario is too large for this browser’s storage and is not kept; save it as a file to keep it.',
});

/**
 * Puts the saved scenario into the scenario store. A value that is not a scenario is moved to
 * SCENARIO_SET_ASIDE_KEY (so nothing is lost and the next save cannot overwrite it), with a notice.
 */
export const restoreScenario = scenarioPersistence.restore;

/** Saves the scenario a moment after it last changed, and at once when the page goes away. */
export const startScenarioAutosave = scenarioPersistence.start;
