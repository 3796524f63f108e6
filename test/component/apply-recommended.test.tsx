import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { ApplyRecommended } from '../../src/header/ApplyRecommended';
import { usePolicyStore } from '../../src/state/policyStore';
import { useToasts } from '../../src/ui/toasts';
import { loadTools, policy, resetStore, setPolicy, storedPolicy, TOOLS } from './editorState';

beforeEach(() => {
  resetStore();
  useToasts.setState({ toasts: [] });
});

async function openPreview(user: ReturnType<typeof userEvent.setup>): Promise<HTMLElement> {
  await user.click(screen.getByRole('button', { name: 'Apply recommended policy' }));
  return screen.findByRole('dialog', { name: 'Apply the recommended policy?' });
}

/** Each decision's line: "Allow 3 tools (1 unchanged)". */
function buckets(dialog: HTMLElement): string[] {
  const list = within(dialog).getByRole('list', { name: 'Decisions after applying' });
  return Array.from(list.querySelectorAll(':scope > li > .recommended-bucket')).map(
    (line) => line.textContent ?? '',
  );
}

function moves(dialog: HTMLElement): string[] {
  return Array.from(dialog.querySelectorAll('summary')).map((s) => s.textContent ?? '');
}

const DRAFT = policy({
  default: 'allow',
  hide: ['run_query'],
  tools: { get_user: { action: 'deny' }, transfer_funds: { action: 'deny' } },
});

describe('Apply recommended policy', () => {
  it('previews by decision which tools move from what to what, keeping rules by default', async () => {
    const user = userEvent.setup();
    loadTools(TOOLS);
    setPolicy(DRAFT);
    render(<ApplyRecommended />);
    const dialog = await openPreview(user);
    const keep = within(dialog).getByRole('checkbox', { name: 'Keep my rules' });
    expect(keep).toBeChecked();
    expect(keep).toHaveAccessibleDescription(
      '2 tools have a rule in the draft (its own or a pattern’s). Kept, they stay as written and only the other tools get the recommended rule.',
    );
    expect(dialog).toHaveTextContent('Default decision: allow → deny');
    expect(buckets(dialog)).toEqual([
      'Allow2 tools (unchanged)',
      'Approval1 tool',
      'Deny2 tools (unchanged)',
      'Hide1 tool (unchanged)',
    ]);
    expect(moves(dialog)).toEqual(['1 tool Allow → Approval']);

    await user.click(keep);
    expect(buckets(dialog)).toEqual([
      'Allow3 tools (2 unchanged)',
      'Approval2 tools',
      'Deny0 tools',
      'Hide1 tool (unchanged)',
    ]);
    expect(moves(dialog)).toEqual([
      '1 tool Deny → Allow',
      '1 tool Allow → Approval',
      '1 tool Deny → Approval',
    ]);
    const denyToApproval = within(dialog).getByText('1 tool Deny → Approval').closest('details');
    expect(within(denyToApproval as HTMLElement).getByText('transfer_funds')).toBeInTheDocument();
  });

  it('"Keep my rules" keeps a deliberate deny; one toast undoes the whole apply', async () => {
    const user = userEvent.setup();
    loadTools(TOOLS);
    setPolicy(DRAFT);
    const before = usePolicyStore.getState().text;
    render(<ApplyRecommended />);
    const dialog = await openPreview(user);
    await user.click(within(dialog).getByRole('button', { name: 'Apply' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    const applied = storedPolicy();
    expect(applied.default).toBe('deny');
    expect(applied.tools.get_user).toEqual({ action: 'deny' });
    expect(applied.tools.transfer_funds).toEqual({ action: 'deny' });
    expect(Object.keys(applied.tools)).toEqual([
      'get_user',
      'transfer_funds',
      'list_users',
      'cache_set',
      'drop_table',
    ]);

    const toasts = useToasts.getState().toasts;
    expect(toasts.map((t) => t.title)).toEqual([
      'Applied the recommended policy to 4 tools without a rule; the others kept theirs.',
    ]);
    act(() => toasts[0]?.action?.onAction());
    expect(usePolicyStore.getState().text).toBe(before);
  });

  it('applies at once, without a dialog, to a draft with no rules', async () => {
    const user = userEvent.setup();
    loadTools(TOOLS);
    render(<ApplyRecommended />);
    await user.click(screen.getByRole('button', { name: 'Apply recommended policy' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(Object.keys(storedPolicy().tools)).toHaveLength(TOOLS.length);
    expect(useToasts.getState().toasts.map((t) => t.title)).toEqual([
      'Applied the recommended policy to 6 tools.',
    ]);
  });
});
