import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ExportMenu } from '../../src/transfer/ExportMenu';
import { menuItem } from './menus';
import { loadTools, policy, resetStore, setPolicy } from './editorState';

beforeEach(() => resetStore());
afterEach(() => vi.restoreAllMocks());

describe('Export as Cedar', () => {
  it('shows the config, what Cedar cannot say, and copies it', async () => {
    const user = userEvent.setup();
    const writeText = vi.spyOn(navigator.clipboard, 'writeText').mockResolvedValue(undefined);
    setPolicy(
      policy({
        tools: {
          get_user: {},
          pay: { action: 'approval' },
          put: { require: [{ path: 'args.a', op: 'regex', value: '^x' }] },
        },
      }),
    );
    render(<ExportMenu onShare={() => undefined} />);
    await user.click(await menuItem(user, 'Export', 'Export as Cedar'));
    const dialog = await screen.findByRole('dialog', { name: 'Export as Cedar' });

    const config = within(dialog).getByRole('textbox', {
      name: 'Cedar config',
    }) as HTMLTextAreaElement;
    const parsed = JSON.parse(config.value) as { type: string; cedar: { policies: string[] } };
    expect(parsed.type).toBe('cedarv1');
    expect(parsed.cedar.policies[0]).toContain('resource == Tool::"get_user"');

    const list = within(dialog).getByRole('region', {
      name: 'What Cedar cannot say (2): exported as deny',
    });
    const items = within(list)
      .getAllByRole('listitem')
      .map((li) => li.textContent);
    expect(items).toEqual([
      "/tools/pay/action — Cedar cannot wait for a person's approval: the rule's calls are denied",
      "/tools/put/require/0 — Cedar has no regular expressions: the rule's calls are denied",
    ]);

    await user.click(within(dialog).getByRole('button', { name: 'Copy' }));
    expect(writeText).toHaveBeenCalledWith(config.value);
    expect(within(dialog).getByRole('status')).toHaveTextContent('Copied to the clipboard.');
    expect(
      within(dialog).getByRole('button', { name: 'Download authz-config.json' }),
    ).toBeEnabled();

    await user.click(within(dialog).getByRole('button', { name: 'Close' }));
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('expands patterns against the loaded tools and says when Cedar says everything', async () => {
    const user = userEvent.setup();
    loadTools([{ name: 'get_a' }, { name: 'get_b' }, { name: 'put_c' }]);
    setPolicy(policy({ tools: { 'get_*': { action: 'deny' } } }));
    render(<ExportMenu onShare={() => undefined} />);
    await user.click(await menuItem(user, 'Export', 'Export as Cedar'));
    const dialog = await screen.findByRole('dialog', { name: 'Export as Cedar' });
    expect(dialog).toHaveTextContent('Patterns are expanded against the 3 loaded tools.');
    expect(
      within(dialog).getByRole('region', { name: 'Cedar says all of this policy' }),
    ).toBeVisible();
    const config = within(dialog).getByRole('textbox', {
      name: 'Cedar config',
    }) as HTMLTextAreaElement;
    expect(config.value).toContain('resource in [Tool::\\"get_a\\", Tool::\\"get_b\\"]');
  });

  it('is disabled while the policy has errors', async () => {
    const user = userEvent.setup();
    setPolicy('{"version": "1", "default": "deny", "tools": {"a": {"acton": "deny"}}}');
    render(<ExportMenu onShare={() => undefined} />);
    expect(await menuItem(user, 'Export', 'Export as Cedar')).toBeDisabled();
  });
});
