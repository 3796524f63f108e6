import { parseScenario, type Scenario } from '../core';
import { saveWhenChanged } from '../state/autosave';
import { usePolicyStore } from '../state/policyStore';
import { useScenarioStore } from './scenarioStore';

/** Where the scenario lives between visits (beside the draft), and where an unreadable one goes. */
export const SCENARIO_KEY = 'mcp-policy-builder:scenario';
export const SCENARIO_SET_ASIDE_KEY = 'mcp-policy-builder:scenario:set-aside';
const SAVE_DELAY_MS = 400;

/**
 * Puts the saved scenario into the scenario store. A value that is not a scenario is moved to
 * SCENARIO_SET_ASIDE_KEY (so nothing is lost and the next save cannot overwrite it), with a notice.
 */
export function restoreScenario(storage: Storage = localStorage): void {
  let raw: string | null;
  try {
    raw = storage.getItem(SCENARIO_KEY);
  } catch {
    return; // storage unavailable (blocked by the browser): start empty
  }
  if (raw === null) return;
  const result = parseScenario(raw);
  if (result.ok) {
    useScenarioStore.getState().loadScenario(result.scenario);
    return;
  }
  const { setNotice } = usePolicyStore.getState();
  try {
    storage.setItem(SCENARIO_SET_ASIDE_KEY, raw);
    storage.removeItem(SCENARIO_KEY);
    setNotice(
      `The saved simulator scenario could not be read, so it was set aside under the browser storage key "${SCENARIO_SET_ASIDE_KEY}". The simulator starts with no calls.`,
    );
  } catch {
    setNotice(
      'The saved simulator scenario could not be read and could not be set aside; it was left as it was.',
    );
  }
}

/** Saves the scenario a moment after it last changed, and at once when the page goes away. */
export function startScenarioAutosave(
  storage: Storage = localStorage,
  delayMs = SAVE_DELAY_MS,
): () => void {
  return saveWhenChanged({
    subscribe: useScenarioStore.subscribe,
    changed: (state, previous) => state.start !== previous.start || state.calls !== previous.calls,
    write: () => {
      const { start, calls } = useScenarioStore.getState();
      const scenario: Scenario = { version: 1, start, calls };
      storage.setItem(SCENARIO_KEY, JSON.stringify(scenario));
    },
    refused: () =>
      usePolicyStore
        .getState()
        .setNotice(
          'The simulator scenario is too large for this browser’s storage and is not kept; save it as a file to keep it.',
        ),
    delayMs,
  });
}
