import { act, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Workspace } from '../../src/app/Workspace';
import { useUiStore } from '../../src/state/uiStore';
import { resetStore } from './editorState';

beforeEach(() => {
  resetStore();
});

describe('Workspace', () => {
  it('switches between the Rules and Simulate views with tabs', () => {
    const { container } = render(<Workspace />);
    const main = container.querySelector('main');
    expect(main).toHaveAttribute('data-view', 'rules');
    expect(screen.getByRole('tab', { name: 'Rules' })).toHaveAttribute('aria-selected', 'true');
    act(() => screen.getByRole('tab', { name: 'Simulate' }).click());
    expect(main).toHaveAttribute('data-view', 'simulate');
    expect(screen.getByRole('region', { name: 'Simulator' })).toBeInTheDocument();
  });

  it('shows the rule tab on a narrow screen when a tool is picked', () => {
    const { container } = render(<Workspace />);
    const main = container.querySelector('main');
    expect(main).toHaveAttribute('data-narrow-tab', 'tools');
    act(() => useUiStore.getState().select('cache_set'));
    expect(main).toHaveAttribute('data-narrow-tab', 'rule');
  });
});

describe('Workspace on a narrow screen', () => {
  beforeEach(() => {
    vi.stubGlobal('matchMedia', (query: string) => ({
      matches: query === '(max-width: 900px)',
      media: query,
      addEventListener: () => {},
      removeEventListener: () => {},
    }));
  });
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  const selectedTab = () =>
    screen
      .getAllByRole('tab')
      .filter((t) => t.getAttribute('aria-selected') === 'true')
      .map((t) => t.textContent);

  it('has one tab bar with a tab per pane, and moves between them', () => {
    const { container } = render(<Workspace />);
    const main = container.querySelector('main');
    expect(screen.getAllByRole('tablist')).toHaveLength(1);
    expect(screen.getAllByRole('tab').map((t) => t.textContent)).toEqual([
      'Tools',
      'Rule',
      'JSON',
      'Simulate',
    ]);
    expect(selectedTab()).toEqual(['Tools']);
    act(() => useUiStore.getState().select('cache_set'));
    expect(selectedTab()).toEqual(['Rule']);
    act(() => screen.getByRole('tab', { name: 'JSON' }).click());
    expect(selectedTab()).toEqual(['JSON']);
    expect(main).toHaveAttribute('data-narrow-tab', 'json');
    act(() => screen.getByRole('tab', { name: 'Simulate' }).click());
    expect(selectedTab()).toEqual(['Simulate']);
    expect(main).toHaveAttribute('data-view', 'simulate');
    expect(main).not.toHaveAttribute('data-narrow-tab', 'json');
    act(() => screen.getByRole('tab', { name: 'Tools' }).click());
    expect(selectedTab()).toEqual(['Tools']);
    expect(main).toHaveAttribute('data-view', 'rules');
    expect(main).toHaveAttribute('data-narrow-tab', 'tools');
  });
});
