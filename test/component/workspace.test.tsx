import { act, render, screen } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
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
