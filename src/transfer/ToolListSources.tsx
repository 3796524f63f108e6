import { useState, type DragEvent } from 'react';
import type { LoadToolsSourceApi } from '../ui/toolListSource';
import { fetchExample, type ExampleServer } from './examples';
import { ExamplesMenu } from './ExamplesMenu';
import { OpenFileButton } from './OpenFileButton';
import { firstFile, readTextFile } from './readFile';

/** A file's name without its .json ending: the server name a saved list most likely has. */
function nameOf(fileName: string): string {
  return fileName.replace(/\.json$/i, '');
}

/** Reads a tool list file into the "Load tools" dialog: loaded at once, or shown with its errors. */
async function loadFile(file: File, api: LoadToolsSourceApi): Promise<string | null> {
  const read = await readTextFile(file);
  if (!read.ok) return read.error;
  api.setServerName(nameOf(read.name));
  // When it is not a tool list, the text stays in the box beside the errors that point into it.
  if (!api.load(read.text, nameOf(read.name))) api.setText(read.text);
  return null;
}

/** A drop on the "Load tools" dialog: a file is read and loaded, plain text goes in the box. */
export function dropOnLoadTools(event: DragEvent<HTMLFormElement>, api: LoadToolsSourceApi): void {
  const file = firstFile(event.dataTransfer.files);
  if (file) {
    void loadFile(file, api);
    return;
  }
  const text = event.dataTransfer.getData('text/plain');
  if (text) api.setText(text);
}

/** "Open file…" and "Examples" in the "Load tools" dialog. */
export function ToolListSources(api: LoadToolsSourceApi) {
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState<string | null>(null);

  const openFile = async (file: File) => {
    setError(null);
    setBusy(`Reading "${file.name}"…`);
    const refused = await loadFile(file, api);
    setBusy(null);
    setError(refused);
  };

  const openExample = async (example: ExampleServer) => {
    setError(null);
    setBusy(`Loading ${example.serverName}…`);
    const fetched = await fetchExample(example);
    setBusy(null);
    if (!fetched.ok) return setError(fetched.error);
    api.setServerName(example.serverName);
    api.load(fetched.text, example.serverName);
  };

  return (
    <div className="transfer-sources">
      {/* Not disabled while busy: a disabled button would drop the focus out of the dialog. */}
      <OpenFileButton label="Open file…" onFile={(file) => void openFile(file)} />
      <ExamplesMenu onPick={(example) => void openExample(example)} />
      {busy !== null && (
        <span className="hint" role="status">
          {busy}
        </span>
      )}
      {error !== null && (
        <span className="transfer-error" role="alert">
          {error}
        </span>
      )}
    </div>
  );
}
