import { act, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { App } from '../../src/app/App';
import { formatPolicy, setDecision } from '../../src/core';
import {
  DRAFT_KEY,
  readDraft,
  restoreDraft,
  SET_ASIDE_KEY,
  startAutosave,
} from '../../src/state/persistence';
import { INITIAL_TEXT, usePolicyStore } from '../../src/state/policyStore';
import { loadTools, policy, resetStore, TOOLS } from './editorState';

beforeEach(() => {
  resetStore();
});
afterEach(() => {
  vi.useRealTimers();
});

const state = () => usePolicyStore.getState();

describe('draft persistence', () => {
  it('saves text, tools and server name after a pause, and restores them', () => {
    vi.useFakeTimers();
    const stop = startAutosave(localStorage, 400);
    loadTools(TOOLS.slice(0, 2), 'aws');
    act(() => state().editPolicy((p) => setDecision(p, 'get_user', 'deny')));
    expect(localStorage.getItem(DRAFT_KEY)).toBeNull();
    vi.advanceTimersByTime(400);
    const saved = JSON.parse(localStorage.getItem(DRAFT_KEY) ?? 'null') as Record<string, unknown>;
    expect(Object.keys(saved).sort()).toEqual([
      'baseline',
      'serverName',
      'text',
      'tools',
      'version',
    ]);
    expect(saved.serverName).toBe('aws');
    stop();

    resetStore();
    expect(state().text).toBe(INITIAL_TEXT);
    restoreDraft(localStorage);
    expect(state().text).toBe(formatPolicy(policy({ tools: { get_user: { action: 'deny' } } })));
    expect(state().tools.map((t) => t.name)).toEqual(['get_user', 'list_users']);
    expect(state().tools[0]?.inputSchema).toEqual(TOOLS[0]?.inputSchema);
    expect(state().serverName).toBe('aws');
    expect(state().notice).toBeNull();
  });

  it('saves at once when the page is hidden', () => {
    vi.useFakeTimers();
    const stop = startAutosave(localStorage, 10_000);
    act(() => state().editPolicy((p) => setDecision(p, 'x', 'hide')));
    window.dispatchEvent(new Event('pagehide'));
    expect(readDraft(localStorage)).toEqual({
      kind: 'draft',
      draft: { text: state().text, tools: [], serverName: null, baseline: state().baseline },
    });
    stop();
  });

  it('keeps the baseline across a reload, so an edited import still counts as unsaved', () => {
    vi.useFakeTimers();
    const stop = startAutosave(localStorage, 10_000);
    const imported = formatPolicy(policy({ tools: { get_user: {} } }));
    act(() => state().setText(imported, 'import'));
    act(() => state().setBaseline(imported));
    act(() => state().editPolicy((p) => setDecision(p, 'get_user', 'deny')));
    window.dispatchEvent(new Event('pagehide'));
    stop();
    const edited = state().text;
    resetStore();
    restoreDraft(localStorage);
    expect(state().text).toBe(edited);
    expect(state().baseline).toBe(imported);
  });

  it.each([
    ['not JSON', '{"text": '],
    ['a foreign value', '{"theme": "dark"}'],
    ['an unknown version', '{"version": 2, "text": "", "tools": [], "serverName": null}'],
    ['a bad tool list', '{"version": 1, "text": "", "tools": [{"nam": 1}], "serverName": null}'],
  ])('sets %s aside with a notice instead of failing', (_, raw) => {
    localStorage.setItem(DRAFT_KEY, raw);
    restoreDraft(localStorage);
    expect(localStorage.getItem(DRAFT_KEY)).toBeNull();
    expect(localStorage.getItem(SET_ASIDE_KEY)).toBe(raw);
    expect(state().text).toBe(INITIAL_TEXT);
    render(<App />);
    expect(
      screen.getByText(
        `The saved draft could not be read, so it was set aside under the browser storage key "${SET_ASIDE_KEY}". The editor starts empty.`,
      ),
    ).toBeInTheDocument();
  });

  it('restores an invalid text as it was (the forms go read-only)', () => {
    localStorage.setItem(
      DRAFT_KEY,
      JSON.stringify({ version: 1, text: '{"version": ', tools: [], serverName: null }),
    );
    restoreDraft(localStorage);
    expect(state().text).toBe('{"version": ');
    expect(state().valid).toBe(false);
  });

  it('says so once when the storage refuses the draft', () => {
    vi.useFakeTimers();
    const full = {
      ...localStorage,
      getItem: () => null,
      setItem: () => {
        throw new DOMException('full', 'QuotaExceededError');
      },
      removeItem: () => {},
    } as unknown as Storage;
    const stop = startAutosave(full, 10);
    act(() => state().editPolicy((p) => setDecision(p, 'x', 'deny')));
    act(() => vi.advanceTimersByTime(10));
    expect(state().notice).toBe(
      'The draft is too large for this browser’s storage and is not saved; download it to keep it.',
    );
    stop();
  });
});
