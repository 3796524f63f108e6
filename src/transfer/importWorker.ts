import { prepareImport, type PreparedImport, type Tool } from '../core';

/** What the page sends: the text to import and the loaded tool list. */
export interface ImportRequest {
  text: string;
  tools: Tool[];
}

// The little of a worker's global scope used here (the DOM lib types `self` as a window).
interface WorkerScope {
  onmessage: ((event: MessageEvent<ImportRequest>) => void) | null;
  postMessage: (message: PreparedImport) => void;
}

const scope = self as unknown as WorkerScope;

// Parsing a policy of several megabytes takes a second or more: here it does not freeze the page.
scope.onmessage = (event) => {
  scope.postMessage(prepareImport(event.data.text, event.data.tools));
};
