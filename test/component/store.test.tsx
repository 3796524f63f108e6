import { act } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { formatPolicy, setDecision, setDefault } from '../../src/core';
import { INITIAL_TEXT, redoTexts, undoTexts, usePolicyStore } from '../../src/state/policyStore';
import { EMPTY_HISTORY, historyCost, pushStep } from '../../src/state/history';
import { useUiStore } from '../../src/state/uiStore';
import { loadTools, policy, resetStore, storedPolicy, TOOLS } from './editorState';

beforeEach(() => {
  resetStore();
});

const state = () => usePolicyStore.getState();

describe('policy store', () => {
  it('turns an edit into text, and undo/redo walk it back and forth', () => {
    act(() => state().editPolicy((p) => setDecision(p, 'a', 'deny')));
    act(() => state().editPolicy((p) => setDefault(p, 'allow')));
    expect(storedPolicy()).toEqual(policy({ default: 'allow', tools: { a: { action: 'deny' } } }));
    expect(undoTexts(state())).toHaveLength(2);
    act(() => state().undo());
    expect(storedPolicy()).toEqual(policy({ tools: { a: { action: 'deny' } } }));
    act(() => state().undo());
    expect(state().text).toBe(INITIAL_TEXT);
    act(() => state().undo());
    expect(state().text).toBe(INITIAL_TEXT);
    act(() => state().redo());
    act(() => state().redo());
    expect(storedPolicy()).toEqual(policy({ default: 'allow', tools: { a: { action: 'deny' } } }));
    expect(redoTexts(state())).toEqual([]);
  });

  it('a new edit after undo drops the redo stack', () => {
    act(() => state().editPolicy((p) => setDefault(p, 'allow')));
    act(() => state().undo());
    act(() => state().editPolicy((p) => setDecision(p, 'b', 'hide')));
    expect(redoTexts(state())).toEqual([]);
    expect(storedPolicy()).toEqual(policy({ hide: ['b'] }));
  });

  it('ignores form edits while the text is invalid, and keeps the last valid policy', () => {
    act(() => state().editPolicy((p) => setDefault(p, 'allow')));
    act(() => state().setText('{"version": "1"', 'editor'));
    expect(state().valid).toBe(false);
    expect(state().policy.default).toBe('allow');
    act(() => state().editPolicy((p) => setDecision(p, 'x', 'deny')));
    expect(state().text).toBe('{"version": "1"');
  });

  it('holds the row selection and restores a draft without undo history', () => {
    act(() => useUiStore.getState().setRowSelection(['a', 'b']));
    expect(useUiStore.getState().rowSelection).toEqual(['a', 'b']);
    act(() => state().editPolicy((p) => setDefault(p, 'allow')));
    const text = formatPolicy(policy({ tools: { get_user: {} } }));
    act(() => state().restoreDraft({ text, tools: TOOLS, serverName: 'saved', baseline: text }));
    expect(state().text).toBe(text);
    expect(state().valid).toBe(true);
    expect(state().policy.tools).toEqual({ get_user: {} });
    expect(state().serverName).toBe('saved');
    expect(state().baseline).toBe(text);
    expect(undoTexts(state())).toEqual([]);
  });

  it('checks rules against the loaded tools', () => {
    act(() => state().setText(formatPolicy(policy({ tools: { nope: {} } })), 'import'));
    expect(state().findings).toEqual([]);
    loadTools(TOOLS);
    expect(state().findings.map((f) => f.severity)).toEqual(['warning']);
  });
});

describe('undo bounded by memory', () => {
  it('keeps every form edit of a large policy in far less than one copy of its text', () => {
    const tools = Object.fromEntries(
      Array.from({ length: 2_000 }, (_, i) => [`tool_${i}`, { action: 'allow' as const }]),
    );
    const big = formatPolicy(policy({ tools }));
    act(() => state().setText(big, 'import'));
    const texts = [state().text];
    for (let i = 0; i < 40; i++) {
      act(() => state().editPolicy((p) => setDecision(p, `tool_${i * 7}`, 'deny')));
      texts.push(state().text);
    }
    // 40 whole texts would be 40 × the text; the steps hold only what changed (and the import).
    expect(historyCost(state().undoStack)).toBeLessThan(big.length / 4 + INITIAL_TEXT.length);
    expect(undoTexts(state())).toEqual([INITIAL_TEXT, ...texts.slice(0, -1)]);
    for (let i = 40; i > 0; i--) {
      act(() => state().undo());
      expect(state().text).toBe(texts[i - 1]);
    }
    for (let i = 1; i <= 40; i++) {
      act(() => state().redo());
      expect(state().text).toBe(texts[i]);
    }
  });

  it('drops the oldest steps past the budget, and always keeps the newest', () => {
    let history = EMPTY_HISTORY;
    history = pushStep(history, { offset: 0, length: 0, content: 'a'.repeat(100) }, 'x', 400);
    history = pushStep(history, { offset: 0, length: 0, content: 'b'.repeat(100) }, 'x', 400);
    history = pushStep(history, { offset: 0, length: 0, content: 'c'.repeat(100) }, 'x', 400);
    expect(history.steps.map((s) => s.content[0])).toEqual(['b', 'c']);
    history = pushStep(history, { offset: 0, length: 0, content: 'd'.repeat(1000) }, 'x', 400);
    expect(history.steps.map((s) => s.content[0])).toEqual(['d']);
    expect(historyCost(history)).toBe(1000 + 64);
  });
});
