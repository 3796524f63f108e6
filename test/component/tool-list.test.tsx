import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { usePolicyStore } from '../../src/state/policyStore';
import { useUiStore } from '../../src/state/uiStore';
import { ToolsPane } from '../../src/tools/ToolsPane';
import {
  lastNotice,
  loadTools,
  policy,
  resetStore,
  setPolicy,
  storedPolicy,
  TOOLS,
} from './editorState';

beforeAll(() => {
  // jsdom has no scrolling; the virtualizer only needs the call to exist.
  Element.prototype.scrollTo = function scrollTo() {};
});

beforeEach(() => {
  resetStore();
});

function decisionOf(name: string): string | undefined {
  const group = screen.getByRole('radiogroup', { name: `Decision for ${name}` });
  const checked = within(group)
    .getAllByRole('radio')
    .find((r) => (r as HTMLInputElement).checked);
  // The radio's name ("Default"), not the label shown for it ("Default (deny)").
  if (!checked) return undefined;
  return checked.getAttribute('aria-label') ?? checked.closest('label')?.textContent ?? undefined;
}

function shownNames(): string[] {
  return screen
    .getAllByRole('listitem')
    .filter((li) => li.classList.contains('tool-row'))
    .map((li) => li.querySelector('.tool-name')?.textContent ?? '');
}

describe('tool list', () => {
  it('shows every tool with its badges, the reason as tooltip, and its decision', () => {
    loadTools(TOOLS);
    setPolicy(
      policy({ tools: { get_user: {}, cache_set: { action: 'deny' } }, hide: ['drop_table'] }),
    );
    render(<ToolsPane />);
    expect(shownNames()).toEqual([
      'get_user',
      'list_users',
      'cache_set',
      'drop_table',
      'transfer_funds',
      'run_query',
    ]);
    const row = screen
      .getByRole('radiogroup', { name: 'Decision for get_user' })
      .closest('[role="listitem"]');
    expect(row).not.toBeNull();
    const category = within(row as HTMLElement).getByText('Read');
    expect(category).toHaveAttribute('title', 'The name contains "get".');
    expect(within(row as HTMLElement).getByText('Low risk')).toBeInTheDocument();
    expect(decisionOf('get_user')).toBe('Allow');
    expect(decisionOf('cache_set')).toBe('Deny');
    expect(decisionOf('drop_table')).toBe('Hide');
    expect(decisionOf('list_users')).toBe('Default');
    expect(
      within(row as HTMLElement)
        .getAllByRole('radio')
        .map((r) => r.getAttribute('aria-label') ?? r.closest('label')?.textContent),
    ).toEqual(['Default', 'Allow', 'Approval', 'Deny', 'Hide']);
  });

  it('counts rows per decision', () => {
    loadTools(TOOLS);
    setPolicy(
      policy({ tools: { get_user: {}, list_users: {}, cache_set: { action: 'approval' } } }),
    );
    render(<ToolsPane />);
    const counts = within(screen.getByRole('list', { name: 'Decision counts' }))
      .getAllByRole('listitem')
      .map((li) => li.textContent);
    expect(counts).toEqual(['Default: 3', 'Allow: 2', 'Approval: 1', 'Deny: 0', 'Hide: 0']);
  });

  it('lists rules that match no loaded tool as "not on this server"', () => {
    loadTools(TOOLS);
    setPolicy(policy({ tools: { old_tool: { action: 'deny' }, 'legacy_*': {}, 'get_*': {} } }));
    render(<ToolsPane />);
    expect(shownNames().slice(-2)).toEqual(['old_tool', 'legacy_*']);
    const old = screen
      .getByRole('radiogroup', { name: 'Decision for old_tool' })
      .closest('[role="listitem"]');
    expect(within(old as HTMLElement).getByText('not on this server')).toBeInTheDocument();
    expect(decisionOf('old_tool')).toBe('Deny');
    // A pattern that matches loaded tools is not a row of its own; its tools say "via".
    expect(screen.queryByRole('radiogroup', { name: 'Decision for get_*' })).toBeNull();
    expect(screen.getByRole('button', { name: 'via get_* (allow)' })).toBeInTheDocument();
    expect(screen.getAllByText('not on this server')).toHaveLength(2);
  });

  it('searches names and descriptions, and filters by category, risk and decision', async () => {
    const user = userEvent.setup();
    loadTools(TOOLS);
    setPolicy(policy({ tools: { cache_set: { action: 'deny' } } }));
    render(<ToolsPane />);

    await user.type(screen.getByRole('searchbox', { name: 'Search tools' }), 'USERS');
    expect(shownNames()).toEqual(['list_users']);
    await user.clear(screen.getByRole('searchbox', { name: 'Search tools' }));
    await user.type(screen.getByRole('searchbox', { name: 'Search tools' }), 'profile');
    expect(shownNames()).toEqual(['get_user']);
    await user.clear(screen.getByRole('searchbox', { name: 'Search tools' }));

    await user.selectOptions(screen.getByRole('combobox', { name: 'Category' }), 'Read');
    expect(shownNames()).toEqual(['get_user', 'list_users']);
    await user.selectOptions(screen.getByRole('combobox', { name: 'Category' }), 'all');

    await user.selectOptions(screen.getByRole('combobox', { name: 'Risk' }), 'High');
    expect(shownNames()).toEqual(['drop_table', 'run_query']);
    await user.selectOptions(screen.getByRole('combobox', { name: 'Risk' }), 'all');

    await user.selectOptions(screen.getByRole('combobox', { name: 'Decision' }), 'deny');
    expect(shownNames()).toEqual(['cache_set']);
    expect(screen.getByText('1 of 6 shown')).toBeInTheDocument();
  });

  it('sets a decision per row and writes it to the text', async () => {
    const user = userEvent.setup();
    loadTools(TOOLS);
    setPolicy(
      policy({ tools: { cache_set: { limits: [{ counter: 'c', window: 'minute', max: 3 }] } } }),
    );
    render(<ToolsPane />);
    const group = screen.getByRole('radiogroup', { name: 'Decision for get_user' });
    await user.click(within(group).getByRole('radio', { name: 'Approval' }));
    expect(storedPolicy().tools.get_user).toEqual({ action: 'approval' });
    await user.click(
      within(screen.getByRole('radiogroup', { name: 'Decision for cache_set' })).getByRole(
        'radio',
        {
          name: 'Hide',
        },
      ),
    );
    expect(storedPolicy()).toEqual(
      policy({ tools: { get_user: { action: 'approval' } }, hide: ['cache_set'] }),
    );
    expect(decisionOf('cache_set')).toBe('Hide');
  });

  it('selects rows with ctrl- and shift-click and sets one decision for all of them', async () => {
    const user = userEvent.setup();
    loadTools(TOOLS);
    render(<ToolsPane />);
    await user.click(screen.getByRole('button', { name: 'list_users' }));
    await user.keyboard('{Shift>}');
    await user.click(screen.getByRole('button', { name: 'drop_table' }));
    await user.keyboard('{/Shift}');
    expect(useUiStore.getState().rowSelection).toEqual(['list_users', 'cache_set', 'drop_table']);
    await user.keyboard('{Control>}');
    await user.click(screen.getByRole('button', { name: 'cache_set' }));
    await user.click(screen.getByRole('button', { name: 'run_query' }));
    await user.keyboard('{/Control}');
    expect(useUiStore.getState().rowSelection).toEqual(['list_users', 'drop_table', 'run_query']);
    expect(screen.getByText('3 selected')).toBeInTheDocument();

    const bulk = screen.getByRole('group', { name: 'Set decision for selected' });
    await user.click(within(bulk).getByRole('button', { name: 'Deny' }));
    expect(storedPolicy().tools).toEqual({
      list_users: { action: 'deny' },
      drop_table: { action: 'deny' },
      run_query: { action: 'deny' },
    });
    // One bulk decision is one undo step.
    act(() => usePolicyStore.getState().undo());
    expect(storedPolicy().tools).toEqual({});
  });

  it('"Select all shown" takes the filtered rows, and a checkbox toggles one', async () => {
    const user = userEvent.setup();
    loadTools(TOOLS);
    render(<ToolsPane />);
    await user.type(screen.getByRole('searchbox', { name: 'Search tools' }), 'user');
    await user.click(screen.getByRole('button', { name: 'Select all shown' }));
    expect(useUiStore.getState().rowSelection).toEqual(['get_user', 'list_users']);
    await user.click(screen.getByRole('checkbox', { name: 'Select get_user' }));
    expect(useUiStore.getState().rowSelection).toEqual(['list_users']);
    await user.click(
      within(screen.getByRole('group', { name: 'Set decision for selected' })).getByRole('button', {
        name: 'Hide',
      }),
    );
    expect(storedPolicy().hide).toEqual(['list_users']);
  });

  it('a bulk decision leaves out selected rows the filters hide, and says so', async () => {
    const user = userEvent.setup();
    loadTools(TOOLS);
    render(<ToolsPane />);
    await user.click(screen.getByRole('button', { name: 'Select all shown' }));
    const all = useUiStore.getState().rowSelection.length;
    expect(all).toBe(TOOLS.length);
    await user.type(screen.getByRole('searchbox', { name: 'Search tools' }), 'user');
    expect(screen.getByText('2 selected')).toBeInTheDocument();
    expect(screen.getByRole('note')).toHaveTextContent(
      `${all - 2} more selected are hidden by the filters and left unchanged`,
    );
    await user.click(
      within(screen.getByRole('group', { name: 'Set decision for selected' })).getByRole('button', {
        name: 'Hide',
      }),
    );
    expect(storedPolicy().hide).toEqual(['get_user', 'list_users']);
  });

  it('explains with a notice when hide "*" keeps a tool hidden', async () => {
    const user = userEvent.setup();
    loadTools(TOOLS);
    setPolicy(policy({ hide: '*' }));
    render(<ToolsPane />);
    const before = usePolicyStore.getState().text;
    await user.click(
      within(screen.getByRole('radiogroup', { name: 'Decision for get_user' })).getByRole('radio', {
        name: 'Allow',
      }),
    );
    expect(usePolicyStore.getState().text).toBe(before);
    expect(lastNotice()).toBe(
      '"get_user" stays hidden: "hide" is "*", which hides every tool. Change the hidden tools list first.',
    );
    expect(decisionOf('get_user')).toBe('Hide');
  });

  it('renders only the visible rows of thousands and still finds any of them', async () => {
    const user = userEvent.setup();
    loadTools(
      Array.from({ length: 5000 }, (_, i) => ({
        name: `tool_${i}`,
        description: `Tool number ${i}`,
      })),
    );
    render(<ToolsPane />);
    const rendered = shownNames();
    expect(rendered.length).toBeGreaterThan(5);
    expect(rendered.length).toBeLessThan(60);
    expect(screen.getByText('5000 shown')).toBeInTheDocument();
    await user.type(screen.getByRole('searchbox', { name: 'Search tools' }), 'number 4999');
    expect(shownNames()).toEqual(['tool_4999']);
  });

  it('moves between rows with the arrow keys', async () => {
    const user = userEvent.setup();
    loadTools(TOOLS);
    render(<ToolsPane />);
    screen.getByRole('button', { name: 'get_user' }).focus();
    await user.keyboard('{ArrowDown}');
    expect(screen.getByRole('button', { name: 'list_users' })).toHaveFocus();
    await user.keyboard('{End}');
    expect(screen.getByRole('button', { name: 'run_query' })).toHaveFocus();
    await user.keyboard('{ArrowUp}');
    expect(screen.getByRole('button', { name: 'transfer_funds' })).toHaveFocus();
  });

  it('disables the decisions while the text has errors', () => {
    loadTools(TOOLS);
    act(() => usePolicyStore.getState().setText('{"version": "1",', 'editor'));
    render(<ToolsPane />);
    expect(
      screen.getByText('Decisions are read-only while the JSON has errors.'),
    ).toBeInTheDocument();
    for (const radio of within(
      screen.getByRole('radiogroup', { name: 'Decision for get_user' }),
    ).getAllByRole('radio')) {
      expect(radio).toBeDisabled();
    }
  });
});
