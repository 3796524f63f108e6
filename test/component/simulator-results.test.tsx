import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_START, formatPolicy, loopCalls, setRule, type Policy } from '../../src/core';
import { SimulatorPane } from '../../src/simulator/SimulatorPane';
import { useScenarioStore } from '../../src/simulator/scenarioStore';
import { usePolicyStore } from '../../src/state/policyStore';
import { useUiStore } from '../../src/state/uiStore';
import { SEED_POLICY } from '../fixtures/seedPolicy';

const initialPolicy = usePolicyStore.getState();
const initialScenario = useScenarioStore.getState();

const SEED: Policy = SEED_POLICY;

function loadPolicy(policy: Policy) {
  act(() => usePolicyStore.getState().setText(formatPolicy(policy), 'import'));
}

function loop(count = 40) {
  act(() =>
    useScenarioStore
      .getState()
      .setCalls(loopCalls({ tool: 'cache_set', count, everyMs: 1500, from: 0, grant: 'agent' })),
  );
}

function resultRows() {
  const table = screen.getByRole('table', { name: 'Simulation results' });
  return within(table).getAllByRole('row').slice(1);
}

function filterButton(name: RegExp) {
  return within(screen.getByRole('group', { name: 'Show decisions' })).getByRole('button', {
    name,
  });
}

beforeEach(() => {
  usePolicyStore.setState(initialPolicy, true);
  useScenarioStore.setState(initialScenario, true);
  loadPolicy(SEED);
});

describe('the simulation results', () => {
  it('shows one row per call with its decision, reason, rule and counter', () => {
    loop();
    render(<SimulatorPane />);
    const rows = resultRows();
    expect(rows).toHaveLength(40);
    expect(rows[0]).toHaveTextContent(
      /^1\+0 mscache_setagentallowAllowed by rule "cache_set"cache_setcache_set_rate 1\/30$/,
    );
    expect(rows[30]).toHaveTextContent('rate_limited');
    expect(rows[30]).toHaveTextContent('cache_set_rate 30/30');
    expect(rows[30]).toHaveTextContent('+45 s');
    expect(screen.getByRole('table', { name: 'Simulation results' })).toHaveAttribute(
      'aria-rowcount',
      '41',
    );
  });

  it('counts the decisions: 30 allow and 10 rate_limited for a loop of 40 in a minute', () => {
    loop();
    render(<SimulatorPane />);
    expect(filterButton(/calls$/)).toHaveTextContent('40 calls');
    expect(filterButton(/ allow$/)).toHaveTextContent('30 allow');
    expect(filterButton(/ rate_limited$/)).toHaveTextContent('10 rate_limited');
    expect(filterButton(/ deny$/)).toHaveTextContent('0 deny');
  });

  it('filters the rows by decision, and back', async () => {
    loop();
    render(<SimulatorPane />);
    await userEvent.click(filterButton(/rate_limited/));
    expect(filterButton(/rate_limited/)).toHaveAttribute('aria-pressed', 'true');
    expect(resultRows()).toHaveLength(10);
    expect(resultRows().every((r) => within(r).getByText('rate_limited'))).toBe(true);
    await userEvent.click(filterButton(/rate_limited/));
    expect(resultRows()).toHaveLength(40);
  });

  it('shows the deciding part of the policy when a row is clicked, or Enter is pressed on it', async () => {
    loop();
    render(<SimulatorPane />);
    await userEvent.click(resultRows()[35]!);
    expect(useUiStore.getState().reveal).toEqual({
      seq: expect.any(Number),
      pointer: '/tools/cache_set/limits/0',
    });
    expect(useUiStore.getState().selected).toBe('cache_set');

    act(() => useScenarioStore.getState().updateCall(1, { tool: 'drop_table' }));
    act(() => useUiStore.getState().select(null));
    const row = resultRows()[1]!;
    row.focus();
    await userEvent.keyboard('{Enter}');
    expect(useUiStore.getState().reveal?.pointer).toBe('/default');
    expect(useUiStore.getState().selected).toBe('drop_table');
  });

  it('moves between rows with the arrow keys, one tab stop for the table', async () => {
    loop(5);
    render(<SimulatorPane />);
    const rows = resultRows();
    expect(rows.map((r) => r.tabIndex)).toEqual([0, -1, -1, -1, -1]);
    rows[0]!.focus();
    await userEvent.keyboard('{ArrowDown}{ArrowDown}');
    expect(resultRows()[2]).toHaveFocus();
    await userEvent.keyboard('{End}');
    expect(resultRows()[4]).toHaveFocus();
    await userEvent.keyboard('{ArrowUp}');
    expect(resultRows()[3]).toHaveFocus();
    expect(resultRows().map((r) => r.tabIndex)).toEqual([-1, -1, -1, 0, -1]);
  });

  it('follows the policy at once: raising max to 35 lets 35 calls through', () => {
    loop();
    render(<SimulatorPane />);
    expect(filterButton(/ allow$/)).toHaveTextContent('30 allow');
    act(() =>
      usePolicyStore.getState().editPolicy((p) =>
        setRule(p, 'cache_set', {
          limits: [{ counter: 'cache_set_rate', window: 'minute', max: 35, scope: 'grant' }],
        }),
      ),
    );
    expect(filterButton(/ allow$/)).toHaveTextContent('35 allow');
    expect(filterButton(/ rate_limited$/)).toHaveTextContent('5 rate_limited');
  });

  it('says the policy has errors instead of showing old results', () => {
    loop();
    render(<SimulatorPane />);
    act(() =>
      usePolicyStore.getState().setText('{"version": "1", "default": "deny", "tools": {', 'editor'),
    );
    expect(screen.queryByRole('table', { name: 'Simulation results' })).toBeNull();
    expect(screen.getByRole('status')).toHaveTextContent('The policy has errors');
    loadPolicy(SEED);
    expect(resultRows()).toHaveLength(40);
  });

  it('reads expected decisions as a test run, and shows each failure', async () => {
    act(() =>
      useScenarioStore.getState().setCalls([
        { tool: 'cache_set', offset: 0, expect: 'allow' },
        { tool: 'kv_set', offset: 10, expect: 'allow' },
        { tool: 'kv_set', offset: 20, expect: 'deny' },
        { tool: 'kv_set', offset: 30 },
      ]),
    );
    render(<SimulatorPane />);
    expect(screen.getByText('Expectations: 2 passed, 1 failed')).toBeInTheDocument();
    const rows = resultRows();
    expect(rows[0]).toHaveTextContent('✓ allow');
    expect(rows[1]).toHaveTextContent('✗ expected allow');
    expect(rows[1]).toHaveAttribute('data-result', 'failed');
    await userEvent.click(filterButton(/failure/));
    expect(resultRows()).toHaveLength(1);
    expect(resultRows()[0]).toHaveTextContent(/^2/);

    act(() => useScenarioStore.getState().updateCall(1, { expect: 'deny' }));
    expect(screen.getByText('Expectations: all 3 passed')).toBeInTheDocument();
  });

  it('charts each counter with an accessible title and description', () => {
    loop();
    render(<SimulatorPane />);
    const chart = screen.getByRole('img', { name: 'Counter cache_set_rate (grant agent)' });
    expect(chart).toHaveAccessibleDescription(
      '40 calls from +0 ms to +58.5 s, at most 30 per minute. Peak count 30; full in 1 window; 10 calls rate-limited.',
    );
    // The minute's two boundaries are marked; ticks mark the refused calls.
    expect(chart.querySelectorAll('.sim-chart-windows line')).toHaveLength(2);
    expect(chart.querySelector('.sim-chart-refused')?.getAttribute('d')).toMatch(/^M/);
  });

  it('renders only the rows in view of a long run, and counts them all', () => {
    loop(5000); // 125 minutes of 40 calls: 10 over the cap in each
    render(<SimulatorPane />);
    const table = screen.getByRole('table', { name: 'Simulation results' });
    expect(table).toHaveAttribute('aria-rowcount', '5001');
    expect(resultRows().length).toBeLessThan(100);
    expect(resultRows()[0]).toHaveTextContent(/^1\+0 ms/);
    expect(filterButton(/ rate_limited$/)).toHaveTextContent('1250 rate_limited');
  });

  it('renders tool names and reasons as text, never as markup', () => {
    act(() =>
      useScenarioStore.getState().setCalls([{ tool: '<img src=x onerror=alert(1)>', offset: 0 }]),
    );
    const { container } = render(<SimulatorPane />);
    expect(container.querySelector('img')).toBeNull();
    expect(resultRows()[0]).toHaveTextContent('<img src=x onerror=alert(1)>');
  });

  it('starts the scenario at 2026-01-01T00:00:00Z', () => {
    expect(useScenarioStore.getState().start).toBe(DEFAULT_START);
  });
});
