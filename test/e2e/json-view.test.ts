import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { editorSelection, editorText, launchBrowser, openApp } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** Line and column (1-based) of the first `needle` in the editor's text. */
async function positionOf(page: Page, needle: string): Promise<{ line: number; column: number }> {
  const text = await editorText(page);
  const offset = text.indexOf(needle);
  if (offset === -1) throw new Error(`${JSON.stringify(needle)} is not in the editor`);
  const before = text.slice(0, offset).split('\n');
  return { line: before.length, column: (before.at(-1) ?? '').length + 1 };
}

/** Puts the cursor at a place with the keyboard, as a person would (no word wrap here). */
async function moveCursorTo(page: Page, line: number, column: number): Promise<void> {
  await page.keyboard.press('Control+Home');
  for (let i = 1; i < line; i++) await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Home');
  const selection = await editorSelection(page);
  if (selection?.startColumn !== 1) await page.keyboard.press('Home');
  for (let i = 1; i < column; i++) await page.keyboard.press('ArrowRight');
}

/** Focuses the editor and selects `length` characters at the first `needle` (its start + skip). */
async function selectInEditor(page: Page, needle: string, skip = 0, length = 0): Promise<void> {
  await focusEditor(page);
  const { line, column } = await positionOf(page, needle);
  await moveCursorTo(page, line, column + skip);
  for (let i = 0; i < length; i++) await page.keyboard.press('Shift+ArrowRight');
}

async function focusEditor(page: Page): Promise<void> {
  await page.getByRole('region', { name: 'Policy JSON' }).locator('.view-lines').click();
}

function waitForEditorText(page: Page, predicate: (text: string) => boolean): Promise<void> {
  return expect.poll(async () => predicate(await editorText(page)), { timeout: 10_000 }).toBe(true);
}

function defaultRadio(page: Page, name: 'Allow' | 'Deny') {
  return page.getByRole('radiogroup', { name: 'Default decision' }).getByRole('radio', { name });
}

describe('the JSON view in Chromium', () => {
  it('loads Monaco from the app itself: nothing beyond 127.0.0.1, no errors', async () => {
    const app = await openApp(browser, { waitForEditor: true });
    await app.page.waitForLoadState('networkidle');
    expect(await editorText(app.page)).toContain('"version": "1"');
    await expect
      .poll(() => app.page.getByRole('region', { name: 'Problems' }).textContent())
      .toContain('No problems');
    expect(app.externalRequests()).toEqual([]);
    expect(app.errors).toEqual([]);
    await app.context.close();
  });

  it('lets the forms follow what is typed in the editor', async () => {
    const app = await openApp(browser, { waitForEditor: true });
    const { page } = app;
    expect(await defaultRadio(page, 'Deny').isChecked()).toBe(true);
    await selectInEditor(page, '"deny"', 1, 4);
    await page.keyboard.type('allow');
    await expect.poll(() => defaultRadio(page, 'Allow').isChecked()).toBe(true);
    expect(await editorText(page)).toContain('"default": "allow"');
    expect(app.errors).toEqual([]);
    await app.context.close();
  });

  it('marks a typo in the editor and in Problems, and clears both once it is fixed', async () => {
    const app = await openApp(browser, { waitForEditor: true });
    const { page } = app;
    const region = page.getByRole('region', { name: 'Policy JSON' });
    const problems = page.getByRole('region', { name: 'Problems' });

    await selectInEditor(page, '{}', 1);
    await page.keyboard.insertText('"kv_set": {"limts": []}');
    await waitForEditorText(page, (t) => t.includes('"kv_set": {"limts": []}'));

    const row = problems.getByRole('button', { name: /limts/ });
    await row.waitFor();
    expect(await row.textContent()).toMatch(/^✖Error.*limts.*\d+:\d+$/);
    await region.locator('.squiggly-error').first().waitFor();
    // The forms keep the last valid policy, read-only.
    expect(await defaultRadio(page, 'Deny').isDisabled()).toBe(true);

    // A click on the row selects the typo in the editor.
    await row.click();
    const at = await positionOf(page, 'limts');
    await expect
      .poll(() => editorSelection(page))
      .toEqual({
        startLineNumber: at.line,
        startColumn: at.column - 1,
        endLineNumber: at.line,
        endColumn: at.column + 6,
      });

    await selectInEditor(page, 'limts', 0, 5);
    await page.keyboard.insertText('limits');
    await expect.poll(() => problems.getByRole('button', { name: /limts/ }).count()).toBe(0);
    await expect.poll(() => region.locator('.squiggly-error').count()).toBe(0);
    expect(await defaultRadio(page, 'Deny').isDisabled()).toBe(false);
    expect(await editorText(page)).toContain('"kv_set": {"limits": []}');
    expect(app.errors).toEqual([]);
    await app.context.close();
  });

  it('keeps a typed rate_limit shorthand, with an info marker, through form edits', async () => {
    const app = await openApp(browser, { waitForEditor: true });
    const { page } = app;
    const problems = page.getByRole('region', { name: 'Problems' });

    await selectInEditor(page, '{}', 1);
    await page.keyboard.insertText('"kv_set": {"rate_limit": "5/hour"}');
    const row = problems.getByRole('button', { name: /rate_limit/ });
    await row.waitFor();
    expect(await row.textContent()).toMatch(/^ℹInfo/);
    await page
      .getByRole('region', { name: 'Policy JSON' })
      .locator('.squiggly-info')
      .first()
      .waitFor();

    // Infos block nothing: the form edit goes through and the shorthand stays as typed.
    await defaultRadio(page, 'Allow').click();
    await page.getByRole('button', { name: 'Allow unlisted tools' }).click();
    await waitForEditorText(page, (t) => t.includes('"default": "allow"'));
    expect(await editorText(page)).toContain('"kv_set": {"rate_limit": "5/hour"}');
    expect(app.errors).toEqual([]);
    await app.context.close();
  });

  it('applies a form edit as one undo step: the cursor stays, Ctrl+Z restores the exact text', async () => {
    const app = await openApp(browser, { waitForEditor: true });
    const { page } = app;
    await selectInEditor(page, '"tools"', 2);
    const before = await editorText(page);
    const cursor = await editorSelection(page);

    await defaultRadio(page, 'Allow').click();
    await page.getByRole('button', { name: 'Allow unlisted tools' }).click();
    await waitForEditorText(page, (t) => t.includes('"default": "allow"'));
    const after = await editorText(page);
    expect(after).toBe(before.replace('"default": "deny"', '"default": "allow"'));
    expect(await editorSelection(page)).toEqual(cursor);

    await focusEditor(page);
    await page.keyboard.press('Control+z');
    await waitForEditorText(page, (t) => t === before);
    await expect.poll(() => defaultRadio(page, 'Deny').isChecked()).toBe(true);
    expect(app.errors).toEqual([]);
    await app.context.close();
  });

  it('offers the keys of the policy schema as completions', async () => {
    const app = await openApp(browser, { waitForEditor: true });
    const { page } = app;
    await selectInEditor(page, '"default"');
    await page.keyboard.press('End');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Control+Space');
    const suggestions = page.locator('.suggest-widget .monaco-list-row');
    await expect
      .poll(() => suggestions.allTextContents(), { timeout: 15_000 })
      .toEqual(expect.arrayContaining([expect.stringContaining('all_tools')]));
    await page.keyboard.press('Escape');
    await app.context.close();
  });
});
