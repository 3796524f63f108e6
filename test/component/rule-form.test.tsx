import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { formatPolicy } from '../../src/core';
import { RulePane } from '../../src/rule/RulePane';
import { usePolicyStore } from '../../src/state/policyStore';
import { useUiStore } from '../../src/state/uiStore';
import { loadTools, policy, resetStore, setPolicy, storedPolicy, TOOLS } from './editorState';

beforeEach(() => {
  resetStore();
});

function select(key: string) {
  act(() => useUiStore.getState().select(key));
}

function ruleForm(key: string) {
  return screen.getByRole('form', { name: `Rule for ${key}` });
}

describe('rule form', () => {
  it('shows the tool: description as text, arguments in short, and why it was classified so', () => {
    loadTools([
      ...TOOLS,
      {
        name: 'evil',
        description: '<img src=x onerror=alert(1)>',
        inputSchema: { type: 'object' },
      },
    ]);
    select('get_user');
    const { container, unmount } = render(<RulePane />);
    expect(screen.getByRole('heading', { name: 'get_user' })).toBeInTheDocument();
    expect(screen.getByText('Reads a user profile by id')).toBeInTheDocument();
    expect(screen.getByText('The name contains "get".')).toBeInTheDocument();
    const args = screen.getByText('Arguments').nextElementSibling as HTMLElement;
    expect(Array.from(args.querySelectorAll('li')).map((li) => li.textContent)).toEqual([
      'id string · required',
      'options object',
    ]);
    unmount();

    select('evil');
    const view = render(<RulePane />);
    expect(view.getByText('<img src=x onerror=alert(1)>')).toBeInTheDocument();
    expect(view.container.querySelector('img')).toBeNull();
    expect(container.querySelector('img')).toBeNull();
  });

  it('writes valid edits to the store text', async () => {
    const user = userEvent.setup();
    loadTools(TOOLS);
    setPolicy(policy({ tools: { cache_set: {} } }));
    select('cache_set');
    render(<RulePane />);
    const form = ruleForm('cache_set');
    await user.selectOptions(within(form).getByRole('combobox', { name: 'Action' }), 'deny');
    await user.type(within(form).getByRole('textbox', { name: 'Reason' }), 'Writes poison caches');
    await waitFor(() =>
      expect(storedPolicy().tools.cache_set).toEqual({
        action: 'deny',
        reason: 'Writes poison caches',
      }),
    );
  });

  it('adds a limit with a window in seconds and a scope', async () => {
    const user = userEvent.setup();
    loadTools(TOOLS);
    setPolicy(
      policy({
        all_tools: { limits: [{ counter: 'shared', window: 'hour', max: 100 }] },
        tools: { cache_set: {} },
      }),
    );
    select('cache_set');
    render(<RulePane />);
    const form = ruleForm('cache_set');
    await user.click(within(form).getByRole('button', { name: 'Add limit' }));
    await waitFor(() =>
      expect(storedPolicy().tools.cache_set).toEqual({
        limits: [{ counter: 'cache_set_rate', window: 'minute', max: 30, scope: 'grant' }],
      }),
    );
    const limit = within(form).getByRole('group', { name: 'Limit 1' });
    // Counters already in the policy are suggested (this rule's own, just written, too): they
    // are gathered when the field gets the focus.
    const counter = within(limit).getByRole('combobox', { name: 'Counter' });
    await user.click(counter);
    const listId = counter.getAttribute('list') ?? '';
    const options = document.getElementById(listId)?.querySelectorAll('option') ?? [];
    expect(Array.from(options).map((o) => o.value)).toEqual(['cache_set_rate', 'shared']);

    await user.selectOptions(within(limit).getByRole('combobox', { name: 'Window' }), 'seconds');
    const seconds = within(limit).getByRole('spinbutton', { name: 'Window in seconds' });
    await user.clear(seconds);
    await user.type(seconds, '90');
    await user.selectOptions(within(limit).getByRole('combobox', { name: 'Scope' }), 'session');
    const max = within(limit).getByRole('spinbutton', { name: 'Max calls per window' });
    await user.clear(max);
    await user.type(max, '5');
    await waitFor(() =>
      expect(storedPolicy().tools.cache_set).toEqual({
        limits: [{ counter: 'cache_set_rate', window: 90, max: 5, scope: 'session' }],
      }),
    );
  });

  it('shows the schema message inline and does not write an invalid value', async () => {
    const user = userEvent.setup();
    loadTools(TOOLS);
    setPolicy(
      policy({ tools: { cache_set: { limits: [{ counter: 'c', window: 'minute', max: 5 }] } } }),
    );
    select('cache_set');
    render(<RulePane />);
    const before = usePolicyStore.getState().text;
    const limit = within(ruleForm('cache_set')).getByRole('group', { name: 'Limit 1' });
    const max = within(limit).getByRole('spinbutton', { name: 'Max calls per window' });
    await user.clear(max);
    await user.type(max, '0');
    expect(await within(limit).findByText('max is at least 1')).toBeInTheDocument();
    expect(max).toHaveAttribute('aria-invalid', 'true');
    const counter = within(limit).getByRole('combobox', { name: 'Counter' });
    await user.clear(counter);
    await user.type(counter, 'bad name');
    expect(
      await within(limit).findByText('A counter name may only use A-Z a-z 0-9 _ . : -'),
    ).toBeInTheDocument();
    // The write was tried and refused: the form says so, the text is as it was.
    expect(
      await screen.findByText('Not written to the policy yet: fix the marked fields.'),
    ).toBeInTheDocument();
    expect(usePolicyStore.getState().text).toBe(before);
  });

  it('edits conditions: path suggestions from the input schema, value typed as the argument is', async () => {
    const user = userEvent.setup();
    loadTools(TOOLS);
    setPolicy(policy({ tools: { get_user: {} } }));
    select('get_user');
    render(<RulePane />);
    const form = ruleForm('get_user');
    await user.click(within(form).getByRole('button', { name: 'Add deny if condition' }));
    const condition = within(form).getByRole('group', { name: 'Deny if 1' });
    const path = within(condition).getByRole('combobox', { name: 'Path' });
    const listId = path.getAttribute('list') ?? '';
    expect(
      Array.from(document.getElementById(listId)?.querySelectorAll('option') ?? []).map(
        (o) => o.value,
      ),
    ).toEqual(['args.id', 'args.options', 'args.options.full']);
    // A new condition is not written until it is complete (it used to be written at once as an
    // "exists" test, which denied every call).
    expect(path).toHaveValue('');
    expect(condition).toHaveAccessibleDescription(
      'Not written yet: this condition has no argument path.',
    );
    await user.type(path, 'args.id');
    await user.selectOptions(
      within(condition).getByRole('combobox', { name: 'Operator' }),
      'equals',
    );
    const value = within(condition).getByRole('textbox', { name: 'Value' });
    expect(condition).toHaveAccessibleDescription('Not written yet: this condition has no value.');
    expect(
      await within(form).findByText('Not written to the policy yet: fix the marked fields.'),
    ).toBeInTheDocument();
    expect(storedPolicy().tools.get_user).toEqual({});

    // A string argument takes plain text: no JSON quoting.
    await user.type(value, 'admin');
    await waitFor(() =>
      expect(storedPolicy().tools.get_user).toEqual({
        deny_if: [{ path: 'args.id', op: 'eq', value: 'admin' }],
      }),
    );
    expect(condition).not.toHaveAccessibleDescription();

    await user.selectOptions(
      within(condition).getByRole('combobox', { name: 'Operator' }),
      'is greater than',
    );
    const number = within(condition).getByRole('spinbutton', { name: 'Value' });
    expect(number).toHaveValue(null);
    await user.type(number, '10');
    await waitFor(() =>
      expect(storedPolicy().tools.get_user).toEqual({
        deny_if: [{ path: 'args.id', op: 'gt', value: 10 }],
      }),
    );
  });

  it('takes changes made elsewhere (editor, undo) into the form', async () => {
    const user = userEvent.setup();
    loadTools(TOOLS);
    setPolicy(policy({ tools: { cache_set: { reason: 'one' } } }));
    select('cache_set');
    render(<RulePane />);
    const reason = within(ruleForm('cache_set')).getByRole('textbox', { name: 'Reason' });
    expect(reason).toHaveValue('one');
    act(() =>
      usePolicyStore
        .getState()
        .setText(formatPolicy(policy({ tools: { cache_set: { reason: 'two' } } })), 'editor'),
    );
    await waitFor(() => expect(reason).toHaveValue('two'));
    await user.clear(reason);
    await user.type(reason, 'three');
    await waitFor(() => expect(storedPolicy().tools.cache_set).toEqual({ reason: 'three' }));
    act(() => usePolicyStore.getState().undo());
    await waitFor(() => expect(reason).toHaveValue('two'));
  });

  it('shows the last valid rule read-only under a banner while the text has errors', () => {
    loadTools(TOOLS);
    setPolicy(policy({ tools: { cache_set: { reason: 'kept' } } }));
    select('cache_set');
    act(() =>
      usePolicyStore
        .getState()
        .setText(
          '{"version": "1", "default": "deny", "tools": {"cache_set": {"reason": 5, "acton": 1}}}',
          'editor',
        ),
    );
    const errors = usePolicyStore.getState().findings.filter((f) => f.severity === 'error').length;
    expect(errors).toBe(2);
    render(<RulePane />);
    expect(
      screen.getByText(
        '2 errors in the JSON stop form editing — fix them in the editor or the Problems list',
      ),
    ).toBeInTheDocument();
    const reason = within(ruleForm('cache_set')).getByRole('textbox', { name: 'Reason' });
    expect(reason).toHaveValue('kept');
    expect(reason).toBeDisabled();
  });

  it('offers a rule for a tool that has none, and names the pattern that applies', async () => {
    const user = userEvent.setup();
    loadTools(TOOLS);
    setPolicy(policy({ tools: { 'get_*': { action: 'approval' } } }));
    select('get_user');
    render(<RulePane />);
    expect(screen.getByText(/No rule of its own/)).toHaveTextContent(
      'No rule of its own: the pattern rule get_* applies (approval).',
    );
    await user.click(screen.getByRole('button', { name: 'Add a rule for get_user' }));
    expect(storedPolicy().tools.get_user).toEqual({});
    expect(ruleForm('get_user')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Remove rule' }));
    expect(storedPolicy().tools).toEqual({ 'get_*': { action: 'approval' } });
  });

  it('adds a pattern rule and shows the tools it matches', async () => {
    const user = userEvent.setup();
    loadTools(TOOLS);
    render(<RulePane />);
    await user.click(screen.getByText('Pattern rules'));
    const input = screen.getByRole('textbox', { name: 'Pattern' });
    await user.type(input, 'get');
    await user.click(screen.getByRole('button', { name: 'Add pattern rule' }));
    expect(screen.getByText(/A pattern has at least one \*/)).toBeInTheDocument();
    await user.type(input, '*');
    const matches = await screen.findByRole('list', { name: 'Tools matching get*' });
    expect(
      within(matches)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['get_user']);
    await user.click(screen.getByRole('button', { name: 'Add pattern rule' }));
    expect(storedPolicy().tools).toEqual({ 'get*': {} });
    expect(useUiStore.getState().selected).toBe('get*');
    expect(ruleForm('get*')).toBeInTheDocument();
  });

  it('edits the limits for all tools', async () => {
    const user = userEvent.setup();
    loadTools(TOOLS);
    render(<RulePane />);
    await user.click(screen.getByText('Limits for all tools'));
    const form = screen.getByRole('form', { name: 'Limits for all tools' });
    await user.click(within(form).getByRole('button', { name: 'Add limit' }));
    await waitFor(() =>
      expect(storedPolicy().all_tools).toEqual({
        limits: [{ counter: 'all_tools_rate', window: 'minute', max: 30, scope: 'grant' }],
      }),
    );
    await user.click(within(form).getByRole('button', { name: 'Remove limit 1' }));
    await waitFor(() => expect(storedPolicy().all_tools).toBeUndefined());
  });

  it('edits the hidden tools', async () => {
    const user = userEvent.setup();
    loadTools(TOOLS);
    render(<RulePane />);
    await user.click(screen.getByText('Hidden tools'));
    const input = screen.getByRole('textbox', { name: 'Tool name or pattern to hide' });
    await user.type(input, 'drop_*');
    await user.click(screen.getByRole('button', { name: 'Hide' }));
    expect(storedPolicy().hide).toEqual(['drop_*']);
    expect(
      within(screen.getByRole('list', { name: 'Hidden tools' })).getByRole('listitem'),
    ).toHaveTextContent('drop_* (1 tool) Remove');
    await user.type(input, 'drop_*');
    await user.click(screen.getByRole('button', { name: 'Hide' }));
    expect(screen.getByText('"drop_*" is already hidden.')).toBeInTheDocument();
    await user.click(screen.getByRole('checkbox', { name: /Hide every tool/ }));
    expect(storedPolicy().hide).toBe('*');
    await user.click(screen.getByRole('checkbox', { name: /Hide every tool/ }));
    expect(storedPolicy().hide).toBeUndefined();
  });
});
