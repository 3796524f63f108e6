import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import type { Finding } from '../../src/core';
import { ProblemsPanel } from '../../src/problems/ProblemsPanel';
import { usePolicyStore } from '../../src/state/policyStore';
import { useUiStore } from '../../src/state/uiStore';

const initial = usePolicyStore.getState();

function finding(
  severity: Finding['severity'],
  message: string,
  line: number,
  column: number,
): Finding {
  return { severity, message, path: [], line, column, endLine: line, endColumn: column + 5 };
}

const FINDINGS: Finding[] = [
  finding('warning', 'No tool "kv_get" on the server', 7, 5),
  finding('error', 'Unknown key "limts"', 5, 9),
  finding('info', 'rate_limit rewritten as a limit', 9, 7),
  finding('error', 'max is at least 1', 12, 18),
];

beforeEach(() => {
  usePolicyStore.setState(initial, true);
});

describe('the Problems panel', () => {
  it('says "No problems" when there are none', () => {
    render(<ProblemsPanel />);
    const panel = screen.getByRole('region', { name: 'Problems' });
    expect(within(panel).getByText('No problems')).toBeInTheDocument();
    expect(within(panel).queryAllByRole('button')).toEqual([]);
    expect(panel).toHaveTextContent('0 errors');
  });

  it('has one row per finding, in text order, with severity, message and line:column', () => {
    usePolicyStore.setState({ findings: FINDINGS, valid: false });
    render(<ProblemsPanel />);
    const panel = screen.getByRole('region', { name: 'Problems' });
    const rows = within(panel).getAllByRole('button');
    expect(rows.map((r) => r.textContent)).toEqual([
      '✖ErrorUnknown key "limts"5:9',
      '⚠WarningNo tool "kv_get" on the server7:5',
      'ℹInforate_limit rewritten as a limit9:7',
      '✖Errormax is at least 112:18',
    ]);
    expect(rows[0]).toHaveAccessibleName('Error Unknown key "limts" 5:9');
  });

  it('counts the findings per severity', () => {
    usePolicyStore.setState({ findings: FINDINGS, valid: false });
    render(<ProblemsPanel />);
    const panel = screen.getByRole('region', { name: 'Problems' });
    expect(panel).toHaveTextContent('2 errors');
    expect(panel).toHaveTextContent('1 warning');
    expect(panel).toHaveTextContent('1 info');
    expect(panel).not.toHaveTextContent('No problems');
  });

  it('asks the editor to reveal a finding when its row is clicked', async () => {
    usePolicyStore.setState({ findings: FINDINGS, valid: false });
    render(<ProblemsPanel />);
    await userEvent.click(screen.getByRole('button', { name: /Unknown key "limts"/ }));
    expect(useUiStore.getState().reveal).toEqual({
      seq: expect.any(Number),
      range: { line: 5, column: 9, endLine: 5, endColumn: 14 },
    });
  });

  it('is operable from the keyboard', async () => {
    usePolicyStore.setState({ findings: FINDINGS, valid: false });
    render(<ProblemsPanel />);
    const user = userEvent.setup();
    await user.tab();
    expect(screen.getByRole('button', { name: /Unknown key/ })).toHaveFocus();
    await user.tab();
    await user.keyboard('{Enter}');
    expect(useUiStore.getState().reveal?.range).toEqual({
      line: 7,
      column: 5,
      endLine: 7,
      endColumn: 10,
    });
    await user.tab();
    await user.keyboard(' ');
    expect(useUiStore.getState().reveal?.range?.line).toBe(9);
  });

  it('renders messages as text, never as markup', () => {
    usePolicyStore.setState({
      findings: [finding('error', 'Unknown key "<img src=x onerror=alert(1)>"', 3, 3)],
    });
    render(<ProblemsPanel />);
    const panel = screen.getByRole('region', { name: 'Problems' });
    expect(panel.querySelector('img')).toBeNull();
    expect(panel).toHaveTextContent('<img src=x onerror=alert(1)>');
  });
});
