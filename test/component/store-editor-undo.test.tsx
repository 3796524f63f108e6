import { act } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { setDefault } from '../../src/core';
import { INITIAL_TEXT, redoTexts, undoTexts, usePolicyStore } from '../../src/state/policyStore';
import { resetStore } from './editorState';

beforeEach(() => {
  resetStore();
});

const state = () => usePolicyStore.getState();

describe('undo in the editor and undo in the app stay one history', () => {
  it('Ctrl+Z in Monaco over a form edit steps the app history back, and Ctrl+Y forward', () => {
    act(() => state().editPolicy((p) => setDefault(p, 'allow')));
    const edited = state().text;
    expect(undoTexts(state())).toEqual([INITIAL_TEXT]);

    // Monaco's own undo reports the previous text as an editor change.
    act(() => state().setText(INITIAL_TEXT, 'editor'));
    expect(undoTexts(state())).toEqual([]);
    expect(redoTexts(state())).toEqual([edited]);
    expect(state().policy.default).toBe('deny');

    act(() => state().setText(edited, 'editor'));
    expect(undoTexts(state())).toEqual([INITIAL_TEXT]);
    expect(redoTexts(state())).toEqual([]);
    expect(state().policy.default).toBe('allow');
  });

  it('plain typing leaves the app history alone', () => {
    act(() => state().editPolicy((p) => setDefault(p, 'allow')));
    const typed = state().text.replace('"allow"', '"deny" ');
    act(() => state().setText(typed, 'editor'));
    expect(undoTexts(state())).toEqual([INITIAL_TEXT]);
    expect(state().text).toBe(typed);
  });
});
