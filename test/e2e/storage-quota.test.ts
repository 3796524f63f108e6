import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openApp } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const DRAFT_KEY = 'mcp-policy-builder:draft';

describe('a full storage with an unreadable draft', () => {
  it('never overwrites the draft, says so, and offers it as a download', async () => {
    const first = await openApp(browser);
    const { page, context } = first;
    // A large unreadable draft, then filler until the browser refuses more: storage is full, and
    // far too full to hold a second copy of the draft.
    const unreadable = `{"version": 1, "text": ${'x'.repeat(1_000_000)}`;
    await page.evaluate(
      ({ key, value }) => {
        localStorage.clear();
        localStorage.setItem(key, value);
        const chunk = 'f'.repeat(256 * 1024);
        for (let i = 0; ; i++) {
          try {
            localStorage.setItem(`filler:${i}`, chunk);
          } catch {
            break;
          }
        }
        for (let size = 32 * 1024; size >= 1; size = Math.floor(size / 2)) {
          try {
            localStorage.setItem(`filler:small:${size}`, 'f'.repeat(size));
          } catch {
            // this size no longer fits: try a smaller one
          }
        }
      },
      { key: DRAFT_KEY, value: unreadable },
    );
    await page.reload();
    await page.getByRole('heading', { name: 'MCP Policy Builder' }).waitFor();
    const alert = page.getByRole('alert').filter({ hasText: 'The saved draft could not be read' });
    await alert.waitFor();
    expect(await alert.textContent()).toContain('changes are not saved so it is not overwritten');

    // Edits go on; leaving the page saves what is pending at once, and leaves the draft alone.
    const allow = page
      .getByRole('radiogroup', { name: 'Default decision' })
      .getByRole('radio', { name: 'Allow' });
    await allow.click();
    await page
      .getByRole('dialog', { name: 'Allow every unlisted tool?' })
      .getByRole('button', { name: 'Allow unlisted tools' })
      .click();
    expect(await allow.isChecked()).toBe(true);
    await page.evaluate(() => window.dispatchEvent(new Event('pagehide')));
    expect(await page.evaluate((key) => localStorage.getItem(key), DRAFT_KEY)).toBe(unreadable);

    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Download the unreadable draft' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toBe('unreadable-draft.txt');
    await context.close();
  });
});
