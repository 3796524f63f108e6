import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { usePolicyStore } from '../../src/state/policyStore';
import { rememberConnection } from '../../src/transfer/connectionMemory';
import type { ConnectRequest, ConnectResult } from '../../src/transfer/connectToServer';
import { TransferActions } from '../../src/transfer/TransferActions';
import { useTransferReport } from '../../src/transfer/transferReport';
import { menuItem } from './menus';

const connectToServer = vi.fn<(request: ConnectRequest) => Promise<ConnectResult>>();
vi.mock('../../src/transfer/connectToServer', () => ({ connectToServer }));

const initial = usePolicyStore.getState();
beforeEach(() => {
  usePolicyStore.setState(initial, true);
  useTransferReport.setState({ report: null, busy: null });
  connectToServer.mockReset();
  rememberConnection('', '');
});

async function open() {
  const user = userEvent.setup();
  render(<TransferActions />);
  await user.click(await menuItem(user, 'File', 'Connect to server'));
  const dialog = await screen.findByRole('dialog', { name: 'Connect to server' });
  return { user, dialog };
}

describe('Connect to server', () => {
  it('loads every page the server lists, with its name, and closes', async () => {
    connectToServer.mockResolvedValue({
      ok: true,
      serverName: 'Everything',
      text: JSON.stringify([
        { tools: [{ name: 'echo' }], nextCursor: '2' },
        { tools: [{ name: 'add' }, { name: 'echo' }] },
      ]),
    });
    const { user, dialog } = await open();
    await user.type(
      within(dialog).getByRole('textbox', { name: 'Server URL' }),
      'http://127.0.0.1:3001/mcp',
    );
    await user.type(
      within(dialog).getByRole('textbox', { name: 'Headers' }),
      'Authorization: Bearer secret-123',
    );
    await user.click(within(dialog).getByRole('button', { name: 'Connect' }));
    await screen.findByText(/Loaded 2 tools from Everything/);
    expect(usePolicyStore.getState().tools.map((t) => t.name)).toEqual(['echo', 'add']);
    expect(usePolicyStore.getState().serverName).toBe('Everything');
    expect(screen.queryByRole('dialog')).toBeNull();
    const request = connectToServer.mock.calls[0]?.[0];
    expect(request?.url).toBe('http://127.0.0.1:3001/mcp');
    expect(request?.headers).toEqual([['Authorization', 'Bearer secret-123']]);
    expect(JSON.stringify(localStorage)).not.toContain('secret-123');
  });

  it('explains a failure with steps and a curl command', async () => {
    connectToServer.mockResolvedValue({ ok: false, failure: { kind: 'blocked' } });
    const { user, dialog } = await open();
    await user.type(
      within(dialog).getByRole('textbox', { name: 'Server URL' }),
      'https://mcp.example.com/mcp',
    );
    await user.click(within(dialog).getByRole('button', { name: 'Connect' }));
    const alert = await within(dialog).findByRole('alert');
    expect(alert).toHaveTextContent('The browser blocked the response (CORS)');
    expect(alert).toHaveTextContent('Access-Control-Expose-Headers: mcp-session-id');
    expect(within(alert).getByLabelText('curl command')).toHaveTextContent(
      "URL='https://mcp.example.com/mcp'",
    );
    expect(usePolicyStore.getState().tools).toEqual([]);
  });

  it('hides the Authorization value on screen and copies it only when asked', async () => {
    connectToServer.mockResolvedValue({ ok: false, failure: { kind: 'blocked' } });
    const writeText = vi.spyOn(navigator.clipboard, 'writeText').mockResolvedValue(undefined);
    const { user, dialog } = await open();
    await user.type(
      within(dialog).getByRole('textbox', { name: 'Server URL' }),
      'https://mcp.example.com/mcp',
    );
    await user.type(
      within(dialog).getByRole('textbox', { name: 'Headers' }),
      'Authorization: Bearer secret-123{enter}X-Api-Key: k-456{enter}X-Tenant: acme',
    );
    await user.click(within(dialog).getByRole('button', { name: 'Connect' }));
    const alert = await within(dialog).findByRole('alert');
    const shown = within(alert).getByLabelText('curl command').textContent ?? '';
    expect(shown).toContain("'Authorization: Bearer ••••••••'");
    expect(shown).toContain("'X-Api-Key: ••••••••'");
    expect(shown).toContain("'X-Tenant: acme'");
    expect(alert.textContent).not.toContain('secret-123');
    expect(alert.textContent).not.toContain('k-456');

    await user.click(within(alert).getByRole('button', { name: 'Copy command' }));
    expect(writeText).toHaveBeenLastCalledWith(shown);
    await user.click(within(alert).getByRole('button', { name: 'Copy with credentials' }));
    const real = String(writeText.mock.lastCall?.[0]);
    expect(real).toContain("'Authorization: Bearer secret-123'");
    expect(real).toContain("'X-Api-Key: k-456'");
    expect(await within(alert).findByText('Copied, with the credentials.')).toBeInTheDocument();
  });

  it.each([
    [
      'example.com/mcp',
      '',
      'Start the URL with https:// or http:// (e.g. https://example.com/mcp).',
    ],
    ['http://h/mcp', 'Authorization Bearer x', 'Header line 1: write it as "Name: value".'],
  ])('checks the input first: %s / %s', async (url, headers, error) => {
    const { user, dialog } = await open();
    await user.type(within(dialog).getByRole('textbox', { name: 'Server URL' }), url);
    if (headers) await user.type(within(dialog).getByRole('textbox', { name: 'Headers' }), headers);
    await user.click(within(dialog).getByRole('button', { name: 'Connect' }));
    expect(within(dialog).getByRole('alert')).toHaveTextContent(error);
    expect(connectToServer).not.toHaveBeenCalled();
  });

  it('shows progress and cancels through the abort signal', async () => {
    let seen: ConnectRequest | undefined;
    connectToServer.mockImplementation(
      (request) =>
        new Promise((resolve) => {
          seen = request;
          request.onProgress({ stage: 'tools/list', pages: 2, tools: 150 });
          request.signal.addEventListener('abort', () =>
            resolve({ ok: false, failure: { kind: 'cancelled' } }),
          );
        }),
    );
    const { user, dialog } = await open();
    await user.type(
      within(dialog).getByRole('textbox', { name: 'Server URL' }),
      'http://127.0.0.1:9/mcp',
    );
    await user.click(within(dialog).getByRole('button', { name: 'Connect' }));
    expect(await within(dialog).findByRole('status')).toHaveTextContent(
      'Listing tools: 2 pages, 150 tools so far…',
    );
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(seen?.signal.aborted).toBe(true);
    expect(within(dialog).queryByRole('status')).toBeNull();
    expect(within(dialog).getByRole('button', { name: 'Connect' })).toBeEnabled();
  });

  it('remembers the URL and headers in memory for the next time it opens', async () => {
    connectToServer.mockResolvedValue({ ok: false, failure: { kind: 'unreachable' } });
    const { user, dialog } = await open();
    const url = within(dialog).getByRole('textbox', { name: 'Server URL' });
    await user.clear(url);
    await user.type(url, 'http://127.0.0.1:4/mcp');
    await user.click(within(dialog).getByRole('button', { name: 'Connect' }));
    await within(dialog).findByRole('alert');
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    await user.click(await menuItem(user, 'File', 'Connect to server'));
    const again = await screen.findByRole('dialog', { name: 'Connect to server' });
    expect(within(again).getByRole('textbox', { name: 'Server URL' })).toHaveValue(
      'http://127.0.0.1:4/mcp',
    );
    expect(localStorage.length).toBe(0);
  });
});
