// Loaded lazily (see ChangesDialog): importing the Monaco setup makes DiffEditor use the bundled
// Monaco, configured as the JSON view's editor is.
import { bindEditorServicesToPage, editorTheme } from '../ui/monacoSetup';
import { DiffEditor } from '@monaco-editor/react';
import type { editor } from 'monaco-editor/editor';
import { useColorScheme } from '../ui/useColorScheme';

const OPTIONS: editor.IDiffEditorConstructionOptions = {
  readOnly: true,
  originalEditable: false,
  renderSideBySide: true,
  useInlineViewWhenSpaceIsLimited: true,
  minimap: { enabled: false },
  scrollBeyondLastLine: false,
  fontSize: 13,
  originalAriaLabel: 'Policy as imported or loaded',
  modifiedAriaLabel: 'Current draft',
};

/** The baseline (left) against the draft (right), read-only. */
export default function ChangesDiff({
  original,
  modified,
}: {
  original: string;
  modified: string;
}) {
  const scheme = useColorScheme();
  return (
    <DiffEditor
      original={original}
      modified={modified}
      language="json"
      theme={editorTheme(scheme)}
      onMount={bindEditorServicesToPage}
      options={OPTIONS}
      height="100%"
      loading={<p className="hint">Loading the diff…</p>}
    />
  );
}
