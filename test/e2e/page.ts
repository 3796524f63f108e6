// Page helpers shared by the browser tests (test/e2e) and the browser benchmark (bench/): no
// Vitest here, so the benchmark can import them.
import type { Page } from 'playwright-core';

/** Waits until Monaco has mounted inside the "Policy JSON" region. */
export async function waitForEditor(page: Page, timeout = 30_000): Promise<void> {
  await page
    .getByRole('region', { name: 'Policy JSON' })
    .locator('.monaco-editor .view-lines')
    .waitFor({ timeout });
}

/** The current text of the Monaco model, read through the test hook the app exposes. */
export async function editorText(page: Page): Promise<string> {
  return page.evaluate(() => {
    const hook = (window as unknown as { __policyEditor?: { getValue(): string } }).__policyEditor;
    return hook ? hook.getValue() : '';
  });
}

/** A selection in the editor, as Monaco reports it (1-based). */
export interface EditorSelection {
  startLineNumber: number;
  startColumn: number;
  endLineNumber: number;
  endColumn: number;
}

/** The editor's current selection, read through the same test hook. */
export async function editorSelection(page: Page): Promise<EditorSelection | null> {
  return page.evaluate(() => {
    type Hook = { getSelection(): EditorSelection | null };
    const hook = (window as unknown as { __policyEditor?: Hook }).__policyEditor;
    return hook ? hook.getSelection() : null;
  });
}
