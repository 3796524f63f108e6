// Screenshots of every screen from the built app (run `npm run build` first):
// light and dark at 1440×900, and a phone at 390×844. Written to docs/screenshots/.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../test/e2e/chromium';
import { startPreview } from '../test/e2e/preview';

const OUT = 'docs/screenshots';

interface Look {
  name: string;
  colorScheme: 'light' | 'dark';
  viewport: { width: number; height: number };
  phone: boolean;
}

const LOOKS: readonly Look[] = [
  { name: 'light', colorScheme: 'light', viewport: { width: 1440, height: 900 }, phone: false },
  { name: 'dark', colorScheme: 'dark', viewport: { width: 1440, height: 900 }, phone: false },
  { name: 'phone', colorScheme: 'light', viewport: { width: 390, height: 844 }, phone: true },
];

const SCENARIO = [
  { tool: 'cache_get', args: { key: 'a' } },
  { tool: 'cache_set', args: { key: 'a', value: '1' } },
  { tool: 'cache_delete', args: { key: 'a' } },
  { tool: 'cache_flush', args: {} },
]
  .map((c) => JSON.stringify(c))
  .join('\n');

async function shoot(page: Page, look: Look, screen: string): Promise<void> {
  await page.waitForTimeout(250);
  console.log(`${screen}-${look.name}`);
  await page.screenshot({ path: join(OUT, `${screen}-${look.name}.png`) });
}

async function editorReady(page: Page): Promise<void> {
  await page
    .getByRole('region', { name: 'Policy JSON' })
    .locator('.monaco-editor .view-lines')
    .waitFor({ timeout: 30_000 })
    .catch(() => undefined);
}

async function screens(browser: Browser, url: string, look: Look): Promise<void> {
  const context = await browser.newContext({
    viewport: look.viewport,
    colorScheme: look.colorScheme,
    deviceScaleFactor: 1,
    hasTouch: look.phone,
    isMobile: look.phone,
  });
  const page = await context.newPage();
  page.setDefaultTimeout(10_000);
  await page.goto(url);
  await page.getByRole('heading', { name: 'MCP Policy Builder' }).waitFor();
  if (!look.phone) await editorReady(page);
  await shoot(page, look, '1-start');

  await page.getByRole('button', { name: /AWS Memcached/ }).click();
  await page.getByRole('radiogroup', { name: 'Decision for cache_get', exact: true }).waitFor();
  await page.getByRole('button', { name: 'Apply recommended policy' }).click();
  await page
    .getByRole('button', { name: /^Dismiss/ })
    .first()
    .click();
  await shoot(page, look, '2-tools');

  await page.getByRole('button', { name: 'cache_set', exact: true }).click();
  await shoot(page, look, '3-rule');

  // With a rule of the person's own in the draft, Apply recommended previews its result first.
  const preview = page.getByRole('dialog', { name: 'Apply the recommended policy?' });
  await page
    .getByRole('radiogroup', { name: 'Decision for cache_get', exact: true })
    .getByRole('radio', { name: 'Deny', exact: true })
    .click({ timeout: 3_000 })
    .catch(() => undefined);
  await page
    .getByRole('button', { name: 'Apply recommended policy' })
    .click({ timeout: 3_000 })
    .then(() => preview.waitFor({ timeout: 5_000 }))
    .then(() => shoot(page, look, '7-recommended-preview'))
    .catch(() => undefined);
  await page.keyboard.press('Escape');

  if (look.phone)
    await page
      .getByRole('button', { name: 'Tool list' })
      .click()
      .catch(() => {});
  await page.getByRole('button', { name: 'Export' }).click();
  await shoot(page, look, '4-export-menu');
  await page.keyboard.press('Escape');

  await page.getByRole('button', { name: 'File' }).click();
  await page.getByRole('menuitem', { name: 'Load tools' }).click();
  await shoot(page, look, '5-load-dialog');
  await page.keyboard.press('Escape');

  await page.getByRole('tab', { name: 'Simulate' }).click();
  const calls = page.getByRole('textbox', { name: 'Calls' });
  if (await calls.isVisible().catch(() => false)) {
    await calls.fill(SCENARIO);
    await page
      .getByRole('table', { name: 'Simulation results' })
      .waitFor({ timeout: 10_000 })
      .catch(() => {});
  }
  await shoot(page, look, '6-simulator');
  await context.close();
}

async function main(): Promise<void> {
  mkdirSync(OUT, { recursive: true });
  const preview = await startPreview('dist');
  const browser = await launchChromium();
  try {
    const only = process.argv[2];
    for (const look of LOOKS)
      if (only === undefined || only === look.name) await screens(browser, preview.url, look);
  } finally {
    await browser.close();
    preview.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
