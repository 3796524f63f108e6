import type { Locator, Page } from 'playwright-core';

const MENU_OF: Readonly<Record<string, string>> = {
  'Load tools': 'File',
  'Connect to server': 'File',
  'Import policy': 'File',
  Changes: 'File',
  'Download policy.json': 'Export',
  'Copy JSON': 'Export',
  'Copy share link': 'Export',
};

/** Opens the header menu that holds `item` ("File" or "Export") and returns the item. */
export async function menuItem(page: Page, item: string): Promise<Locator> {
  const menu = MENU_OF[item] ?? 'File';
  await page.getByRole('button', { name: menu, exact: true }).click();
  return page.getByRole('menu', { name: menu }).getByRole('menuitem', { name: item, exact: true });
}

/** Chooses a header menu item, e.g. `chooseMenuItem(page, 'Import policy')`. */
export async function chooseMenuItem(page: Page, item: string): Promise<void> {
  await (await menuItem(page, item)).click();
}
