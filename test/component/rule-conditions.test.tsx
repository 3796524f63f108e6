import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import type { Tool } from '../../src/core';
import { ProblemsPanel } from '../../src/problems/ProblemsPanel';
import { RulePane } from '../../src/rule/RulePane';
import { usePolicyStore } from '../../src/state/policyStore';
import { useUiStore } from '../../src/state/uiStore';
import { TransferActions } from '../../src/transfer/TransferActions';
import { loadTools, policy, resetStore, setPolicy, storedPolicy } from './editorState';
import { menuItem } from './menus';

const WRITE_FILE: Tool = {
  name: 'write_file',
  description: 'Writes a file',
  inputSchema: {
    type: 'object',
    properties: {
      path: { type: 'string' },
      size: { type: 'integer' },
      append: { type: 'boolean' },
      mode: {},
    },
  },
};

beforeEach(() => {
  resetStore();
  useUiStore.setState({ unwrittenForms: {}, selected: null });
  loadTools([WRITE_FILE]);
});

function openRule(rule: object = {}) {
  setPolicy(policy({ tools: { write_file: rule } }));
  act(() => useUiStore.getState().select('write_file'));
}

function form() {
  return screen.getByRole('form', { name: 'Rule for write_file' });
}

async function addDenyIf(user: ReturnType<typeof userEvent.setup>, path: string, word: string) {
  await user.click(within(form()).getByRole('button', { name: 'Add deny if condition' }));
  const rows = within(form()).getAllByRole('group', { name: /^Deny if \d+$/ });
  const row = rows[rows.length - 1]!;
  await user.type(within(row).getByRole('combobox', { name: 'Path' }), path);
  await user.selectOptions(within(row).getByRole('combobox', { name: 'Operator' }), word);
  return row;
}

describe('conditions in words', () => {
  it('offers the operators in words', async () => {
    const user = userEvent.setup();
    openRule();
    render(<RulePane />);
    await user.click(within(form()).getByRole('button', { name: 'Add deny if condition' }));
    const operator = within(form()).getByRole('combobox', { name: 'Operator' });
    expect(
      within(operator)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual([
      'choose…',
      'equals',
      'does not equal',
      'is one of',
      'is not one of',
      'starts with',
      'contains',
      'matches regex',
      'is less than',
      'is at most',
      'is greater than',
      'is at least',
      'is set',
      'is not set',
    ]);
  });

  it('writes "starts with" as an anchored, escaped regex and reads it back as words', async () => {
    const user = userEvent.setup();
    openRule();
    render(<RulePane />);
    const row = await addDenyIf(user, 'args.path', 'starts with');
    await user.type(within(row).getByRole('textbox', { name: 'Value' }), '/etc/*.d');
    await waitFor(() =>
      expect(storedPolicy().tools.write_file).toEqual({
        deny_if: [{ path: 'args.path', op: 'regex', value: '^/etc/\\*\\.d' }],
      }),
    );

    // Written elsewhere (the editor): a regex of that shape reads as "starts with", others not.
    setPolicy(
      policy({
        tools: {
          write_file: {
            deny_if: [
              { path: 'args.path', op: 'regex', value: '^/var/log\\.' },
              { path: 'args.path', op: 'regex', value: '^/var/.*' },
            ],
          },
        },
      }),
    );
    const first = await within(form()).findByRole('group', { name: 'Deny if 1' });
    await waitFor(() =>
      expect(within(first).getByRole('combobox', { name: 'Operator' })).toHaveDisplayValue(
        'starts with',
      ),
    );
    expect(within(first).getByRole('textbox', { name: 'Value' })).toHaveValue('/var/log.');
    const second = within(form()).getByRole('group', { name: 'Deny if 2' });
    expect(within(second).getByRole('combobox', { name: 'Operator' })).toHaveDisplayValue(
      'matches regex',
    );
    expect(within(second).getByRole('textbox', { name: 'Value' })).toHaveValue('^/var/.*');
  });

  it('types the value as the input schema says: number, true/false, a list of entries', async () => {
    const user = userEvent.setup();
    openRule();
    render(<RulePane />);
    const size = await addDenyIf(user, 'args.size', 'is greater than');
    await user.type(within(size).getByRole('spinbutton', { name: 'Value' }), '1048576');
    const append = await addDenyIf(user, 'args.append', 'equals');
    await user.selectOptions(within(append).getByRole('combobox', { name: 'Value' }), 'false');
    const path = await addDenyIf(user, 'args.path', 'is one of');
    const values = within(path).getByRole('group', { name: 'Values' });
    await user.type(within(values).getByRole('textbox', { name: 'Value 1' }), '/etc/passwd');
    await user.click(within(values).getByRole('button', { name: 'Add value' }));
    await user.type(within(values).getByRole('textbox', { name: 'Value 2' }), '/etc/shadow');
    await user.click(within(values).getByRole('button', { name: 'Add value' }));
    await user.type(within(values).getByRole('textbox', { name: 'Value 3' }), '10');
    // No schema type ("mode": {}): text, written as a string, never guessed into a number.
    const mode = await addDenyIf(user, 'args.mode', 'equals');
    await user.type(within(mode).getByRole('textbox', { name: 'Value' }), '0644');
    await waitFor(() =>
      expect(storedPolicy().tools.write_file).toEqual({
        deny_if: [
          { path: 'args.size', op: 'gt', value: 1048576 },
          { path: 'args.append', op: 'eq', value: false },
          { path: 'args.path', op: 'in', value: ['/etc/passwd', '/etc/shadow', '10'] },
          { path: 'args.mode', op: 'eq', value: '0644' },
        ],
      }),
    );

    await user.click(within(values).getByRole('button', { name: 'Remove value 1' }));
    await waitFor(() =>
      expect(storedPolicy().tools.write_file?.deny_if?.[2]).toEqual({
        path: 'args.path',
        op: 'in',
        value: ['/etc/shadow', '10'],
      }),
    );
  });

  it('keeps a value of another type as it was written (a number stays a number)', async () => {
    const user = userEvent.setup();
    openRule({ deny_if: [{ path: 'args.mode', op: 'eq', value: 420 }] });
    render(<RulePane />);
    const row = within(form()).getByRole('group', { name: 'Deny if 1' });
    expect(within(row).getByRole('spinbutton', { name: 'Value' })).toHaveValue(420);
    await user.type(within(form()).getByRole('textbox', { name: 'Reason' }), 'No chmod');
    await waitFor(() =>
      expect(storedPolicy().tools.write_file).toEqual({
        reason: 'No chmod',
        deny_if: [{ path: 'args.mode', op: 'eq', value: 420 }],
      }),
    );
  });
});

describe('an incomplete condition', () => {
  it('writes nothing, says what is missing, and is listed in Problems as an error', async () => {
    const user = userEvent.setup();
    openRule({ action: 'approval' });
    const before = usePolicyStore.getState().text;
    render(
      <>
        <RulePane />
        <ProblemsPanel />
      </>,
    );
    await user.click(within(form()).getByRole('button', { name: 'Add deny if condition' }));
    const row = within(form()).getByRole('group', { name: 'Deny if 1' });
    expect(row).toHaveAccessibleDescription(
      'Not written yet: this condition has no argument path.',
    );
    const problems = screen.getByRole('region', { name: 'Problems' });
    expect(
      await within(problems).findByText(
        'Rule form for write_file: deny-if condition 1 has no argument path — not written to the JSON',
      ),
    ).toBeInTheDocument();
    expect(problems).toHaveTextContent('1 error');

    await user.type(within(row).getByRole('combobox', { name: 'Path' }), 'args.path');
    await user.selectOptions(within(row).getByRole('combobox', { name: 'Operator' }), 'equals');
    expect(
      await within(problems).findByText(
        'Rule form for write_file: deny-if condition 1 has no value — not written to the JSON',
      ),
    ).toBeInTheDocument();
    // Another field's valid change waits too: the JSON keeps the last complete rule.
    await user.type(within(form()).getByRole('textbox', { name: 'Reason' }), 'Careful');
    // Past the form's pause before it writes (250 ms).
    await act(() => new Promise((resolve) => setTimeout(resolve, 400)));
    expect(within(problems).getByText(/has no value/)).toBeInTheDocument();
    expect(usePolicyStore.getState().text).toBe(before);

    await user.type(within(row).getByRole('textbox', { name: 'Value' }), '/etc/hosts');
    await waitFor(() =>
      expect(storedPolicy().tools.write_file).toEqual({
        action: 'approval',
        reason: 'Careful',
        deny_if: [{ path: 'args.path', op: 'eq', value: '/etc/hosts' }],
      }),
    );
    expect(within(problems).getByText('No problems')).toBeInTheDocument();
    expect(row).not.toHaveAccessibleDescription();
  });

  it('shows what the schema says about a complete but invalid condition, and writes nothing', async () => {
    const user = userEvent.setup();
    openRule();
    render(
      <>
        <RulePane />
        <ProblemsPanel />
      </>,
    );
    const row = await addDenyIf(user, 'args.path', 'matches regex');
    const value = within(row).getByRole('textbox', { name: 'Value' });
    await user.type(value, '(etc');
    expect(await within(row).findByText(/^This regular expression does not compile/)).toBeVisible();
    expect(value).toHaveAttribute('aria-invalid', 'true');
    expect(row).toHaveAccessibleDescription('Not written yet: fix the marked field.');
    const problems = screen.getByRole('region', { name: 'Problems' });
    expect(
      await within(problems).findByText(
        /^Rule form for write_file: deny-if condition 1: This regular expression does not compile: .* — not written to the JSON$/,
      ),
    ).toBeInTheDocument();
    expect(storedPolicy().tools.write_file).toEqual({});
  });

  it('is dropped from Problems when the form goes away or the condition is removed', async () => {
    const user = userEvent.setup();
    openRule();
    const { unmount } = render(<RulePane />);
    await user.click(within(form()).getByRole('button', { name: 'Add require condition' }));
    await waitFor(() =>
      expect(useUiStore.getState().unwrittenForms).toEqual({
        'rule:write_file': [
          'Rule form for write_file: require condition 1 has no argument path — not written to the JSON',
        ],
      }),
    );
    await user.click(within(form()).getByRole('button', { name: 'Remove require 1' }));
    await waitFor(() => expect(useUiStore.getState().unwrittenForms).toEqual({}));
    expect(storedPolicy().tools.write_file).toEqual({});

    await user.click(within(form()).getByRole('button', { name: 'Add require condition' }));
    await waitFor(() =>
      expect(Object.keys(useUiStore.getState().unwrittenForms)).toEqual(['rule:write_file']),
    );
    unmount();
    expect(useUiStore.getState().unwrittenForms).toEqual({});
  });

  it('refuses every export, like an error in the text, until it is complete', async () => {
    const user = userEvent.setup();
    openRule();
    render(
      <>
        <TransferActions />
        <RulePane />
      </>,
    );
    await user.click(within(form()).getByRole('button', { name: 'Add deny if condition' }));
    await waitFor(() =>
      expect(Object.keys(useUiStore.getState().unwrittenForms)).toEqual(['rule:write_file']),
    );
    const download = await menuItem(user, 'Export', 'Download policy.json');
    expect(download).toBeDisabled();
    expect(download).toHaveAccessibleDescription('Fix the error to export (see Problems).');
    for (const name of ['Copy JSON', 'Copy share link', 'Export as Cedar']) {
      expect(screen.getByRole('menuitem', { name })).toBeDisabled();
    }
    await user.keyboard('{Escape}');

    const row = within(form()).getByRole('group', { name: 'Deny if 1' });
    await user.type(within(row).getByRole('combobox', { name: 'Path' }), 'args.append');
    await user.selectOptions(within(row).getByRole('combobox', { name: 'Operator' }), 'is set');
    await waitFor(() =>
      expect(storedPolicy().tools.write_file).toEqual({
        deny_if: [{ path: 'args.append', op: 'exists' }],
      }),
    );
    expect(await menuItem(user, 'Export', 'Download policy.json')).toBeEnabled();
    expect(screen.getByRole('menuitem', { name: 'Copy share link' })).toBeEnabled();
  });

  it('is one kind of unwritten field: an invalid limit is listed in Problems the same way', async () => {
    const user = userEvent.setup();
    setPolicy(policy({ all_tools: { limits: [{ counter: 'all', window: 'minute', max: 5 }] } }));
    render(
      <>
        <RulePane />
        <ProblemsPanel />
      </>,
    );
    const limits = screen.getByRole('form', { name: 'Limits for all tools' });
    const max = within(limits).getByRole('spinbutton', { name: 'Max calls per window' });
    await user.clear(max);
    await user.type(max, '0');
    const problems = screen.getByRole('region', { name: 'Problems' });
    expect(
      await within(problems).findByText(
        'Limits for all tools: limit 1: max is at least 1 — not written to the JSON',
      ),
    ).toBeInTheDocument();
    expect(storedPolicy().all_tools).toEqual({
      limits: [{ counter: 'all', window: 'minute', max: 5 }],
    });
    await user.type(max, '9');
    await waitFor(() => expect(within(problems).getByText('No problems')).toBeInTheDocument());
    expect(storedPolicy().all_tools?.limits?.[0]?.max).toBe(9);
  });
});
