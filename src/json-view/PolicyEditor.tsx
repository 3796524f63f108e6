import { Editor } from '@monaco-editor/react';
import type { editor as MonacoEditor } from 'monaco-editor/editor';
import { useEffect, useMemo, useState } from 'react';
import { usePolicyStore } from '../state/policyStore';
import { editorTheme, POLICY_MODEL_PATH, setPolicySchema } from '../ui/monacoSetup';
import { PlainTextView } from './PlainTextView';
import { useColorScheme } from '../ui/useColorScheme';
import { useReviewInEditor } from './reviewInEditor';
import { useSelectedRuleHighlight } from './selectedRuleHighlight';
import { usePolicyEditorSync } from './usePolicyEditorSync';

const OPTIONS: MonacoEditor.IStandaloneEditorConstructionOptions = {
  ariaLabel: 'Policy JSON editor',
  minimap: { enabled: false },
  scrollBeyondLastLine: false,
  fixedOverflowWidgets: true,
  fontSize: 13,
  tabSize: 2,
  renderValidationDecorations: 'on',
  // The default 'dimmed' final line number fails colour contrast (axe: serious).
  renderFinalNewline: 'on',
  quickSuggestions: { strings: true, other: true, comments: false },
};

// Replaces the wrapper's own inline style: it fills the region, whatever the layout around it.
const WRAPPER = { style: { position: 'absolute', inset: 0, display: 'flex' } };

/** The Monaco editor of the policy text (loaded lazily: see JsonPane). */
export default function PolicyEditor() {
  const scheme = useColorScheme();
  const tools = usePolicyStore((s) => s.tools);
  const toolNames = useMemo(() => tools.map((t) => t.name), [tools]);
  const [initialText] = useState(() => usePolicyStore.getState().text);
  const [editor, setEditor] = useState<MonacoEditor.IStandaloneCodeEditor | null>(null);

  useEffect(() => setPolicySchema(toolNames), [toolNames]);
  usePolicyEditorSync(editor);
  useReviewInEditor(editor);
  useSelectedRuleHighlight(editor);

  return (
    <Editor
      className="policy-editor"
      defaultValue={initialText}
      defaultLanguage="json"
      path={POLICY_MODEL_PATH}
      theme={editorTheme(scheme)}
      options={OPTIONS}
      loading={<PlainTextView />}
      wrapperProps={WRAPPER}
      onMount={(mounted) => setEditor(mounted)}
    />
  );
}
