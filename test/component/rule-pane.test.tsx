import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { Workspace } from '../../src/app/Workspace';
import { RulePane } from '../../src/rule/RulePane';
import { useScenarioStore } from '../../src/simulator/scenarioStore';
import { useUiStore } from '../../src/state/uiStore';
import { loadTools, policy, resetStore, setPolicy, TOOLS } from './editorState';

const initialScenario = useScenarioStore.getState();

beforeEach(() => {
  resetStore();
  useScenarioStore.setState(initialScenario, true);
  loadTools(TOOLS);
});

function select(key: string) {
  act(() => useUiStore.getState().select(key));
}

function decisionLines(): string[] {
  const section = screen.getByRole('region', { name: 'Decision' });
  return within(section)
    .getAllByRole('listitem')
    .map((li) => li.textContent ?? '');
}

const WITH_RULES = policy({
  all_tools: { limits: [{ counter: 'all', window: 3600, max: 500 }] },
  tools: {
    get_user: {
      action: 'approval',
      require: [{ path: 'args.id', op: 'regex', value: '^u-' }],
      deny_if: [{ path: 'args.options.full', op: 'eq', value: true }],
      limits: [{ counter: 'get_user_rate', window: 'minute', max: 10, scope: 'grant' }],
    },
    'drop_*': { action: 'deny', reason: 'Never drop' },
  },
});

describe('the rule pane says the decision in plain words', () => {
  it('for a tool with a rule: decision, conditions and limits', () => {
    setPolicy(WITH_RULES);
    select('get_user');
    render(<RulePane />);
    expect(decisionLines()).toEqual([
      'Calls wait for approval.',
      'Denied unless id starts with "u-".',
      'Denied when options.full equals true.',
      'At most 500 calls per hour per grant across all tools (counter all).',
      'At most 10 calls per minute per grant (counter get_user_rate).',
    ]);
  });

  it('for a tool without a rule: the default, and the pattern rule that applies', () => {
    setPolicy(WITH_RULES);
    select('list_users');
    const { unmount } = render(<RulePane />);
    expect(decisionLines()).toEqual([
      'No rule: follows the default (deny), so every call is denied.',
    ]);
    unmount();
    select('drop_table');
    render(<RulePane />);
    expect(decisionLines()).toEqual([
      'Follows the pattern rule "drop_*": every call is denied, with the reason "Never drop".',
    ]);
  });

  it('follows edits: a hidden tool says what hides it', () => {
    setPolicy(WITH_RULES);
    select('get_user');
    render(<RulePane />);
    setPolicy({ ...WITH_RULES, hide: ['get_*'] });
    expect(decisionLines()).toEqual([
      'Hidden (the hide entry "get_*"): agents do not see it, and every call is denied.',
    ]);
  });

  it('offers no "Test this rule" where no simulator is beside it', () => {
    select('get_user');
    render(<RulePane />);
    expect(screen.queryByRole('button', { name: 'Test this rule' })).toBeNull();
  });
});

describe('"Test this rule"', () => {
  it('switches to Simulate and adds a ready call whose decision shows at once', async () => {
    const user = userEvent.setup();
    setPolicy(WITH_RULES);
    act(() => useScenarioStore.getState().addCall({ tool: 'list_users', offset: 0 }));
    render(<Workspace />);
    select('get_user');
    await user.click(screen.getByRole('button', { name: 'Test this rule' }));

    expect(screen.getByRole('tab', { name: 'Simulate' })).toHaveAttribute('aria-selected', 'true');
    expect(useScenarioStore.getState().calls).toEqual([
      { tool: 'list_users', offset: 0 },
      { tool: 'get_user', args: { id: 'u-', options: { full: true } }, offset: 1000 },
    ]);
    const table = await screen.findByRole(
      'table',
      { name: 'Simulation results' },
      // The simulator loads on its tab (React.lazy): the first import is transformed here.
      { timeout: 15_000 },
    );
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(2);
    expect(rows[1]).toHaveTextContent('get_user');
    expect(rows[1]).toHaveTextContent('deny');
    expect(rows[1]).toHaveTextContent(/options\.full/);
    expect(rows[1]).toHaveFocus();
  });

  it('tries a pattern rule with a loaded tool it matches', async () => {
    const user = userEvent.setup();
    setPolicy(WITH_RULES);
    render(<Workspace />);
    select('drop_*');
    await user.click(screen.getByRole('button', { name: 'Test this rule' }));
    expect(useScenarioStore.getState().calls).toEqual([
      { tool: 'drop_table', args: {}, offset: 0 },
    ]);
    const table = await screen.findByRole(
      'table',
      { name: 'Simulation results' },
      { timeout: 15_000 },
    );
    expect(within(table).getAllByRole('row')[1]).toHaveTextContent('Never drop');
  });
});
