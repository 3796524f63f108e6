import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { Header } from '../../src/app/Header';
import { usePolicyStore } from '../../src/state/policyStore';
import { loadTools, policy, resetStore, setPolicy, storedPolicy, TOOLS } from './editorState';
import { menuItem } from './menus';

beforeEach(() => {
  resetStore();
});

const LIST = JSON.stringify({
  tools: [{ name: 'get_user', description: 'Reads a user' }, { name: 'cache_set' }],
});

describe('header', () => {
  it('shows the server name and tool count', () => {
    render(<Header />);
    expect(screen.getByText('No server loaded')).toBeInTheDocument();
    loadTools(TOOLS, 'aws');
    expect(screen.getByText('aws')).toBeInTheDocument();
    expect(screen.getByText('6 tools')).toBeInTheDocument();
  });

  it('loads a pasted tool list in the "Load tools" dialog and gives focus back', async () => {
    const user = userEvent.setup();
    render(<Header />);
    const open = screen.getByRole('button', { name: 'File' });
    await user.click(await menuItem(user, 'File', 'Load tools'));
    const dialog = screen.getByRole('dialog', { name: 'Load tools' });
    const box = within(dialog).getByRole('textbox', { name: 'Tool list JSON' });
    expect(box).toHaveFocus();
    await user.paste(LIST);
    await user.type(
      within(dialog).getByRole('textbox', { name: 'Server name (optional)' }),
      'demo',
    );
    await user.click(within(dialog).getByRole('button', { name: 'Load' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(usePolicyStore.getState().tools.map((t) => t.name)).toEqual(['get_user', 'cache_set']);
    expect(usePolicyStore.getState().serverName).toBe('demo');
    expect(screen.getByText('2 tools')).toBeInTheDocument();
    expect(open).toHaveFocus();
  });

  it("keeps the dialog open with the reader's errors when the text is no tool list", async () => {
    const user = userEvent.setup();
    render(<Header />);
    await user.click(await menuItem(user, 'File', 'Load tools'));
    const dialog = screen.getByRole('dialog', { name: 'Load tools' });
    await user.paste('{"tools": 5');
    await user.click(within(dialog).getByRole('button', { name: 'Load' }));
    expect(within(dialog).getByRole('alert')).not.toBeEmptyDOMElement();
    expect(within(dialog).getByRole('textbox', { name: 'Tool list JSON' })).toHaveAttribute(
      'aria-invalid',
      'true',
    );
    expect(usePolicyStore.getState().tools).toEqual([]);
  });

  it('closes the dialog with Escape and keeps focus inside while open', async () => {
    const user = userEvent.setup();
    render(<Header />);
    const open = screen.getByRole('button', { name: 'File' });
    await user.click(await menuItem(user, 'File', 'Load tools'));
    const dialog = screen.getByRole('dialog', { name: 'Load tools' });
    expect(dialog).toHaveAttribute('aria-modal', 'true');
    await user.paste('[]');
    for (let i = 0; i < 6; i++) {
      await user.tab();
      expect(dialog.contains(document.activeElement)).toBe(true);
    }
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(open).toHaveFocus();
  });

  it('sets the default decision', async () => {
    const user = userEvent.setup();
    render(<Header />);
    const group = screen.getByRole('radiogroup', { name: 'Default decision' });
    expect(within(group).getByRole('radio', { name: 'Deny' })).toBeChecked();
    await user.click(within(group).getByRole('radio', { name: 'Allow' }));
    await user.click(screen.getByRole('button', { name: 'Allow unlisted tools' }));
    expect(storedPolicy().default).toBe('allow');
    expect(within(group).getByRole('radio', { name: 'Allow' })).toBeChecked();
  });

  it('applies the recommended policy after a confirmation that counts the changed rules', async () => {
    const user = userEvent.setup();
    loadTools(TOOLS);
    setPolicy(
      policy({
        default: 'allow',
        tools: { get_user: { action: 'deny' }, cache_set: {}, other: {} },
      }),
    );
    render(<Header />);
    await user.click(screen.getByRole('button', { name: 'Apply recommended policy' }));
    // The confirmation loads with its own chunk; with rules in the draft it keeps them unless
    // told otherwise ("Keep my rules", on by default).
    const dialog = await screen.findByRole('dialog', { name: 'Apply the recommended policy?' });
    await user.click(within(dialog).getByRole('checkbox', { name: 'Keep my rules' }));
    expect(dialog).toHaveAccessibleDescription(
      'This changes 2 existing rules, adds 4 rules and sets the default decision to deny. Rules for other names, hidden tools and limits for all tools stay as they are.',
    );
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(storedPolicy().tools.get_user).toEqual({ action: 'deny' });

    await user.click(screen.getByRole('button', { name: 'Apply recommended policy' }));
    const again = await screen.findByRole('dialog', { name: 'Apply the recommended policy?' });
    await user.click(within(again).getByRole('checkbox', { name: 'Keep my rules' }));
    await user.click(screen.getByRole('button', { name: 'Apply' }));
    const applied = storedPolicy();
    expect(applied.default).toBe('deny');
    expect(Object.keys(applied.tools)).toEqual([
      'get_user',
      'cache_set',
      'other',
      'list_users',
      'drop_table',
      'transfer_funds',
      'run_query',
    ]);
    expect(applied.tools.get_user).toEqual({});
    expect(applied.tools.transfer_funds).toEqual({
      action: 'approval',
      limits: [{ counter: 'transfer_funds_rate', window: 'minute', max: 10, scope: 'grant' }],
    });
  });

  it('undoes and redoes form edits with the buttons and the keyboard, not inside text fields', async () => {
    const user = userEvent.setup();
    render(
      <>
        <Header />
        <input aria-label="Some text field" />
      </>,
    );
    const undo = screen.getByRole('button', { name: 'Undo' });
    const redo = screen.getByRole('button', { name: 'Redo' });
    expect(undo).toBeDisabled();
    await user.click(
      within(screen.getByRole('radiogroup', { name: 'Default decision' })).getByRole('radio', {
        name: 'Allow',
      }),
    );
    await user.click(screen.getByRole('button', { name: 'Allow unlisted tools' }));
    expect(storedPolicy().default).toBe('allow');
    await user.click(undo);
    expect(storedPolicy().default).toBe('deny');
    await user.click(redo);
    expect(storedPolicy().default).toBe('allow');

    await user.click(screen.getByRole('textbox', { name: 'Some text field' }));
    await user.keyboard('{Control>}z{/Control}');
    expect(storedPolicy().default).toBe('allow');

    act(() => (document.activeElement as HTMLElement).blur());
    await user.keyboard('{Control>}z{/Control}');
    expect(storedPolicy().default).toBe('deny');
    await user.keyboard('{Control>}{Shift>}z{/Shift}{/Control}');
    expect(storedPolicy().default).toBe('allow');
    await user.keyboard('{Control>}z{/Control}');
    await user.keyboard('{Control>}y{/Control}');
    expect(storedPolicy().default).toBe('allow');
  });
});
