/**
 * Monaco, bundled and configured for this app. Import this module only from lazily loaded
 * views (the JSON editor, the "Changes" diff): it is large. Importing it makes @monaco-editor/react's <Editor> and
 * <DiffEditor> use this bundled copy instead of fetching one from a CDN.
 */
import { loader } from '@monaco-editor/react';
import * as monaco from 'monaco-editor/editor';
import EditorWorker from 'monaco-editor/editor/editor.worker?worker';
import 'monaco-editor/features/register.all';
import JsonWorker from 'monaco-editor/languages/features/json/json.worker?worker';
import { jsonDefaults } from 'monaco-editor/languages/features/json/register';
import { policyEditorSchema } from './editorSchema';

globalThis.MonacoEnvironment = {
  getWorker: (_workerId, label) => (label === 'json' ? new JsonWorker() : new EditorWorker()),
};

// Must run before the first editor mounts, or the loader fetches Monaco from a CDN.
loader.config({ monaco });

/** The policy document's model; the JSON Schema applies to this path only. */
export const POLICY_MODEL_PATH = 'inmemory://model/policy.json';

/** Owner of the markers made from the store's findings. */
export const POLICY_MARKER_OWNER = 'policy';

const SCHEMA_URI = 'inmemory://schema/policy.schema.json';

// Markers come from parsePolicy's findings alone: Monaco's JSON worker would add a second,
// different set (its syntax errors, and schema checks that do not know the shorthand).
// Colour swatches and the symbol outline are of no use in a policy, and each asks the worker
// again after every change: at 5,000 rules their answers took about 140 ms of the main thread
// per edit. Folding, completion, hover and selection ranges stay.
jsonDefaults.setModeConfiguration({
  ...jsonDefaults.modeConfiguration,
  diagnostics: false,
  colors: false,
  documentSymbols: false,
});

// Editor backgrounds match the app's (styles.css --bg); everything else is Monaco's own theme.
// Numbers a shade darker than Monaco's #098658 (4.6:1 on white): they keep 4.5:1 on the tint
// that marks the selected rule (json-view/selectedRuleHighlight.ts).
monaco.editor.defineTheme('policy-light', {
  base: 'vs',
  inherit: true,
  rules: [{ token: 'number', foreground: '07704a' }],
  colors: { 'editor.background': '#ffffff' },
});
monaco.editor.defineTheme('policy-dark', {
  base: 'vs-dark',
  inherit: true,
  rules: [],
  colors: { 'editor.background': '#0f0f12' },
});

/** The Monaco theme for the system's color scheme (see useColorScheme). */
export function editorTheme(scheme: 'light' | 'dark'): string {
  return scheme === 'dark' ? 'policy-dark' : 'policy-light';
}

let schemaToolNames: readonly string[] | null = null;

/** Gives the editor's completion and hover the policy schema, with these tool names as keys. */
export function setPolicySchema(toolNames: readonly string[]): void {
  const same =
    schemaToolNames !== null &&
    schemaToolNames.length === toolNames.length &&
    schemaToolNames.every((name, i) => name === toolNames[i]);
  if (same) return; // a new schema restarts the JSON worker
  schemaToolNames = [...toolNames];
  jsonDefaults.setDiagnosticsOptions({
    validate: false,
    allowComments: false,
    enableSchemaRequest: false,
    schemaRequest: 'ignore',
    schemaValidation: 'ignore',
    schemas: [
      { uri: SCHEMA_URI, fileMatch: [POLICY_MODEL_PATH], schema: policyEditorSchema(toolNames) },
    ],
  });
}

setPolicySchema([]);

export { monaco };

/**
 * Monaco keeps one page-wide hover factory and code-block renderer, bound to the services of the
 * editor built last. A diff editor's inner editors bind them to the diff editor's own services,
 * which die with it: afterwards the JSON view's completion list throws "InstantiationService has
 * been disposed" and shows an empty box. Building a top-level editor binds them back to Monaco's
 * page-wide services, which live as long as the page (the throwaway editor itself is disposed).
 */
export function bindEditorServicesToPage(): void {
  monaco.editor.create(document.createElement('div'), { model: null }).dispose();
}
