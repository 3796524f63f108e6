import type { editor as MonacoEditor } from 'monaco-editor/editor';

type TextModel = MonacoEditor.ITextModel;

// What each model was last seen to hold, at which version: reading a 1 MB text out of Monaco
// (`getValue`) costs milliseconds, and the store's text is checked against the model on every
// edit, by more than one hook.
const seen = new WeakMap<TextModel, { version: number; text: string }>();

/** Remembers that `model` holds `text` at its current version. */
export function noteModelText(model: TextModel, text: string): void {
  seen.set(model, { version: model.getVersionId(), text });
}

/** The model's text: the one noted at its current version, else read out of it (and noted). */
export function modelText(model: TextModel): string {
  const known = seen.get(model);
  if (known !== undefined && known.version === model.getVersionId()) return known.text;
  const text = model.getValue();
  noteModelText(model, text);
  return text;
}

/** True when `model` holds exactly `text`. */
export function modelHolds(model: TextModel, text: string): boolean {
  const known = modelText(model);
  return known.length === text.length && known === text;
}
