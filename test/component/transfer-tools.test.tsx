import { fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { usePolicyStore } from '../../src/state/policyStore';
import { LoadToolsWithSources as LoadToolsDialog } from '../../src/app/LoadToolsWithSources';

// jsdom's Blob has no text(); the browsers this app supports all do.
if (typeof Blob.prototype.text !== 'function') {
  Blob.prototype.text = function text(this: Blob) {
    return new Promise<string>((resolve) => {
      const reader = new FileReader();
      reader.onload = () => resolve(String(reader.result));
      reader.readAsText(this);
    });
  };
}

const initial = usePolicyStore.getState();
beforeEach(() => {
  usePolicyStore.setState(initial, true);
});
afterEach(() => {
  vi.restoreAllMocks();
});

function renderDialog() {
  const onClose = vi.fn();
  render(<LoadToolsDialog onClose={onClose} />);
  return { onClose, dialog: screen.getByRole('dialog', { name: 'Load tools' }) };
}

describe('Load tools: files and examples', () => {
  it('loads an opened tool list file, named after the file', async () => {
    const user = userEvent.setup();
    const { onClose, dialog } = renderDialog();
    const input = dialog.querySelector<HTMLInputElement>('input[type="file"]');
    if (!input) throw new Error('no file input');
    const list =
      '{"jsonrpc": "2.0", "id": 2, "result": {"tools": [{"name": "kv_get"}, {"name": "kv_set"}]}}';
    await user.upload(input, new File([list], 'codehooks.json', { type: 'application/json' }));
    await vi.waitFor(() => expect(onClose).toHaveBeenCalled());
    expect(usePolicyStore.getState().tools.map((t) => t.name)).toEqual(['kv_get', 'kv_set']);
    expect(usePolicyStore.getState().serverName).toBe('codehooks');
  });

  it('keeps a file that is not a tool list in the box, beside its errors', async () => {
    const user = userEvent.setup();
    const { onClose, dialog } = renderDialog();
    const input = dialog.querySelector<HTMLInputElement>('input[type="file"]');
    if (!input) throw new Error('no file input');
    await user.upload(input, new File(['{"version": "1"}'], 'policy.json'));
    await within(dialog).findByText(/Expected a tools\/list result/);
    expect(within(dialog).getByRole('textbox', { name: 'Tool list JSON' })).toHaveValue(
      '{"version": "1"}',
    );
    expect(onClose).not.toHaveBeenCalled();
  });

  it('refuses a binary file with a clear message', async () => {
    // A person can pick any file ("All files" in the chooser), whatever `accept` says.
    const user = userEvent.setup({ applyAccept: false });
    const { dialog } = renderDialog();
    const input = dialog.querySelector<HTMLInputElement>('input[type="file"]');
    if (!input) throw new Error('no file input');
    await user.upload(
      input,
      new File([new Uint8Array([1, 2])], 'tools.gz', { type: 'application/gzip' }),
    );
    expect(await within(dialog).findByRole('alert')).toHaveTextContent(
      '"tools.gz" is not a text file (application/gzip); choose a JSON file.',
    );
  });

  it('loads a file dropped on the dialog, and puts dropped text in the box', async () => {
    const { onClose, dialog } = renderDialog();
    const form = dialog.querySelector('form');
    if (!form) throw new Error('no form');
    fireEvent.drop(form, { dataTransfer: { files: [], getData: () => '[{"name": "x"}]' } });
    expect(within(dialog).getByRole('textbox', { name: 'Tool list JSON' })).toHaveValue(
      '[{"name": "x"}]',
    );
    fireEvent.drop(form, {
      dataTransfer: {
        files: [new File(['[{"name": "dropped"}]'], 'mine.json')],
        getData: () => '',
      },
    });
    await vi.waitFor(() => expect(onClose).toHaveBeenCalled());
    expect(usePolicyStore.getState().tools).toEqual([{ name: 'dropped' }]);
    expect(usePolicyStore.getState().serverName).toBe('mine');
  });

  it('offers the bundled servers in a menu, usable with the keyboard', async () => {
    const user = userEvent.setup();
    const text = readFileSync('public/examples/aws-healthimaging.json', 'utf8');
    const fetched = vi.spyOn(globalThis, 'fetch').mockResolvedValue(new Response(text));
    const { onClose, dialog } = renderDialog();
    const button = within(dialog).getByRole('button', { name: 'Examples ▾' });
    button.focus();
    await user.keyboard('{ArrowDown}');
    const menu = within(dialog).getByRole('menu', { name: 'Example servers' });
    expect(
      within(menu)
        .getAllByRole('menuitem')
        .map((item) => item.firstChild?.textContent),
    ).toEqual([
      'AWS Memcached (ElastiCache)',
      'AWS HealthImaging',
      'Key-value database',
      'Generated server (5,000 tools)',
    ]);
    await vi.waitFor(() => expect(within(menu).getAllByRole('menuitem')[0]).toHaveFocus());
    await user.keyboard('{Escape}');
    expect(within(dialog).queryByRole('menu')).toBeNull();
    expect(onClose).not.toHaveBeenCalled();

    await user.keyboard('{ArrowDown}');
    await vi.waitFor(() => expect(within(dialog).getAllByRole('menuitem')[0]).toHaveFocus());
    await user.keyboard('{ArrowDown}{Enter}');
    await vi.waitFor(() => expect(onClose).toHaveBeenCalled());
    expect(fetched).toHaveBeenCalledWith('/examples/aws-healthimaging.json');
    expect(usePolicyStore.getState().serverName).toBe('AWS HealthImaging');
    expect(usePolicyStore.getState().tools).toHaveLength(18);
  });

  it('says so when an example cannot be fetched', async () => {
    const user = userEvent.setup();
    vi.spyOn(globalThis, 'fetch').mockResolvedValue(new Response('', { status: 404 }));
    const { dialog } = renderDialog();
    await user.click(within(dialog).getByRole('button', { name: 'Examples ▾' }));
    await user.click(within(dialog).getByRole('menuitem', { name: /Key-value database/ }));
    expect(await within(dialog).findByRole('alert')).toHaveTextContent(
      'The example could not be loaded (404).',
    );
  });
});
