import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { editorText, launchBrowser, openApp } from './browser';
import { axeViolations } from './axe';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const HIGHLIGHT = 'selected-rule-line';

async function loadRecommended(page: Page): Promise<void> {
  await page.getByRole('button', { name: /AWS Memcached/ }).click();
  await page.getByRole('radiogroup', { name: 'Decision for cache_get', exact: true }).waitFor();
  await page.getByRole('button', { name: 'Apply recommended policy' }).click();
  await expect.poll(() => editorText(page)).toContain('"cache_close"');
}

interface Lines {
  decorated: [number, number][];
  visible: [number, number][];
}

function editorLines(page: Page): Promise<Lines> {
  return page.evaluate((className) => {
    type Hook = {
      decoratedLines(c: string): [number, number][];
      visibleLines(): [number, number][];
    };
    const hook = (window as unknown as { __policyEditor: Hook }).__policyEditor;
    return { decorated: hook.decoratedLines(className), visible: hook.visibleLines() };
  }, HIGHLIGHT);
}

/** The 1-based lines the rule `"name": {…}` spans in the text (2-space formatted). */
function ruleLines(text: string, name: string): [number, number] {
  const lines = text.split('\n');
  const first = lines.findIndex((l) => l.startsWith(`    "${name}": {`));
  const last = lines.findIndex((l, i) => i > first && /^ {4}\}/.test(l));
  return [first + 1, last + 1];
}

function shows(visible: [number, number][], [first, last]: [number, number]): boolean {
  return visible.some(([a, b]) => a <= first && last <= b);
}

describe('the rule pane and the editor', () => {
  it('highlights the selected tool’s rule in view, moves it on the next pick, clears it for a tool without one', async () => {
    const app = await openApp(browser, { waitForEditor: true });
    const { page } = app;
    await loadRecommended(page);
    const text = await editorText(page);

    await page.getByRole('button', { name: 'cache_set', exact: true }).click();
    const setLines = ruleLines(text, 'cache_set');
    await expect.poll(async () => (await editorLines(page)).decorated).toEqual([setLines]);
    expect(shows((await editorLines(page)).visible, setLines)).toBe(true);
    const region = page.getByRole('region', { name: 'Policy JSON' });
    expect(await region.locator(`.${HIGHLIGHT}`).count()).toBe(setLines[1] - setLines[0] + 1);

    // Far down the document: the editor scrolls to it, and only it is highlighted.
    await page.getByRole('searchbox', { name: 'Search tools' }).fill('cache_close');
    await page.getByRole('button', { name: 'cache_close', exact: true }).click();
    const closeLines = ruleLines(text, 'cache_close');
    expect(closeLines[0]).toBeGreaterThan(100);
    await expect.poll(async () => (await editorLines(page)).decorated).toEqual([closeLines]);
    await expect.poll(async () => shows((await editorLines(page)).visible, closeLines)).toBe(true);
    const pane = page.getByRole('region', { name: 'Rule' });
    expect(await pane.getByRole('region', { name: 'Decision' }).innerText()).toContain(
      'Calls are allowed.',
    );

    await page
      .getByRole('radiogroup', { name: 'Decision for cache_close', exact: true })
      .getByRole('radio', { name: /^Default/ })
      .click();
    await expect.poll(async () => (await editorLines(page)).decorated).toEqual([]);
    expect(await region.locator(`.${HIGHLIGHT}`).count()).toBe(0);
    expect(await pane.getByRole('region', { name: 'Decision' }).innerText()).toContain(
      'No rule: follows the default (deny), so every call is denied.',
    );
    expect(app.errors).toEqual([]);
    await app.context.close();
  });

  it('"Test this rule" shows the call’s decision in the simulator, and both pass axe', async () => {
    const app = await openApp(browser, { waitForEditor: true });
    const { page } = app;
    await loadRecommended(page);
    await page.getByRole('button', { name: 'cache_delete', exact: true }).click();
    const decision = page.getByRole('region', { name: 'Rule' }).getByRole('region', {
      name: 'Decision',
    });
    expect(await decision.innerText()).toContain('Calls wait for approval.');
    expect(await axeViolations(page)).toEqual([]);

    await decision.getByRole('button', { name: 'Test this rule' }).click();
    expect(await page.getByRole('tab', { name: 'Simulate' }).getAttribute('aria-selected')).toBe(
      'true',
    );
    const results = page.getByRole('table', { name: 'Simulation results' });
    const row = results.locator('tbody tr', { hasText: 'cache_delete' });
    await row.waitFor();
    expect(await row.locator('.sim-badge').innerText()).toBe('approval');
    // The row is brought into view and focused, so the decision is seen at once.
    await expect.poll(() => row.evaluate((el) => el === document.activeElement)).toBe(true);
    const box = await row.boundingBox();
    const viewport = page.viewportSize();
    expect(
      box !== null && viewport !== null && box.y >= 0 && box.y + box.height <= viewport.height,
    ).toBe(true);
    // The badge keeps its word on one line.
    const badge = await row.locator('.sim-badge').boundingBox();
    expect(badge?.height).toBeLessThan(24);
    expect(await axeViolations(page)).toEqual([]);
    await app.context.close();
  });
});

describe('phone (390 px)', () => {
  it('has one tab bar, every tab a 44 px target, and a rate_limited badge on one line', async () => {
    const app = await openApp(browser, { viewport: { width: 390, height: 844 } });
    const { page } = app;
    await page.getByRole('button', { name: /AWS Memcached/ }).click();
    await page.getByRole('radiogroup', { name: 'Decision for cache_get', exact: true }).waitFor();
    expect(await page.getByRole('tablist').count()).toBe(1);
    const tabs = await page.getByRole('tab').evaluateAll((els) =>
      els.map((el) => {
        const box = el.getBoundingClientRect();
        return { name: el.textContent, width: box.width, height: box.height, top: box.top };
      }),
    );
    expect(tabs.map((t) => t.name)).toEqual(['Tools', 'Rule', 'JSON', 'Simulate']);
    for (const tab of tabs) {
      expect(tab.width, tab.name ?? '').toBeGreaterThanOrEqual(44);
      expect(tab.height, tab.name ?? '').toBeGreaterThanOrEqual(44);
      expect(tab.top).toBe(tabs[0]?.top);
    }
    // Nothing else on the screen is a second set of pane switches.
    expect(
      await page
        .locator('[aria-pressed]')
        .filter({ hasText: /^(JSON|Rule)$/ })
        .count(),
    ).toBe(0);

    await page.getByRole('button', { name: 'cache_set', exact: true }).click();
    expect(await page.getByRole('tab', { name: 'Rule' }).getAttribute('aria-selected')).toBe(
      'true',
    );
    expect(await page.getByRole('region', { name: 'Decision' }).isVisible()).toBe(true);
    await page.getByRole('tab', { name: 'Simulate' }).click();
    await page
      .getByRole('textbox', { name: 'Calls' })
      .fill(Array.from({ length: 31 }, (_, i) => `{"tool":"cache_set","offset":${i}}`).join('\n'));
    await page.getByRole('table', { name: 'Simulation results' }).waitFor();
    // No rule under default deny: make one with a limit so the last call is rate_limited.
    await page.getByRole('tab', { name: 'Tools' }).click();
    await page.getByRole('button', { name: 'Apply recommended policy' }).click();
    await page.getByRole('tab', { name: 'Simulate' }).click();
    const badge = page
      .getByRole('table', { name: 'Simulation results' })
      .locator('.sim-badge', { hasText: 'rate_limited' })
      .first();
    await badge.waitFor();
    const box = await badge.boundingBox();
    expect(box?.height).toBeLessThan(24);
    expect(await axeViolations(page)).toEqual([]);
    await app.context.close();
  });
});
