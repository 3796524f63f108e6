import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { formatPolicy, type Policy } from '../../src/core';
import { SimulatorPane } from '../../src/simulator/SimulatorPane';
import { useScenarioStore } from '../../src/simulator/scenarioStore';
import { usePolicyStore } from '../../src/state/policyStore';
import { TransferActions } from '../../src/transfer/TransferActions';
import { menuItem } from './menus';

const initialPolicy = usePolicyStore.getState();
const initialScenario = useScenarioStore.getState();

const POLICY: Policy = {
  version: '1',
  default: 'deny',
  tools: {
    cache_get: {},
    cache_set: { limits: [{ counter: 'set', window: 'minute', max: 1 }] },
    cache_flush: { action: 'approval' },
  },
};

beforeEach(() => {
  usePolicyStore.setState(initialPolicy, true);
  useScenarioStore.setState(initialScenario, true);
  act(() => usePolicyStore.getState().setText(formatPolicy(POLICY), 'import'));
});
afterEach(() => {
  vi.restoreAllMocks();
  // jsdom has no scrollIntoView; one test gives it a spy.
  delete (Element.prototype as Partial<Element>).scrollIntoView;
});

describe('the simulator’s look', () => {
  it('shows each decision in the shared badge, its tone following the decision', () => {
    act(() =>
      useScenarioStore.getState().setCalls([
        { tool: 'cache_get', offset: 0 },
        { tool: 'nope', offset: 1 },
        { tool: 'cache_flush', offset: 2 },
        { tool: 'cache_set', offset: 3 },
        { tool: 'cache_set', offset: 4 },
      ]),
    );
    render(<SimulatorPane />);
    const table = screen.getByRole('table', { name: 'Simulation results' });
    const badges = Array.from(table.querySelectorAll('tbody .ui-badge')).map((b) => [
      b.textContent,
      b.getAttribute('data-tone'),
    ]);
    expect(badges).toEqual([
      ['allow', 'allow'],
      ['deny', 'deny'],
      ['approval', 'approval'],
      ['allow', 'allow'],
      ['rate_limited', 'limit'],
    ]);
  });

  it('loads a scenario from a button that opens a file chooser kept out of sight', async () => {
    const user = userEvent.setup();
    const opened = vi.spyOn(HTMLInputElement.prototype, 'click').mockImplementation(() => {});
    render(<SimulatorPane />);
    const input = screen.getByLabelText('Load scenario');
    expect(input).toHaveAttribute('type', 'file');
    expect(input).not.toBeVisible();
    const button = screen.getByRole('button', { name: 'Load scenario…' });
    button.focus();
    await user.keyboard('{Enter}');
    expect(opened).toHaveBeenCalledOnce();
    expect(opened.mock.contexts[0]).toBe(input);
  });

  it('brings the results into view after Generate, with focus on their counts', async () => {
    const user = userEvent.setup();
    const scrolled = vi.fn();
    Element.prototype.scrollIntoView = scrolled;
    render(<SimulatorPane />);
    const form = screen.getByRole('form', { name: 'Generate calls' });
    await user.type(within(form).getByRole('combobox', { name: 'Tool' }), 'cache_get');
    await user.click(within(form).getByRole('button', { name: 'Generate' }));
    const summary = await screen.findByRole('group', { name: 'Results summary' });
    expect(summary).toHaveFocus();
    expect(scrolled).toHaveBeenCalled();
    expect(scrolled.mock.contexts.at(-1)).toContainElement(summary);
  });

  it('leaves the focus alone when the calls change another way', async () => {
    const user = userEvent.setup();
    render(<SimulatorPane />);
    await user.click(screen.getByRole('button', { name: 'Add call' }));
    expect(await screen.findByRole('table', { name: 'Simulation results' })).toBeInTheDocument();
    expect(screen.getByRole('group', { name: 'Results summary' })).not.toHaveFocus();
  });
});

describe('the share link follows the same rule as Download', () => {
  it('is refused while the policy has an error the schema alone does not see', async () => {
    const user = userEvent.setup();
    // Valid JSON and valid shape, but one counter with two windows: an error finding.
    const clash: Policy = {
      ...POLICY,
      tools: {
        a: { limits: [{ counter: 'shared', window: 'minute', max: 1 }] },
        b: { limits: [{ counter: 'shared', window: 'hour', max: 1 }] },
      },
    };
    act(() => usePolicyStore.getState().setText(formatPolicy(clash), 'import'));
    expect(usePolicyStore.getState().findings.some((f) => f.severity === 'error')).toBe(true);
    render(<TransferActions />);
    expect(await menuItem(user, 'Export', 'Copy share link')).toBeDisabled();
    expect(screen.getByRole('menuitem', { name: 'Download policy.json' })).toBeDisabled();
  });
});
