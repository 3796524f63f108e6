import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from './axe';
import { editorText, launchBrowser, openApp } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

interface Written {
  default: string;
  tools: Record<string, { action?: string }>;
}

async function written(page: Page): Promise<Written> {
  const text = await editorText(page);
  return (text === '' ? { default: '', tools: {} } : JSON.parse(text)) as Written;
}

function groupHeader(page: Page, prefix: string) {
  return page.getByRole('button', { name: new RegExp(`^${prefix} \\d+ tools$`) });
}

/** The 5,000-tool example server, from the first-run screen. */
async function loadGenerated(page: Page): Promise<void> {
  await page.getByRole('button', { name: /Generated server/ }).click();
  await groupHeader(page, 'users_').waitFor({ timeout: 30_000 });
}

describe('prefix groups and the recommended preview with 5,000 tools', () => {
  it('decides a whole group, keeps that deny through Apply recommended, and passes axe', async () => {
    const app = await openApp(browser, { waitForEditor: true });
    const { page } = app;
    await loadGenerated(page);
    expect(await page.getByRole('checkbox', { name: 'Group by prefix' }).isChecked()).toBe(true);

    // Fold the first two groups from the keyboard, so crm_ (the third) is in view.
    await groupHeader(page, 'users_').focus();
    await page.keyboard.press('Enter');
    await expect
      .poll(() => groupHeader(page, 'users_').getAttribute('aria-expanded'))
      .toBe('false');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowLeft');
    await expect.poll(() => groupHeader(page, 'chat_').getAttribute('aria-expanded')).toBe('false');
    const crm = page.getByRole('radiogroup', { name: 'Decision for group crm_', exact: true });
    await crm.getByRole('radio', { name: 'Deny' }).check();

    await expect
      .poll(async () => Object.keys((await written(page)).tools).length, { timeout: 10_000 })
      .toBe(138);
    const afterGroup = await written(page);
    expect(Object.keys(afterGroup.tools).every((name) => name.startsWith('crm_'))).toBe(true);
    expect(Object.values(afterGroup.tools).every((rule) => rule.action === 'deny')).toBe(true);
    await page.getByText('Set 138 tools to Deny.').waitFor();
    expect(await axeViolations(page)).toEqual([]);

    await page.getByRole('button', { name: 'Apply recommended policy' }).click();
    const dialog = page.getByRole('dialog', { name: 'Apply the recommended policy?' });
    const keep = dialog.getByRole('checkbox', { name: 'Keep my rules' });
    await keep.waitFor();
    expect(await keep.isChecked()).toBe(true);
    // The deliberate denies stay where they are; no recommended rule denies.
    const list = dialog.getByRole('list', { name: 'Decisions after applying' });
    expect(await list.locator('[data-decision="deny"] .recommended-bucket').textContent()).toBe(
      'Deny138 tools (unchanged)',
    );
    // A move opens to its names, 50 at most, and counts the rest.
    await list.locator('[data-decision="allow"] summary').first().click();
    expect(await list.locator('[data-decision="allow"] details[open] li').count()).toBe(50);
    await list
      .locator('[data-decision="allow"] details[open]')
      .getByText(/^and \d+ more$/)
      .waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await dialog.getByRole('button', { name: 'Apply', exact: true }).click();

    await expect
      .poll(async () => Object.keys((await written(page)).tools).length, { timeout: 30_000 })
      .toBe(5000);
    const applied = await written(page);
    expect(applied.default).toBe('deny');
    for (const name of Object.keys(afterGroup.tools)) {
      expect(applied.tools[name]).toEqual({ action: 'deny' });
    }
    expect(app.errors).toEqual([]);
    await app.context.close();
  });

  it('gives the group controls 44 px touch targets on a phone', async () => {
    const app = await openApp(browser, { viewport: { width: 390, height: 844 } });
    const { page } = app;
    await loadGenerated(page);
    const small = await page.evaluate(() => {
      const targets = document.querySelectorAll<HTMLElement>(
        '.tool-group-row .ui-segment, .group-toggle, .group-by-prefix',
      );
      const found: string[] = [];
      for (const el of targets) {
        const box = el.getBoundingClientRect();
        if (box.width === 0 && box.height === 0) continue;
        if (box.height < 44 || box.width < 44)
          found.push(`${el.textContent} ${box.width}x${box.height}`);
      }
      return { found, count: targets.length };
    });
    expect(small.count).toBeGreaterThan(6);
    expect(small.found).toEqual([]);
    await app.context.close();
  });
});
