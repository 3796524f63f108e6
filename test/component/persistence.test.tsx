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
import { restoreScenario, SCENARIO_KEY } from '../../src/simulator/scenarioPersistence';
import { INITIAL_TEXT, usePolicyStore } from '../../src/state/policyStore';
import { lastNotice, loadTools, policy, resetStore, TOOLS } from './editorState';

beforeEach(() => {
  resetStore();
});
afterEach(() => {
  vi.useRealTimers();
});

const state = () => usePolicyStore.getState();

describe('draft persistence', () => {
  it('waits for two seconds of quiet before saving a large draft, and saves at once on leaving', () => {
    vi.useFakeTimers();
    const stop = startAutosave(localStorage, 400);
    loadTools(
      Array.from({ length: 1500 }, (_, i) => ({ name: `tool_${i}` })),
      'big',
    );
    act(() => state().editPolicy((p) => setDecision(p, 'tool_1', 'deny')));
    vi.advanceTimersByTime(400);
    expect(localStorage.getItem(DRAFT_KEY)).toBeNull();
    vi.advanceTimersByTime(1600);
    expect(readDraft(localStorage)).toMatchObject({ kind: 'draft' });
    localStorage.clear();
    act(() => state().editPolicy((p) => setDecision(p, 'tool_2', 'deny')));
    window.dispatchEvent(new Event('pagehide'));
    expect(localStorage.getItem(DRAFT_KEY)).toContain('tool_2');
    stop();
  });

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
    expect(lastNotice()).toBeNull();
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
    expect(lastNotice()).toBe(
      'The draft is too large for this browser’s storage and is not saved; download it to keep it.',
    );
    stop();
  });
});

/** Local storage that refuses to grow past `quota` characters (keys and values), like a full one. */
function quotaStorage(quota: number, items: Record<string, string> = {}): Storage {
  const map = new Map(Object.entries(items));
  const size = () => [...map].reduce((n, [k, v]) => n + k.length + v.length, 0);
  return {
    get length() {
      return map.size;
    },
    key: (i: number) => [...map.keys()][i] ?? null,
    getItem: (key: string) => map.get(key) ?? null,
    setItem: (key: string, value: string) => {
      const grown = size() - (map.get(key)?.length ?? -key.length) + value.length;
      if (grown > quota) throw new DOMException('full', 'QuotaExceededError');
      map.set(key, value);
    },
    removeItem: (key: string) => void map.delete(key),
    clear: () => map.clear(),
  };
}

describe('a saved draft is never lost', () => {
  it('never overwrites an unreadable draft that storage is too full to set aside', () => {
    vi.useFakeTimers();
    const raw = `{"version": 1, "text": ${'x'.repeat(200)}`;
    const full = quotaStorage(DRAFT_KEY.length + raw.length, { [DRAFT_KEY]: raw });
    restoreDraft(full);
    const stop = startAutosave(full, 10);
    act(() => state().editPolicy((p) => setDecision(p, 'x', 'deny')));
    act(() => vi.advanceTimersByTime(10));
    window.dispatchEvent(new Event('pagehide'));
    stop();
    expect(full.getItem(DRAFT_KEY)).toBe(raw);
    render(<App />);
    expect(screen.getByRole('alert')).toHaveTextContent(
      'The saved draft could not be read, and the browser storage is too full to set it aside. It was left as it was, and changes are not saved',
    );
    expect(screen.getByRole('button', { name: 'Download the unreadable draft' })).toBeVisible();
  });

  it('shows every startup notice: a broken draft and a broken scenario', () => {
    localStorage.setItem(DRAFT_KEY, '{"text": ');
    localStorage.setItem(SCENARIO_KEY, 'not a scenario');
    restoreDraft(localStorage);
    restoreScenario(localStorage);
    render(<App />);
    expect(screen.getByText(/The saved draft could not be read/)).toBeInTheDocument();
    expect(screen.getByText(/The saved simulator scenario could not be read/)).toBeInTheDocument();
    expect(screen.getAllByRole('button', { name: 'Dismiss notice' })).toHaveLength(2);
  });

  // Built as text: JSON.stringify itself runs out of stack at this depth.
  const deep = `${'{"a":'.repeat(20_000)}1${'}'.repeat(20_000)}`;
  it.each([
    ['its text', JSON.stringify(deep), '[]'],
    ['its tool list', JSON.stringify(INITIAL_TEXT), `[{"name":"deep","inputSchema":${deep}}]`],
  ])('keeps a draft nested 20,000 levels deep in %s, with a clear message', (_, text, tools) => {
    vi.useFakeTimers();
    const raw = `{"version":1,"serverName":null,"tools":${tools},"text":${text}}`;
    localStorage.setItem(DRAFT_KEY, raw);
    restoreDraft(localStorage);
    const stop = startAutosave(localStorage, 10);
    act(() => state().editPolicy((p) => setDecision(p, 'x', 'deny')));
    act(() => vi.advanceTimersByTime(10));
    stop();
    const restored = state().text === JSON.parse(text);
    if (restored) {
      // Read back whole: the autosave keeps the same draft (plus the edit, if any was possible).
      expect(state().tools).toHaveLength(tools === '[]' ? 0 : 1);
    } else {
      expect(localStorage.getItem(SET_ASIDE_KEY)).toBe(raw);
      expect(lastNotice()).toMatch(/could not be read, so it was set aside/);
    }
  });
});
