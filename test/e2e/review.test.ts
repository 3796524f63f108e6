import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { editorText, launchBrowser, openApp } from './browser';
import { chooseMenuItem } from './menus';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const TOOLS = {
  tools: [
    { name: 'read_file', description: 'Reads a file' },
    { name: 'delete_file', description: 'Deletes a file' },
  ],
};

const POLICY = JSON.stringify({
  version: '1',
  default: 'deny',
  all_tools: { limits: [{ counter: 'all', window: 'minute', max: 60 }] },
  tools: { read_file: {}, delete_file: {} },
});

async function loadTools(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Load tools' }).click();
  const dialog = page.getByRole('dialog', { name: 'Load tools' });
  await dialog.getByRole('textbox', { name: 'Tool list JSON' }).fill(JSON.stringify(TOOLS));
  await dialog.getByRole('button', { name: 'Load' }).click();
  await dialog.waitFor({ state: 'detached' });
}

async function importPolicy(page: Page, text: string): Promise<void> {
  await chooseMenuItem(page, 'Import policy');
  const dialog = page.getByRole('dialog', { name: 'Import policy' });
  await dialog.getByRole('textbox', { name: 'Policy JSON' }).fill(text);
  await dialog.getByRole('button', { name: 'Import' }).click();
  await dialog.waitFor({ state: 'detached' });
}

function finding(page: Page) {
  return page
    .getByRole('region', { name: 'Review findings' })
    .getByRole('button', { name: /delete_file is a Destructive tool/ });
}

function deleteRule(text: string): unknown {
  return (JSON.parse(text) as { tools: Record<string, unknown> }).tools.delete_file;
}

describe('policy review in Chromium', () => {
  it('shows a destructive tool allowed, and the lightbulb fix sets approval (undoable)', async () => {
    const app = await openApp(browser, { waitForEditor: true });
    const { page } = app;
    await loadTools(page);
    await importPolicy(page, POLICY);
    await finding(page).waitFor();

    // The finding's place: the click selects the rule's key in the editor and focuses it.
    await finding(page).click();
    await page.keyboard.press('Control+.');
    const fix = page.locator('.action-widget').getByText('Ask for approval for delete_file');
    await fix.waitFor({ timeout: 15_000 });
    await fix.click();
    await expect
      .poll(async () => deleteRule(await editorText(page)), { timeout: 10_000 })
      .toEqual({ action: 'approval' });
    await expect
      .poll(() => page.getByRole('region', { name: 'Review findings' }).textContent())
      .toContain('No review findings');

    // The fix is one step of the editor's own undo.
    await page.keyboard.press('Control+z');
    await expect.poll(async () => deleteRule(await editorText(page))).toEqual({});
    expect(app.errors).toEqual([]);
    await app.context.close();
  });

  it('the Changes dialog lists a loosening first, marked', async () => {
    const app = await openApp(browser, { waitForEditor: true });
    const { page } = app;
    await loadTools(page);
    await importPolicy(
      page,
      JSON.stringify({ version: '1', default: 'deny', tools: { read_file: {} } }),
    );
    await page
      .getByRole('radiogroup', { name: 'Decision for read_file' })
      .getByRole('radio', { name: 'Approval' })
      .check();
    await page
      .getByRole('radiogroup', { name: 'Decision for delete_file' })
      .getByRole('radio', { name: 'Allow' })
      .check();
    await expect.poll(async () => deleteRule(await editorText(page))).toEqual({});
    await chooseMenuItem(page, 'Changes');
    const dialog = page.getByRole('dialog', { name: 'Changes' });
    const items = dialog.getByRole('list', { name: 'Changes in effect' }).getByRole('listitem');
    await items.first().waitFor();
    expect(await items.allTextContents()).toEqual([
      'Loosens:delete_file: deny → allow',
      'read_file: allow → approval',
    ]);
    await app.context.close();
  });
});
