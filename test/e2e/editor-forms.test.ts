import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { editorText, launchBrowser, openApp, waitForEditor } from './browser';
import { chooseMenuItem } from './menus';
import { injectAxe } from './axe';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const TOOL_LIST = {
  jsonrpc: '2.0',
  id: 1,
  result: {
    tools: [
      {
        name: 'get_user',
        description: 'Reads a user',
        inputSchema: { type: 'object', properties: { id: { type: 'string' } } },
      },
      { name: 'cache_set', description: 'Set a value in the cache' },
      { name: 'evil', description: '<img src=x onerror=alert(1)>' },
    ],
  },
};

async function loadTools(page: Page, list: unknown = TOOL_LIST): Promise<void> {
  await chooseMenuItem(page, 'Load tools');
  const dialog = page.getByRole('dialog', { name: 'Load tools' });
  await dialog.getByRole('textbox', { name: 'Tool list JSON' }).fill(JSON.stringify(list));
  await dialog.getByRole('textbox', { name: 'Server name (optional)' }).fill('demo-server');
  await dialog.getByRole('button', { name: 'Load' }).click();
  await dialog.waitFor({ state: 'detached' });
}

function decisionGroup(page: Page, name: string) {
  return page.getByRole('radiogroup', { name: `Decision for ${name}` });
}

async function policyText(page: Page): Promise<unknown> {
  return JSON.parse(await editorText(page)) as unknown;
}

describe('editor forms in Chromium', () => {
  it('loads pasted tools, and decisions and limits set by forms show in the JSON', async () => {
    const app = await openApp(browser, { waitForEditor: true });
    const { page } = app;
    await loadTools(page);
    await expect.poll(() => page.getByText('demo-server').isVisible()).toBe(true);
    await expect.poll(() => page.getByText('3 tools').isVisible()).toBe(true);

    await decisionGroup(page, 'get_user').getByRole('radio', { name: 'Approval' }).check();
    await decisionGroup(page, 'evil').getByRole('radio', { name: 'Hide' }).check();
    await expect
      .poll(() => policyText(page))
      .toEqual({
        version: '1',
        default: 'deny',
        hide: ['evil'],
        tools: { get_user: { action: 'approval' } },
      });

    await page.getByRole('button', { name: 'cache_set' }).click();
    await decisionGroup(page, 'cache_set').getByRole('radio', { name: 'Allow' }).check();
    const form = page.getByRole('form', { name: 'Rule for cache_set' });
    await form.getByRole('button', { name: 'Add limit' }).click();
    const max = form.getByRole('spinbutton', { name: 'Max calls per window' });
    await max.fill('5');
    await form.getByRole('combobox', { name: 'Window' }).selectOption('hour');
    await expect
      .poll(async () => ((await policyText(page)) as { tools: Record<string, unknown> }).tools)
      .toEqual({
        get_user: { action: 'approval' },
        cache_set: {
          limits: [{ counter: 'cache_set_rate', window: 'hour', max: 5, scope: 'grant' }],
        },
      });

    // An invalid value stays in the form with its message; the JSON keeps the last valid rule.
    await max.fill('0');
    await expect.poll(() => form.getByText('max is at least 1').isVisible()).toBe(true);
    expect(await editorText(page)).toContain('"max": 5');

    await page.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(() => editorText(page)).not.toContain('cache_set_rate');
    expect(app.errors).toEqual([]);
    expect(app.externalRequests()).toEqual([]);
    await app.context.close();
  });

  it('keeps the draft across a reload', async () => {
    const app = await openApp(browser, { waitForEditor: true });
    await loadTools(app.page);
    await decisionGroup(app.page, 'cache_set').getByRole('radio', { name: 'Deny' }).check();
    await expect.poll(() => editorText(app.page)).toContain('"action": "deny"');
    const before = await editorText(app.page);

    await app.page.reload();
    await app.page.getByRole('heading', { name: 'MCP Policy Builder' }).waitFor();
    await waitForEditor(app.page);
    expect(await editorText(app.page)).toBe(before);
    await expect.poll(() => app.page.getByText('demo-server').isVisible()).toBe(true);
    expect(
      await decisionGroup(app.page, 'cache_set').getByRole('radio', { name: 'Deny' }).isChecked(),
    ).toBe(true);
    await app.context.close();
  });

  it('shows a hostile description as text and runs nothing', async () => {
    const app = await openApp(browser);
    const { page } = app;
    const dialogs: string[] = [];
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    await loadTools(page);
    await page.getByRole('button', { name: 'evil' }).click();
    const pane = page.getByRole('region', { name: 'Rule' });
    await expect.poll(() => pane.getByText('<img src=x onerror=alert(1)>').isVisible()).toBe(true);
    expect(await page.locator('img').count()).toBe(0);
    await page.waitForLoadState('networkidle');
    expect(dialogs).toEqual([]);
    expect(app.requests.filter((u) => new URL(u).pathname.endsWith('/x'))).toEqual([]);
    expect(app.errors).toEqual([]);
    await app.context.close();
  });

  it('has no serious or critical accessibility violation (axe-core)', async () => {
    const app = await openApp(browser, { waitForEditor: true });
    const { page } = app;
    await loadTools(page);
    await page.getByRole('button', { name: 'get_user' }).click();
    await decisionGroup(page, 'get_user').getByRole('radio', { name: 'Allow' }).check();
    const form = page.getByRole('form', { name: 'Rule for get_user' });
    await form.getByRole('button', { name: 'Add limit' }).click();
    await form.getByRole('button', { name: 'Add require condition' }).click();
    await page.getByText('Hidden tools', { exact: true }).click();
    await page.getByText('Pattern rules', { exact: true }).click();
    await page.getByRole('button', { name: 'Select all shown' }).click();

    await injectAxe(page);
    const run = () =>
      page.evaluate(async () => {
        const axe = (
          window as unknown as {
            axe: {
              run: (
                ctx: Document,
                options: object,
              ) => Promise<{
                violations: { id: string; impact: string; nodes: { target: string[] }[] }[];
              }>;
            };
          }
        ).axe;
        const result = await axe.run(document, { resultTypes: ['violations'] });
        return result.violations
          .filter((v) => v.impact === 'serious' || v.impact === 'critical')
          .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
      });
    expect(await run()).toEqual([]);

    await chooseMenuItem(page, 'Load tools');
    await page.getByRole('dialog', { name: 'Load tools' }).waitFor();
    expect(await run()).toEqual([]);
    await app.context.close();
  });
});
