import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  editorSelection,
  editorText,
  launchBrowser,
  openApp,
  waitForEditor,
  type EditorSelection,
} from './browser';
import { chooseMenuItem } from './menus';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const SEED =
  '{"version":"1","default":"deny","tools":{"cache_set":{"limits":[{"counter":"cache_set_rate","window":"minute","max":30,"scope":"grant"}]}}}';

function positionAt(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset).split('\n');
  return { line: before.length, column: (before.at(-1) ?? '').length + 1 };
}

/** Where the editor should select the first limit of cache_set: the whole `{…}` of it. */
function limitSpan(text: string): EditorSelection {
  const counter = text.indexOf('"counter": "cache_set_rate"');
  const open = text.lastIndexOf('{', counter);
  const close = text.indexOf('}', counter) + 1;
  const start = positionAt(text, open);
  const end = positionAt(text, close);
  return {
    startLineNumber: start.line,
    startColumn: start.column,
    endLineNumber: end.line,
    endColumn: end.column,
  };
}

async function importPolicy(page: Page, text: string): Promise<void> {
  await chooseMenuItem(page, 'Import policy');
  const dialog = page.getByRole('dialog', { name: 'Import policy' });
  await dialog.getByRole('textbox', { name: 'Policy JSON' }).fill(text);
  await dialog.getByRole('button', { name: 'Import', exact: true }).click();
  await expect.poll(async () => (await editorText(page)).includes('cache_set_rate')).toBe(true);
}

async function generateLoop(page: Page, tool: string, count: number, everyMs: number) {
  const form = page.getByRole('form', { name: 'Generate calls' });
  await form.getByRole('radio', { name: 'Loop' }).check();
  await form.getByRole('combobox', { name: 'Tool', exact: true }).fill(tool);
  await form.getByRole('textbox', { name: 'Count', exact: true }).fill(String(count));
  await form.getByRole('textbox', { name: 'Every (ms)', exact: true }).fill(String(everyMs));
  await form.getByRole('button', { name: 'Generate' }).click();
}

function results(page: Page) {
  return page.getByRole('table', { name: 'Simulation results' });
}

function filter(page: Page, name: RegExp) {
  return page.getByRole('group', { name: 'Show decisions' }).getByRole('button', { name });
}

/** Rows of the results table whose decision badge reads `word`. */
function rowsWith(page: Page, word: string) {
  return results(page).locator('tbody tr', { has: page.locator(`.sim-badge:text-is("${word}")`) });
}

describe('the simulator in Chromium', () => {
  it('caps a runaway loop: 30 allow, 10 rate_limited, and a click shows the limit in the editor', async () => {
    const app = await openApp(browser, { waitForEditor: true });
    const { page } = app;
    await importPolicy(page, SEED);
    await page.getByRole('tab', { name: 'Simulate' }).click();
    await generateLoop(page, 'cache_set', 40, 1500);

    await expect.poll(() => results(page).locator('tbody tr:not([aria-hidden])').count()).toBe(40);
    expect(await rowsWith(page, 'allow').count()).toBe(30);
    expect(await rowsWith(page, 'rate_limited').count()).toBe(10);
    expect(await filter(page, / allow$/).textContent()).toBe('30 allow');
    expect(await filter(page, / rate_limited$/).textContent()).toBe('10 rate_limited');
    const chart = page.getByRole('img', { name: 'Counter cache_set_rate (grant default)' });
    expect(await chart.isVisible()).toBe(true);

    await filter(page, /rate_limited/).click();
    await expect.poll(() => results(page).locator('tbody tr:not([aria-hidden])').count()).toBe(10);
    await rowsWith(page, 'rate_limited').first().click();
    const expected = limitSpan(await editorText(page));
    await expect.poll(() => editorSelection(page)).toEqual(expected);
    expect(app.errors).toEqual([]);
    expect(app.externalRequests()).toEqual([]);
    await app.context.close();
  });

  it('follows the policy without a button: max 35 in the rule form gives 35 allow', async () => {
    const app = await openApp(browser, { waitForEditor: true });
    const { page } = app;
    await importPolicy(page, SEED);
    await page.getByRole('tab', { name: 'Simulate' }).click();
    await generateLoop(page, 'cache_set', 40, 1500);
    await expect.poll(() => filter(page, / allow$/).textContent()).toBe('30 allow');
    // The click selects the deciding rule, so its form is ready in the Rules view.
    await rowsWith(page, 'allow').first().click();

    await page.getByRole('tab', { name: 'Rules' }).click();
    const form = page.getByRole('form', { name: 'Rule for cache_set' });
    await form.getByRole('spinbutton', { name: 'Max calls per window' }).fill('35');
    await expect.poll(async () => (await editorText(page)).includes('"max": 35')).toBe(true);
    await page.getByRole('tab', { name: 'Simulate' }).click();
    await expect.poll(() => filter(page, / allow$/).textContent()).toBe('35 allow');
    expect(await filter(page, / rate_limited$/).textContent()).toBe('5 rate_limited');
    expect(app.errors).toEqual([]);
    await app.context.close();
  });

  it('updates the results as the policy is typed, and says so while it has errors', async () => {
    const app = await openApp(browser, { waitForEditor: true });
    const { page } = app;
    await importPolicy(page, SEED);
    await page.getByRole('tab', { name: 'Simulate' }).click();
    await generateLoop(page, 'cache_set', 40, 1500);
    await expect.poll(() => filter(page, / allow$/).textContent()).toBe('30 allow');

    // Select "30" in the editor and type over it, the results beside it follow.
    const text = await editorText(page);
    const at = positionAt(text, text.indexOf('"max": 30') + '"max": '.length);
    await page.getByRole('region', { name: 'Policy JSON' }).locator('.view-lines').click();
    await page.keyboard.press('Control+Home');
    for (let i = 1; i < at.line; i++) await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Home');
    await page.keyboard.press('Home');
    for (let i = 1; i < at.column; i++) await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Shift+ArrowRight');
    await page.keyboard.press('Shift+ArrowRight');
    await page.keyboard.type('x');
    await expect
      .poll(() => page.getByText('The policy has errors, so it cannot be simulated').isVisible())
      .toBe(true);
    expect(await results(page).count()).toBe(0);
    await page.keyboard.press('Backspace');
    await page.keyboard.type('12');
    await expect.poll(() => filter(page, / allow$/).textContent()).toBe('12 allow');
    expect(await filter(page, / rate_limited$/).textContent()).toBe('28 rate_limited');
    expect(app.errors).toEqual([]);
    await app.context.close();
  });

  it('reads a pasted trace as a regression test: a mismatch is a failure; the scenario survives a reload', async () => {
    const app = await openApp(browser, { waitForEditor: true });
    const { page, context } = app;
    await importPolicy(page, SEED);
    await page.getByRole('tab', { name: 'Simulate' }).click();
    const trace = [
      '{"tool":"cache_set","args":{"key":"a"},"at":"2026-01-01T00:00:00Z","expect":"allow"}',
      'not a call',
      '{"name":"kv_set","arguments":{"key":"b"},"timestamp":1767225601000,"expect":"allow"}',
    ].join('\n');
    await page.getByRole('textbox', { name: 'Calls' }).fill(trace);

    await expect
      .poll(() => page.getByText('Expectations: 1 passed, 1 failed').isVisible())
      .toBe(true);
    expect(await page.getByText('Line 2: This line is not JSON').isVisible()).toBe(true);
    const failed = results(page).locator('tbody tr[data-result="failed"]');
    expect(await failed.count()).toBe(1);
    expect(await failed.textContent()).toContain('✗ expected allow');
    expect(await failed.textContent()).toContain('deny');

    // The scenario is saved a moment after its last change, under its own key.
    await expect
      .poll(() => page.evaluate(() => localStorage.getItem('mcp-policy-builder:scenario') ?? ''))
      .toContain('kv_set');
    const again = await openApp(browser, { context });
    await waitForEditor(again.page);
    await again.page.getByRole('tab', { name: 'Simulate' }).click();
    await expect
      .poll(() => again.page.getByText('Expectations: 1 passed, 1 failed').isVisible())
      .toBe(true);
    expect(app.errors).toEqual([]);
    expect(again.errors).toEqual([]);
    await context.close();
  });
});
