import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Tool } from '../../src/core';
import { useUiStore } from '../../src/state/uiStore';
import { ToolsPane } from '../../src/tools/ToolsPane';
import { useToasts } from '../../src/ui/toasts';
import { loadTools, policy, resetStore, setPolicy, storedPolicy, TOOLS } from './editorState';

beforeAll(() => {
  // jsdom has no scrolling; the virtualizer only needs the call to exist.
  Element.prototype.scrollTo = function scrollTo() {};
});

beforeEach(() => {
  resetStore();
  useUiStore.setState({ groupByPrefix: null, collapsedGroups: [] });
  useToasts.setState({ toasts: [] });
});

const GROUPED: Tool[] = [
  { name: 'svc1_get', description: 'alpha' },
  { name: 'echo', description: 'alpha' },
  { name: 'svc1_put', description: 'alpha' },
  { name: 'svc2_get', description: 'beta' },
  { name: 'svc1_drop', description: 'beta' },
  { name: 'svc2_put', description: 'beta' },
  { name: 'lone_tool', description: 'beta' },
];

function groupToggle(label: string): HTMLElement {
  return screen.getByRole('button', { name: new RegExp(`^${label} \\d+ tools?$`) });
}

function checkedIn(name: string): string[] {
  return within(screen.getByRole('radiogroup', { name }))
    .getAllByRole('radio')
    .filter((r) => (r as HTMLInputElement).checked)
    .map((r) => r.getAttribute('aria-label') ?? r.closest('label')?.textContent ?? '');
}

function chips(label: string): string[] {
  return within(screen.getByRole('list', { name: `Decisions in ${label}` }))
    .getAllByRole('listitem')
    .map((li) => li.textContent ?? '');
}

function rowNames(): string[] {
  return Array.from(document.querySelectorAll('.tool-row .tool-name')).map(
    (b) => b.textContent ?? '',
  );
}

async function groupOn(user: ReturnType<typeof userEvent.setup>): Promise<void> {
  const box = screen.getByRole('checkbox', { name: 'Group by prefix' });
  expect(box).not.toBeChecked();
  await user.click(box);
}

describe('groups by name prefix', () => {
  it('starts grouped from 50 tools, not below, and remembers the choice', async () => {
    const user = userEvent.setup();
    loadTools(TOOLS);
    const { unmount } = render(<ToolsPane />);
    expect(screen.getByRole('checkbox', { name: 'Group by prefix' })).not.toBeChecked();
    expect(screen.queryByRole('button', { expanded: true })).toBeNull();
    unmount();

    loadTools(Array.from({ length: 60 }, (_, i) => ({ name: `svc${i % 3}_tool${i}` })));
    const second = render(<ToolsPane />);
    const box = screen.getByRole('checkbox', { name: 'Group by prefix' });
    expect(box).toBeChecked();
    expect(groupToggle('svc0_')).toHaveAttribute('aria-expanded', 'true');
    expect(groupToggle('svc0_')).toHaveTextContent('svc0_20 tools');
    await user.click(box);
    expect(useUiStore.getState().groupByPrefix).toBe(false);
    second.unmount();
    render(<ToolsPane />);
    expect(screen.getByRole('checkbox', { name: 'Group by prefix' })).not.toBeChecked();
    expect(screen.queryByRole('button', { name: /^svc0_ 20 tools$/ })).toBeNull();
    expect(screen.getByRole('button', { name: 'svc0_tool0' })).toBeInTheDocument();
  });

  it('lists the tools under their prefix, the rest under Other, with counts per decision', async () => {
    const user = userEvent.setup();
    loadTools(GROUPED);
    setPolicy(policy({ tools: { svc1_get: { action: 'deny' }, svc1_put: {} } }));
    render(<ToolsPane />);
    await groupOn(user);
    expect(rowNames()).toEqual([
      'svc1_get',
      'svc1_put',
      'svc1_drop',
      'svc2_get',
      'svc2_put',
      'echo',
      'lone_tool',
    ]);
    expect(groupToggle('svc1_')).toHaveTextContent('svc1_3 tools');
    expect(groupToggle('Other')).toHaveTextContent('Other2 tools');
    expect(chips('svc1_')).toEqual(['Default 1', 'Allow 1', 'Deny 1']);
    expect(chips('svc2_')).toEqual(['Default 2']);
    // Mixed: no segment chosen, and the header says so.
    expect(checkedIn('Decision for group svc1_')).toEqual([]);
    const header = groupToggle('svc1_').closest('[role="listitem"]') as HTMLElement;
    expect(within(header).getByText('Mixed')).toBeInTheDocument();
    expect(checkedIn('Decision for group svc2_')).toEqual(['Default']);
  });

  it('sets a decision for the shown tools of a group as one undo step with one toast', async () => {
    const user = userEvent.setup();
    loadTools(GROUPED);
    render(<ToolsPane />);
    await groupOn(user);
    await user.type(screen.getByRole('searchbox', { name: 'Search tools' }), 'alpha');
    // A group none of whose tools pass the search is not shown.
    expect(screen.queryByRole('button', { name: /^svc2_ / })).toBeNull();
    expect(groupToggle('svc1_')).toHaveTextContent('svc1_2 tools');

    const group = screen.getByRole('radiogroup', { name: 'Decision for group svc1_' });
    await user.click(within(group).getByRole('radio', { name: 'Deny' }));
    expect(storedPolicy().tools).toEqual({
      svc1_get: { action: 'deny' },
      svc1_put: { action: 'deny' },
    });
    expect(checkedIn('Decision for group svc1_')).toEqual(['Deny']);
    const header = groupToggle('svc1_').closest('[role="listitem"]') as HTMLElement;
    expect(within(header).queryByText('Mixed')).toBeNull();

    const toasts = useToasts.getState().toasts;
    expect(toasts.map((t) => t.title)).toEqual(['Set 2 tools to Deny.']);
    act(() => toasts[0]?.action?.onAction());
    expect(storedPolicy().tools).toEqual({});
  });

  it('folds and unfolds a group from the keyboard; arrows move between headers and rows', async () => {
    const user = userEvent.setup();
    loadTools(GROUPED);
    render(<ToolsPane />);
    await groupOn(user);
    const svc1 = groupToggle('svc1_');
    svc1.focus();
    await user.keyboard('{Enter}');
    expect(svc1).toHaveAttribute('aria-expanded', 'false');
    expect(rowNames()).not.toContain('svc1_get');
    expect(svc1).toHaveFocus();

    await user.keyboard('{ArrowDown}');
    expect(groupToggle('svc2_')).toHaveFocus();
    await user.keyboard('{ArrowDown}');
    expect(screen.getByRole('button', { name: 'svc2_get' })).toHaveFocus();
    await user.keyboard('{ArrowUp}{ArrowUp}');
    expect(svc1).toHaveFocus();

    await user.keyboard('{ArrowRight}');
    expect(svc1).toHaveAttribute('aria-expanded', 'true');
    expect(rowNames()).toContain('svc1_get');
    await user.keyboard('{ArrowLeft}');
    expect(svc1).toHaveAttribute('aria-expanded', 'false');
    await user.keyboard(' ');
    expect(svc1).toHaveAttribute('aria-expanded', 'true');
  });
});
