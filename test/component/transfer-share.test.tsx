import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { decodeShareFragment, formatPolicy } from '../../src/core';
import { INITIAL_TEXT, usePolicyStore } from '../../src/state/policyStore';
import { TransferActions } from '../../src/transfer/TransferActions';
import { useTransferReport } from '../../src/transfer/transferReport';
import { menuItem } from './menus';
import { fragmentOf } from '../fixtures/shareFragment';

const initial = usePolicyStore.getState();
const SHARED = formatPolicy({ version: '1', default: 'deny', tools: { cache_set: {} } });

beforeEach(() => {
  usePolicyStore.setState(initial, true);
  useTransferReport.setState({ report: null, busy: null });
  history.replaceState(null, '', '/');
});
afterEach(() => {
  vi.restoreAllMocks();
});

describe('Copy share link', () => {
  it('builds a link with the draft, copies it, and adds the tool list only when asked', async () => {
    const user = userEvent.setup();
    const writeText = vi.spyOn(navigator.clipboard, 'writeText').mockResolvedValue(undefined);
    usePolicyStore.getState().loadTools([{ name: 'cache_set' }], 'AWS');
    usePolicyStore.getState().setText(SHARED, 'import');
    render(<TransferActions />);
    await user.click(await menuItem(user, 'Export', 'Copy share link'));
    const dialog = screen.getByRole('dialog', { name: 'Share link' });
    await within(dialog).findByText('Copied to the clipboard.');
    const link = (within(dialog).getByRole('textbox', { name: 'Share link' }) as HTMLInputElement)
      .value;
    expect(writeText).toHaveBeenLastCalledWith(link);
    expect(link.startsWith(`${location.origin}/#share=v1.`)).toBe(true);
    expect(await decodeShareFragment(new URL(link).hash)).toEqual({
      ok: true,
      shared: { policy: SHARED, tools: null, serverName: null },
      toolFindings: [],
    });

    await user.click(
      within(dialog).getByRole('checkbox', { name: 'Include the tool list (1 tool)' }),
    );
    await within(dialog).findByText('Copied to the clipboard.');
    const withTools = (
      within(dialog).getByRole('textbox', { name: 'Share link' }) as HTMLInputElement
    ).value;
    expect(withTools).not.toBe(link);
    const decoded = await decodeShareFragment(new URL(withTools).hash);
    expect(decoded.ok && decoded.shared).toEqual({
      policy: SHARED,
      tools: [{ name: 'cache_set' }],
      serverName: 'AWS',
    });
  });

  it('says why when the tool list is nested too deeply to go in a link (10,000 levels)', async () => {
    const user = userEvent.setup();
    const writeText = vi.spyOn(navigator.clipboard, 'writeText').mockResolvedValue(undefined);
    let schema: Record<string, unknown> = { type: 'string' };
    for (let i = 0; i < 10_000; i++) schema = { type: 'object', properties: { x: schema } };
    usePolicyStore.getState().loadTools([{ name: 'deep', inputSchema: schema }], 'Deep');
    render(<TransferActions />);
    await user.click(await menuItem(user, 'Export', 'Copy share link'));
    const dialog = screen.getByRole('dialog', { name: 'Share link' });
    await within(dialog).findByText('Copied to the clipboard.');
    await user.click(
      within(dialog).getByRole('checkbox', { name: 'Include the tool list (1 tool)' }),
    );
    expect(await within(dialog).findByRole('alert')).toHaveTextContent(
      'The share link cannot be made: the tool list is nested too deeply to write out',
    );
    expect(writeText).toHaveBeenCalledTimes(1);
  });

  it('shows the link to copy by hand when the clipboard is refused', async () => {
    const user = userEvent.setup();
    vi.spyOn(navigator.clipboard, 'writeText').mockRejectedValue(new Error('denied'));
    render(<TransferActions />);
    await user.click(await menuItem(user, 'Export', 'Copy share link'));
    const dialog = screen.getByRole('dialog', { name: 'Share link' });
    expect(
      await within(dialog).findByText(
        'The browser did not allow copying: copy the link from the box.',
      ),
    ).toBeInTheDocument();
    expect(
      within(dialog).getByRole('checkbox', { name: 'Include the tool list (0 tools)' }),
    ).toBeDisabled();
  });
});

describe('opening a share link', () => {
  async function openWith(policy: string, tools: { name: string }[] | null = null) {
    const fragment = await fragmentOf({
      policy,
      tools,
      serverName: tools ? 'Shared server' : null,
    });
    history.replaceState(null, '', `/#${fragment}`);
    render(<TransferActions />);
  }

  it('loads the policy and tools through the import, and clears the fragment', async () => {
    await openWith(SHARED, [{ name: 'cache_set' }, { name: 'cache_get' }]);
    await screen.findByText(/Imported the share link: 1 rule, default deny/);
    const state = usePolicyStore.getState();
    expect(state.text).toBe(SHARED);
    expect(state.baseline).toBe(SHARED);
    expect(state.tools.map((t) => t.name)).toEqual(['cache_set', 'cache_get']);
    expect(state.serverName).toBe('Shared server');
    expect(screen.getByText('With the tool list of Shared server: 2 tools.')).toBeInTheDocument();
    expect(location.hash).toBe('');
  });

  it('asks before replacing an unsaved draft, and keeps it when told', async () => {
    const user = userEvent.setup();
    const draft = formatPolicy({ version: '1', default: 'allow', tools: {} });
    usePolicyStore.getState().setText(draft, 'editor');
    await openWith(SHARED);
    const ask = await screen.findByRole('dialog', { name: 'Open the shared policy?' });
    expect(ask).toHaveTextContent('The link brings a policy.');
    await user.click(within(ask).getByRole('button', { name: 'Keep my draft' }));
    expect(usePolicyStore.getState().text).toBe(draft);
    expect(
      screen.getByText('The share link was not opened; your draft is unchanged.'),
    ).toBeInTheDocument();
  });

  it('replaces an unsaved draft when told, and Undo brings it back', async () => {
    const user = userEvent.setup();
    const draft = formatPolicy({ version: '1', default: 'allow', tools: {} });
    usePolicyStore.getState().setText(draft, 'editor');
    await openWith(SHARED);
    const ask = await screen.findByRole('dialog', { name: 'Open the shared policy?' });
    await user.click(within(ask).getByRole('button', { name: 'Replace draft' }));
    await screen.findByText(/Imported the share link/);
    expect(usePolicyStore.getState().text).toBe(SHARED);
    expect(
      await screen.findByText('It replaced the previous draft: Undo brings that back.'),
    ).toBeInTheDocument();
    usePolicyStore.getState().undo();
    expect(usePolicyStore.getState().text).toBe(draft);
  });

  it('asks before a link with tools replaces a tool list loaded here, and keeps it when told', async () => {
    const user = userEvent.setup();
    usePolicyStore.getState().loadTools([{ name: 'live_tool' }], 'Live server');
    await openWith(SHARED, [{ name: 'cache_set' }]);
    const ask = await screen.findByRole('dialog', { name: 'Open the shared policy?' });
    expect(ask).toHaveTextContent(
      'Opening it replaces the tool list you loaded of Live server (1 tool), which Undo does not bring back.',
    );
    await user.click(within(ask).getByRole('button', { name: 'Keep my draft' }));
    expect(usePolicyStore.getState().tools.map((t) => t.name)).toEqual(['live_tool']);
    expect(usePolicyStore.getState().serverName).toBe('Live server');
  });

  it('does not ask when the link brings the tool list already loaded', async () => {
    usePolicyStore.getState().loadTools([{ name: 'cache_set' }], 'Shared server');
    await openWith(SHARED, [{ name: 'cache_set' }]);
    await screen.findByText(/Imported the share link/);
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('does not ask when the draft is the baseline or the initial policy', async () => {
    usePolicyStore.setState({ text: INITIAL_TEXT, baseline: INITIAL_TEXT });
    await openWith(SHARED);
    await screen.findByText(/Imported the share link/);
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('says a damaged link cannot be opened and keeps the draft', async () => {
    history.replaceState(null, '', '/#share=v1.@@@');
    render(<TransferActions />);
    await screen.findByText(/This share link cannot be opened: its data is not valid/);
    expect(usePolicyStore.getState().text).toBe(INITIAL_TEXT);
    expect(location.hash).toBe('');
  });

  it('ignores a fragment that is not a share link', async () => {
    history.replaceState(null, '', '/#section');
    render(<TransferActions />);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(location.hash).toBe('#section');
    expect(useTransferReport.getState().report).toBeNull();
  });
});
