import { prepareImport, type PreparedImport, type Tool } from '../core';
import type { ImportRequest } from './importWorker';
import { yieldToBrowser } from './readFile';

/** Texts at least this long are parsed in a worker (smaller ones parse in a few milliseconds). */
export const WORKER_THRESHOLD = 256 * 1024;

function inWorker(request: ImportRequest): Promise<PreparedImport> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./importWorker.ts', import.meta.url), { type: 'module' });
    worker.onmessage = (event: MessageEvent<PreparedImport>) => {
      worker.terminate();
      resolve(event.data);
    };
    worker.onerror = (event) => {
      worker.terminate();
      reject(new Error(event.message));
    };
    worker.postMessage(request);
  });
}

/** `prepareImport` without freezing the page: large texts in a module worker, others after a paint. */
export async function prepareImportOffThread(
  text: string,
  tools: readonly Tool[],
): Promise<PreparedImport> {
  if (text.length >= WORKER_THRESHOLD && typeof Worker !== 'undefined') {
    try {
      return await inWorker({ text, tools: [...tools] });
    } catch {
      // A worker that cannot start (blocked by the page's settings) must not stop the import.
    }
  }
  await yieldToBrowser();
  return prepareImport(text, tools);
}
