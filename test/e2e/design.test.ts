import { readFile } from 'node:fs/promises';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { editorText, launchBrowser, openApp, waitForEditor } from './browser';
import { chooseMenuItem, menuItem } from './menus';
import { axeViolations } from './axe';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

async function loadExample(page: Page): Promise<void> {
  await page.getByRole('button', { name: /AWS Memcached/ }).click();
  await page.getByRole('radiogroup', { name: 'Decision for cache_get', exact: true }).waitFor();
}

describe('first run', () => {
  it('goes from first load to a downloaded recommended policy in 4 clicks', async () => {
    const app = await openApp(browser);
    const { page } = app;
    await page.getByRole('button', { name: /AWS Memcached/ }).click(); // 1
    await page.getByRole('button', { name: 'Apply recommended policy' }).click(); // 2
    await page.getByRole('button', { name: 'Export' }).click(); // 3
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('menuitem', { name: 'Download policy.json' }).click(), // 4
    ]);
    const text = await readFile((await download.path()) as string, 'utf8');
    const policy = JSON.parse(text) as { default: string; tools: Record<string, unknown> };
    expect(policy.default).toBe('deny');
    expect(Object.keys(policy.tools)).toContain('cache_set');
    expect(Object.keys(policy.tools).length).toBe(19);
    await app.context.close();
  });
});

describe('guards', () => {
  it('asks before the default becomes allow, then keeps a banner in view until it is deny', async () => {
    const app = await openApp(browser, { waitForEditor: true });
    const { page } = app;
    const group = page.getByRole('radiogroup', { name: 'Default decision' });
    await group.getByRole('radio', { name: 'Allow' }).click();
    const ask = page.getByRole('dialog', { name: 'Allow every unlisted tool?' });
    await ask.getByRole('button', { name: 'Keep deny' }).click();
    expect(await editorText(page)).toContain('"default": "deny"');
    expect(await group.getByRole('radio', { name: 'Deny' }).isChecked()).toBe(true);

    await group.getByRole('radio', { name: 'Allow' }).click();
    await ask.getByRole('button', { name: 'Allow unlisted tools' }).click();
    await expect.poll(() => editorText(page)).toContain('"default": "allow"');
    const banner = page.getByRole('note', { name: 'Default is allow' });
    expect(await banner.isVisible()).toBe(true);
    await banner.getByRole('button', { name: 'Deny by default' }).click();
    await expect.poll(() => editorText(page)).toContain('"default": "deny"');
    expect(await banner.count()).toBe(0);
    await app.context.close();
  });

  it('refuses share link, download and copy alike while the policy has errors', async () => {
    const app = await openApp(browser, { waitForEditor: true });
    const { page } = app;
    await page.getByRole('region', { name: 'Policy JSON' }).locator('.view-lines').click();
    await page.keyboard.press('Control+End');
    await page.keyboard.type('oops');
    await page.getByRole('button', { name: 'Export' }).click();
    const menu = page.getByRole('menu', { name: 'Export' });
    for (const name of ['Download policy.json', 'Copy JSON', 'Copy share link']) {
      await expect
        .poll(() => menu.getByRole('menuitem', { name, exact: true }).isDisabled())
        .toBe(true);
    }
    expect(await menu.getByText(/to export \(see Problems\)/).count()).toBe(1);
    await app.context.close();
  });

  it('a bulk change is one toast with Undo', async () => {
    const app = await openApp(browser);
    const { page } = app;
    await loadExample(page);
    await page.getByRole('button', { name: 'Select all shown' }).click();
    await page
      .getByRole('group', { name: /Set decision/ })
      .getByRole('button', { name: 'Deny' })
      .click();
    const toast = page.locator('.ui-toast', { hasText: /Set 19 tools/ });
    await toast.waitFor();
    expect(
      await page
        .getByRole('radiogroup', { name: 'Decision for cache_get', exact: true })
        .getByRole('radio', { name: 'Deny' })
        .isChecked(),
    ).toBe(true);
    await toast.getByRole('button', { name: 'Undo' }).click();
    await expect
      .poll(() =>
        page
          .getByRole('radiogroup', { name: 'Decision for cache_get', exact: true })
          .getByRole('radio', { name: 'Deny' })
          .isChecked(),
      )
      .toBe(false);
    await app.context.close();
  });
});

describe('accessibility (axe-core, every impact)', () => {
  it('has no violation at start, with tools, in the rule form, in each dialog and the simulator', async () => {
    const app = await openApp(browser, { waitForEditor: true });
    const { page } = app;
    const states: Record<string, string[]> = {};
    states.start = await axeViolations(page);
    await loadExample(page);
    states.tools = await axeViolations(page);
    await page.getByRole('button', { name: 'cache_set', exact: true }).click();
    states.ruleForm = await axeViolations(page);
    await page.getByRole('button', { name: 'Export' }).click();
    states.exportMenu = await axeViolations(page);
    await page.keyboard.press('Escape');
    for (const item of ['Load tools', 'Import policy', 'Connect to server', 'Changes']) {
      await chooseMenuItem(page, item);
      await page.getByRole('dialog').waitFor();
      states[item] = await axeViolations(page);
      await page.keyboard.press('Escape');
      await page.getByRole('dialog').waitFor({ state: 'detached' });
    }
    await (await menuItem(page, 'Copy share link')).click();
    await page.getByRole('dialog', { name: 'Share link' }).waitFor();
    states.share = await axeViolations(page);
    await page.keyboard.press('Escape');
    await page.getByRole('tab', { name: 'Simulate' }).click();
    await page
      .getByRole('textbox', { name: 'Calls' })
      .fill('{"tool":"cache_get","args":{"key":"a"}}\n{"tool":"cache_flush","args":{}}');
    await page.getByRole('table', { name: 'Simulation results' }).waitFor();
    states.simulator = await axeViolations(page);
    const failing = Object.entries(states).filter(([, v]) => v.length > 0);
    expect(Object.fromEntries(failing)).toEqual({});
    await app.context.close();
  });
});

describe('phone (390 px)', () => {
  it('gives every decision, tool name, tab and header button a 44 px touch target', async () => {
    const app = await openApp(browser, { viewport: { width: 390, height: 844 } });
    const { page } = app;
    await loadExample(page);
    const small = await page.evaluate(() => {
      const targets = document.querySelectorAll<HTMLElement>(
        '.tool-row .ui-segment, .tool-name, [role="tab"], .app-header .ui-button',
      );
      const found: string[] = [];
      for (const el of targets) {
        const box = el.getBoundingClientRect();
        if (box.width === 0 && box.height === 0) continue;
        if (box.height < 44 || box.width < 44) {
          found.push(
            `${el.textContent ?? el.getAttribute('aria-label')} ${box.width}x${box.height}`,
          );
        }
      }
      return { found, count: targets.length };
    });
    expect(small.count).toBeGreaterThan(20);
    expect(small.found).toEqual([]);
    await app.context.close();
  });
});

describe('the JSON view after "Changes"', () => {
  it('still completes: the diff editor no longer takes Monaco’s shared services with it', async () => {
    const app = await openApp(browser, { waitForEditor: true });
    const { page } = app;
    await loadExample(page);
    await page.getByRole('button', { name: 'Apply recommended policy' }).click();
    await chooseMenuItem(page, 'Changes');
    const dialog = page.getByRole('dialog', { name: 'Changes' });
    await dialog.locator('.monaco-diff-editor').waitFor({ timeout: 30_000 });
    await dialog.getByRole('button', { name: 'Close' }).click();
    await dialog.waitFor({ state: 'detached' });
    await waitForEditor(page);

    const editor = page.getByRole('region', { name: 'Policy JSON' });
    await editor.locator('.view-lines').click();
    await page.keyboard.press('Control+Home');
    await page.keyboard.press('End');
    await page.keyboard.press('Enter');
    await page.keyboard.type('"');
    await page.keyboard.press('Control+Space');
    const rows = editor.locator('.suggest-widget .monaco-list-row');
    await expect.poll(() => rows.count(), { timeout: 10_000 }).toBeGreaterThan(0);
    expect(app.errors.filter((e) => e.includes('InstantiationService'))).toEqual([]);
    await app.context.close();
  });
});
