import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { ProblemsPanel } from '../../src/problems/ProblemsPanel';
import { MatrixFilterNote, ReviewProblems, ReviewSummary, SemanticDiff } from '../../src/review';
import { useUiStore } from '../../src/state/uiStore';
import { ToolsPane } from '../../src/tools/ToolsPane';
import { formatPolicy } from '../../src/core';
import { loadTools, policy, resetStore, setPolicy, storedPolicy, TOOLS } from './editorState';

beforeAll(() => {
  Element.prototype.scrollTo = function scrollTo() {};
});

beforeEach(() => {
  resetStore();
});

function shownNames(): string[] {
  return screen
    .getAllByRole('listitem')
    .filter((li) => li.classList.contains('tool-row'))
    .map((li) => li.querySelector('.tool-name')?.textContent ?? '');
}

describe('review findings in the Problems panel', () => {
  it('lists a finding with its own icon and applies its fix with the button', async () => {
    const user = userEvent.setup();
    loadTools([{ name: 'drop_table' }]);
    setPolicy(policy({ tools: { drop_table: {} } }));
    render(<ReviewProblems problems={<ProblemsPanel />} />);
    const review = screen.getByRole('region', { name: 'Review findings' });
    const row = await within(review).findByRole('button', {
      name: /drop_table is a Destructive tool/,
    });
    expect(row.querySelector('.review-icon')).not.toBeNull();
    expect(row).toHaveTextContent('Review');

    await user.click(screen.getByRole('button', { name: 'Fix: Ask for approval for drop_table' }));
    expect(storedPolicy().tools).toEqual({ drop_table: { action: 'approval' } });
    expect(within(review).getByText('No review findings')).toBeInTheDocument();
  });

  it('clicking a finding reveals its place in the editor', async () => {
    const user = userEvent.setup();
    loadTools([{ name: 'drop_table' }]);
    setPolicy(policy({ tools: { drop_table: {} } }));
    render(<ReviewProblems problems={<ProblemsPanel />} />);
    await user.click(
      await screen.findByRole('button', { name: /drop_table is a Destructive tool/ }),
    );
    expect(useUiStore.getState().reveal?.range).toEqual({
      line: 5,
      column: 5,
      endLine: 5,
      endColumn: 17,
    });
  });

  it('filters: all, problems only, review only', async () => {
    const user = userEvent.setup();
    loadTools([{ name: 'drop_table' }]);
    setPolicy(policy({ tools: { drop_table: {}, other: {} } }));
    render(<ReviewProblems problems={<ProblemsPanel />} />);
    const show = screen.getByRole('group', { name: 'Show' });
    expect(screen.getByRole('region', { name: 'Problems' })).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Review findings' })).toBeInTheDocument();

    await user.click(within(show).getByRole('button', { name: 'Review' }));
    expect(screen.queryByRole('region', { name: 'Problems' })).toBeNull();
    expect(screen.getByRole('region', { name: 'Review findings' })).toBeInTheDocument();

    await user.click(within(show).getByRole('button', { name: 'Problems' }));
    expect(screen.getByRole('region', { name: 'Problems' })).toHaveTextContent(
      'No tool named "other"',
    );
    expect(screen.queryByRole('region', { name: 'Review findings' })).toBeNull();
  });

  it('says so when the policy has no review findings', async () => {
    loadTools([{ name: 'get_user' }]);
    setPolicy(policy({ tools: { get_user: {} } }));
    render(<ReviewProblems problems={<ProblemsPanel />} />);
    expect(screen.getByText('No review findings')).toBeInTheDocument();
  });
});

describe('summary and matrix', () => {
  it('says what the policy lets an agent do and copies it as Markdown', async () => {
    const user = userEvent.setup();
    const writeText = vi.fn(() => Promise.resolve());
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    loadTools(TOOLS);
    setPolicy(
      policy({ tools: { get_user: {}, list_users: {}, drop_table: { action: 'approval' } } }),
    );
    render(
      <ToolsPane
        header={
          <>
            <ReviewSummary />
            <MatrixFilterNote />
          </>
        }
      />,
    );
    await user.click(await screen.findByText('What this policy lets an agent do'));
    const lines = within(screen.getByRole('list', { name: 'Policy summary' })).getAllByRole(
      'listitem',
    );
    expect(lines.map((l) => l.textContent)).toEqual([
      'get_user and list_users (low-risk) are allowed with no limit.',
      'drop_table (high-risk) waits for approval.',
      'transfer_funds (critical-risk) is denied.',
      'run_query (high-risk) is denied.',
      'cache_set (medium-risk) is denied.',
      'Everything else is denied by default.',
    ]);
    await user.click(screen.getByRole('button', { name: 'Copy as Markdown' }));
    expect(writeText).toHaveBeenCalledOnce();
    expect(String((writeText.mock.calls[0] as unknown[])[0])).toContain(
      '- get\\_user and list\\_users (low-risk) are allowed with no limit.',
    );
    expect(screen.getByRole('status')).toHaveTextContent('Copied.');
  });

  it('a click on a matrix cell filters the tool list to it, and clears', async () => {
    const user = userEvent.setup();
    loadTools(TOOLS);
    setPolicy(
      policy({ tools: { get_user: {}, list_users: {}, drop_table: { action: 'approval' } } }),
    );
    render(
      <ToolsPane
        header={
          <>
            <ReviewSummary />
            <MatrixFilterNote />
          </>
        }
      />,
    );
    await user.click(await screen.findByText('What this policy lets an agent do'));
    const matrix = screen.getByRole('table', { name: 'Risk by decision' });
    await user.click(within(matrix).getByRole('button', { name: 'High risk, denied: 1' }));
    expect(useUiStore.getState().matrixCell).toEqual({ risk: 'High', treatment: 'deny' });
    expect(shownNames()).toEqual(['run_query']);
    await user.click(within(matrix).getByRole('button', { name: 'Low risk, allowed: 2' }));
    expect(shownNames()).toEqual(['get_user', 'list_users']);
    await user.click(screen.getByRole('button', { name: 'Clear matrix filter' }));
    expect(shownNames()).toHaveLength(6);
  });
});

describe('semantic diff', () => {
  it('lists loosenings first, marked', async () => {
    const before = formatPolicy(
      policy({ tools: { get_user: { action: 'deny' }, drop_table: { action: 'approval' } } }),
    );
    const after = formatPolicy(policy({ tools: { get_user: {}, drop_table: { action: 'deny' } } }));
    render(<SemanticDiff before={before} after={after} tools={TOOLS} />);
    const items = within(
      await screen.findByRole('list', { name: 'Changes in effect' }),
    ).getAllByRole('listitem');
    expect(items.map((i) => i.textContent)).toEqual([
      'Loosens:get_user: deny → allow',
      'drop_table: approval → deny',
    ]);
  });

  it('waits for both versions to be valid', async () => {
    render(<SemanticDiff before="{" after={formatPolicy(policy())} tools={[]} />);
    expect(
      await screen.findByText('The effect is shown when both versions are valid policies.'),
    ).toBeInTheDocument();
  });
});
