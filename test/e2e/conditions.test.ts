import { readFile } from 'node:fs/promises';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { editorText, launchBrowser, openApp } from './browser';
import { menuItem } from './menus';
import { axeViolations } from './axe';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

async function policyRule(page: Page, tool: string): Promise<unknown> {
  const policy = JSON.parse(await editorText(page)) as { tools: Record<string, unknown> };
  return policy.tools[tool];
}

describe('conditions in words, in Chromium', () => {
  it('adds "key starts with /etc" to kv_set; an incomplete condition blocks Download', async () => {
    const app = await openApp(browser, { waitForEditor: true });
    const { page } = app;
    // A bundled example server (none of them has a write_file; kv_set takes a string key).
    await page.getByRole('button', { name: /Key-value database/ }).click();
    const decision = page.getByRole('radiogroup', { name: 'Decision for kv_set', exact: true });
    await decision.getByRole('radio', { name: 'Allow' }).check();
    await page.getByRole('button', { name: 'kv_set', exact: true }).click();
    const form = page.getByRole('form', { name: 'Rule for kv_set' });
    await expect.poll(() => policyRule(page, 'kv_set')).toEqual({});

    await form.getByRole('button', { name: 'Add deny if condition' }).click();
    const row = form.getByRole('group', { name: 'Deny if 1' });
    await expect
      .poll(() =>
        row.getByText('Not written yet: this condition has no argument path.').isVisible(),
      )
      .toBe(true);
    const problems = page.getByRole('region', { name: 'Problems' });
    await expect
      .poll(() =>
        problems
          .getByText(
            'Rule form for kv_set: deny-if condition 1 has no argument path — not written to the JSON',
          )
          .isVisible(),
      )
      .toBe(true);
    expect(await policyRule(page, 'kv_set')).toEqual({});

    const download = await menuItem(page, 'Download policy.json');
    expect(await download.isDisabled()).toBe(true);
    expect(
      await page
        .getByRole('menu', { name: 'Export' })
        .getByText('Fix the error to export (see Problems).')
        .isVisible(),
    ).toBe(true);
    expect(await axeViolations(page)).toEqual([]);
    await page.keyboard.press('Escape');

    await row.getByRole('combobox', { name: 'Path' }).fill('args.key');
    await row.getByRole('combobox', { name: 'Operator' }).selectOption({ label: 'starts with' });
    await row.getByRole('textbox', { name: 'Value' }).fill('/etc');
    await expect
      .poll(() => policyRule(page, 'kv_set'))
      .toEqual({ deny_if: [{ path: 'args.key', op: 'regex', value: '^/etc' }] });
    await expect.poll(() => problems.getByText('No problems').isVisible()).toBe(true);
    expect(await axeViolations(page)).toEqual([]);

    const enabled = await menuItem(page, 'Download policy.json');
    const [file] = await Promise.all([page.waitForEvent('download'), enabled.click()]);
    const saved = JSON.parse(await readFile((await file.path()) as string, 'utf8')) as {
      tools: Record<string, unknown>;
    };
    expect(saved.tools.kv_set).toEqual({
      deny_if: [{ path: 'args.key', op: 'regex', value: '^/etc' }],
    });
    expect(app.errors).toEqual([]);
    await app.context.close();
  });

  it('gives every condition control a 44 px touch target on a phone (390 px)', async () => {
    const app = await openApp(browser, { viewport: { width: 390, height: 844 } });
    const { page } = app;
    await page.getByRole('button', { name: /Key-value database/ }).click();
    await page.getByPlaceholder('Search name or description').fill('kv_set');
    await page.getByRole('button', { name: 'kv_set', exact: true }).click();
    await page.getByRole('button', { name: 'Add a rule for kv_set' }).click();
    const form = page.getByRole('form', { name: 'Rule for kv_set' });
    await form.getByRole('button', { name: 'Add deny if condition' }).click();
    const row = form.getByRole('group', { name: 'Deny if 1' });
    await row.getByRole('combobox', { name: 'Path' }).fill('args.key');
    await row.getByRole('combobox', { name: 'Operator' }).selectOption({ label: 'is one of' });
    await row.getByRole('button', { name: 'Add value' }).click();
    await row.getByRole('textbox', { name: 'Value 2' }).waitFor();
    const small: string[] = [];
    const controls = await row.locator('button, input, select').all();
    expect(controls.length).toBe(8);
    for (const control of controls) {
      const box = await control.boundingBox();
      if (box === null || box.height < 44) {
        small.push(`${await control.evaluate((e) => e.outerHTML.slice(0, 50))}: ${box?.height}`);
      }
    }
    expect(small).toEqual([]);
    await app.context.close();
  });
});
