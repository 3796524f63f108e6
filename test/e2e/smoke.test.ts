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

describe('the built app in Chromium', () => {
  it('shows its heading and requests nothing beyond 127.0.0.1', async () => {
    const app = await openApp(browser);
    await expect(
      app.page.getByRole('heading', { name: 'MCP Policy Builder' }).isVisible(),
    ).resolves.toBe(true);
    await app.page.waitForLoadState('networkidle');
    expect(app.requests.length).toBeGreaterThan(0);
    expect(app.externalRequests()).toEqual([]);
    expect(app.errors).toEqual([]);
    await app.context.close();
  });
});
