import { act } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { formatPolicy, setDecision, setDefault } from '../../src/core';
import { INITIAL_TEXT, usePolicyStore } from '../../src/state/policyStore';
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
    expect(state().undoStack).toHaveLength(2);
    act(() => state().undo());
    expect(storedPolicy()).toEqual(policy({ tools: { a: { action: 'deny' } } }));
    act(() => state().undo());
    expect(state().text).toBe(INITIAL_TEXT);
    act(() => state().undo());
    expect(state().text).toBe(INITIAL_TEXT);
    act(() => state().redo());
    act(() => state().redo());
    expect(storedPolicy()).toEqual(policy({ default: 'allow', tools: { a: { action: 'deny' } } }));
    expect(state().redoStack).toEqual([]);
  });

  it('a new edit after undo drops the redo stack', () => {
    act(() => state().editPolicy((p) => setDefault(p, 'allow')));
    act(() => state().undo());
    act(() => state().editPolicy((p) => setDecision(p, 'b', 'hide')));
    expect(state().redoStack).toEqual([]);
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
    act(() => state().setRowSelection(['a', 'b']));
    expect(state().rowSelection).toEqual(['a', 'b']);
    act(() => state().editPolicy((p) => setDefault(p, 'allow')));
    const text = formatPolicy(policy({ tools: { get_user: {} } }));
    act(() => state().restoreDraft({ text, tools: TOOLS, serverName: 'saved', baseline: text }));
    expect(state().text).toBe(text);
    expect(state().valid).toBe(true);
    expect(state().policy.tools).toEqual({ get_user: {} });
    expect(state().serverName).toBe('saved');
    expect(state().baseline).toBe(text);
    expect(state().undoStack).toEqual([]);
  });

  it('checks rules against the loaded tools', () => {
    act(() => state().setText(formatPolicy(policy({ tools: { nope: {} } })), 'import'));
    expect(state().findings).toEqual([]);
    loadTools(TOOLS);
    expect(state().findings.map((f) => f.severity)).toEqual(['warning']);
  });
});
