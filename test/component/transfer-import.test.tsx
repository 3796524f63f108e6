import { act, fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { formatPolicy } from '../../src/core';
import { INITIAL_TEXT, undoTexts, usePolicyStore } from '../../src/state/policyStore';
import { TransferActions } from '../../src/transfer/TransferActions';
import { useTransferReport } from '../../src/transfer/transferReport';
import { menuItem } from './menus';

// jsdom's Blob has no text(); the browsers this app supports all do.
function readText(this: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error);
    reader.readAsText(this);
  });
}
if (typeof Blob.prototype.text !== 'function') Blob.prototype.text = readText;

const initial = usePolicyStore.getState();
const SHORTHAND =
  '{"version": "1", "default": "deny", "tools": {"kv_set": {"rate_limit": {"max": 10, "window": 60}}}}';
const REWRITTEN = formatPolicy({
  version: '1',
  default: 'deny',
  tools: { kv_set: { limits: [{ counter: 'kv_set_rate', window: 60, max: 10, scope: 'grant' }] } },
});

beforeEach(() => {
  usePolicyStore.setState(initial, true);
  useTransferReport.setState({ report: null, busy: null });
});
afterEach(() => {
  vi.restoreAllMocks();
});

function report(): HTMLElement {
  return screen.getByText((_, element) => element?.classList.contains('transfer-report') ?? false);
}

async function importText(text: string) {
  const user = userEvent.setup();
  await user.click(await menuItem(user, 'File', 'Import policy'));
  const dialog = screen.getByRole('dialog', { name: 'Import policy' });
  // fireEvent: userEvent.type would read { and [ as key descriptors.
  fireEvent.change(within(dialog).getByRole('textbox', { name: 'Policy JSON' }), {
    target: { value: text },
  });
  await user.click(within(dialog).getByRole('button', { name: 'Import' }));
}

describe('Import policy', () => {
  it('puts the formatted, rewritten policy in the store, sets the baseline and lists the rewrite', async () => {
    render(<TransferActions />);
    await importText(SHORTHAND);
    await screen.findByText(/1 shorthand rewritten/);
    const state = usePolicyStore.getState();
    expect(state.text).toBe(REWRITTEN);
    expect(state.baseline).toBe(REWRITTEN);
    expect(state.valid).toBe(true);
    expect(undoTexts(state)).toEqual([INITIAL_TEXT]);
    expect(report()).toHaveTextContent('Line 1, column 58: rate_limit rewritten to the limit');
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('keeps an invalid text exactly as given, with its errors listed', async () => {
    render(<TransferActions />);
    const typo = '{"version": "1", "default": "deny", "tools": {"kv_set": {"acton": "deny"}}}';
    await importText(typo);
    await screen.findByText(/with 1 error/);
    const state = usePolicyStore.getState();
    expect(state.text).toBe(typo);
    expect(state.baseline).toBe(typo);
    expect(state.valid).toBe(false);
    expect(report()).toHaveTextContent('Unknown key "acton" — did you mean "action"?');
  });

  it('imports an opened file and refuses one that is too large', async () => {
    const user = userEvent.setup();
    const { container } = render(<TransferActions />);
    await user.click(await menuItem(user, 'File', 'Import policy'));
    const input = document.querySelector<HTMLInputElement>('.import-policy input[type="file"]');
    expect(input).not.toBeNull();
    if (!input) return;
    await user.upload(input, new File([SHORTHAND], 'policy.json', { type: 'application/json' }));
    await screen.findByText(/Imported "policy.json"/);
    expect(usePolicyStore.getState().text).toBe(REWRITTEN);

    await user.click(await menuItem(user, 'File', 'Import policy'));
    const again = document.querySelector<HTMLInputElement>('.import-policy input[type="file"]');
    const big = new File(['x'], 'big.json', { type: 'application/json' });
    Object.defineProperty(big, 'size', { value: 10 * 1024 * 1024 + 1 });
    if (again) await user.upload(again, big);
    await screen.findByText('"big.json" is 10.0 MB; files over 10.0 MB are not read.');
    expect(usePolicyStore.getState().text).toBe(REWRITTEN);
    expect(container).toBeInTheDocument();
  });

  it('imports a file dropped on the dialog', async () => {
    const user = userEvent.setup();
    render(<TransferActions />);
    await user.click(await menuItem(user, 'File', 'Import policy'));
    const form = screen.getByRole('dialog', { name: 'Import policy' }).querySelector('form');
    if (form) {
      fireEvent.drop(form, {
        dataTransfer: { files: [new File([SHORTHAND], 'dropped.json')], getData: () => '' },
      });
    }
    await screen.findByText(/Imported "dropped.json"/);
    expect(usePolicyStore.getState().text).toBe(REWRITTEN);
  });
});

describe('a file dropped on the page', () => {
  function drop(file: File) {
    const event = new Event('drop', { bubbles: true, cancelable: true });
    Object.defineProperty(event, 'dataTransfer', { value: { types: ['Files'], files: [file] } });
    act(() => {
      document.body.dispatchEvent(event);
    });
    return event;
  }

  it('loads a tool list, reporting what it skipped', async () => {
    render(<TransferActions />);
    const event = drop(new File(['{"tools": [{"name": "a"}, {"name": "a"}, 7]}'], 'server.json'));
    expect(event.defaultPrevented).toBe(true);
    await screen.findByText(/Loaded 1 tool from "server.json"/);
    expect(usePolicyStore.getState().tools).toEqual([{ name: 'a' }]);
    expect(usePolicyStore.getState().serverName).toBe('server');
    expect(report()).toHaveTextContent(
      'Line 1, column 36: Skipped tools[1]: the name "a" is already used by tools[0], which is kept.',
    );
    expect(report()).toHaveTextContent(
      'Line 1, column 42: Skipped tools[2]: a tool is an object with a "name", not a number.',
    );
  });

  it('imports a policy', async () => {
    render(<TransferActions />);
    drop(new File([SHORTHAND], 'policy.json'));
    await screen.findByText(/Imported "policy.json"/);
    expect(usePolicyStore.getState().text).toBe(REWRITTEN);
  });
});

describe('Download policy.json and Copy JSON', () => {
  it('are disabled, with the reason shown, while the policy has errors', async () => {
    const user = userEvent.setup();
    usePolicyStore
      .getState()
      .setText('{"version": "1", "default": "deny", "tools": {"a": {"acton": 1}}}', 'editor');
    render(<TransferActions />);
    const download = await menuItem(user, 'Export', 'Download policy.json');
    expect(download).toBeDisabled();
    expect(screen.getByRole('menuitem', { name: 'Copy JSON' })).toBeDisabled();
    expect(download).toHaveAccessibleDescription('Fix the error to export (see Problems).');
  });

  it('download the canonical text, or the text as typed when asked', async () => {
    const user = userEvent.setup();
    const saved: Blob[] = [];
    URL.createObjectURL = vi.fn((blob: Blob) => {
      saved.push(blob);
      return 'blob:policy';
    });
    URL.revokeObjectURL = vi.fn();
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
    const typed = '{"version":"1","default":"deny","tools":{}}';
    usePolicyStore.getState().setText(typed, 'editor');
    render(<TransferActions />);
    await user.click(await menuItem(user, 'Export', 'Download policy.json'));
    await user.click(screen.getByRole('button', { name: 'Export' }));
    await user.click(screen.getByRole('menuitemcheckbox', { name: 'As typed' }));
    await user.click(screen.getByRole('menuitem', { name: 'Download policy.json' }));
    expect(await Promise.all(saved.map((b) => b.text()))).toEqual([INITIAL_TEXT, typed]);
  });

  it('copies the canonical JSON to the clipboard', async () => {
    const user = userEvent.setup();
    const writeText = vi.spyOn(navigator.clipboard, 'writeText').mockResolvedValue(undefined);
    render(<TransferActions />);
    await user.click(await menuItem(user, 'Export', 'Copy JSON'));
    expect(writeText).toHaveBeenCalledWith(INITIAL_TEXT);
    await screen.findByText('Copied the policy JSON to the clipboard.');
  });
});

describe('Changes', () => {
  it('says when nothing changed since the import', async () => {
    const user = userEvent.setup();
    render(<TransferActions />);
    await user.click(await menuItem(user, 'File', 'Changes'));
    expect(screen.getByRole('dialog', { name: 'Changes' })).toHaveTextContent(
      'No changes since the policy was imported or loaded.',
    );
  });
});
