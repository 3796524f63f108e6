import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatPolicy, type Policy } from '../../src/core';
import { readFileSync } from 'node:fs';
import { launchBrowser, openApp } from './browser';
import { fragmentOf } from '../fixtures/shareFragment';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

async function sharePath(policy: Policy, tools: unknown[] | null = null): Promise<string> {
  const fragment = await fragmentOf({
    policy: formatPolicy(policy),
    tools: tools as never,
    serverName: tools ? 'hostile' : null,
  });
  return `#${fragment}`;
}

const HOSTILE = 'test/fixtures/hostile';

/** True when the page paints a frame and answers a click on a tab, i.e. nothing blocks it. */
async function responsive(page: Page): Promise<boolean> {
  const painted = await page.evaluate(
    () => new Promise((r) => requestAnimationFrame(() => r(true))),
  );
  await page.getByRole('tab', { name: 'Simulate' }).click();
  await page.getByRole('tab', { name: 'Rules' }).click();
  return (
    painted === true &&
    (await page.getByRole('tab', { name: 'Rules' }).getAttribute('aria-selected')) === 'true'
  );
}

describe('hostile input in Chromium', () => {
  it('opens the share link with a backtracking pattern that froze the page, and stays responsive', async () => {
    const fragment = readFileSync(`${HOSTILE}/pattern-share-link.txt`, 'utf8').trim();
    const app = await openApp(browser, { path: fragment });
    const { page } = app;
    await page.getByRole('list', { name: 'Tool list' }).getByRole('listitem').first().waitFor();
    expect(await responsive(page)).toBe(true);
    expect(app.errors).toEqual([]);
    await app.context.close();
  });

  it('loads the pattern policy against 50 long tool names, and stays responsive', async () => {
    const policy = JSON.parse(readFileSync(`${HOSTILE}/pattern-policy.json`, 'utf8')) as Policy;
    const tools = (
      JSON.parse(readFileSync(`${HOSTILE}/pattern-tools.json`, 'utf8')) as { tools: unknown[] }
    ).tools;
    const app = await openApp(browser, { path: await sharePath(policy, tools) });
    const { page } = app;
    const rows = page.getByRole('list', { name: 'Tool list' }).getByRole('listitem');
    await rows.first().waitFor();
    expect(await rows.count()).toBeGreaterThan(0);
    expect(await responsive(page)).toBe(true);
    expect(app.errors).toEqual([]);
    await app.context.close();
  });

  it('warns at a catastrophic regex, checked by recheck in a worker', async () => {
    const policy: Policy = {
      version: '1',
      default: 'deny',
      tools: {
        run: {
          deny_if: [
            { path: 'args.cmd', op: 'regex', value: '(a+)+$' },
            { path: 'args.file', op: 'regex', value: '\\.json$' },
          ],
        },
      },
    };
    const app = await openApp(browser, { path: await sharePath(policy) });
    const problems = app.page.getByRole('region', { name: 'Problems' });
    await expect
      .poll(() => problems.textContent(), { timeout: 60_000 })
      .toContain('denial-of-service risk');
    expect(await problems.getByText(/denial-of-service risk/).count()).toBe(1);
    expect(app.errors).toEqual([]);
    await app.context.close();
  });

  it('stops a simulation stuck in a catastrophic regex, says where, and the Rules tab responds', async () => {
    const policy: Policy = {
      version: '1',
      default: 'allow',
      tools: {
        run: {
          deny_if: [{ path: 'args.cmd', op: 'regex', value: '^([\\s\\S]|[\\s\\S])*\\u0001$' }],
        },
      },
    };
    const app = await openApp(browser, { path: await sharePath(policy) });
    const { page } = app;
    await page.getByRole('tab', { name: 'Simulate' }).click();
    const calls = page.getByRole('textbox', { name: 'Calls' });
    await calls.fill(
      [
        '{"tool":"run","args":{"cmd":"ok"}}',
        `{"tool":"run","args":{"cmd":"${'x'.repeat(40)}"}}`,
      ].join('\n'),
    );
    await calls.blur();
    const stopped = page.getByRole('alert').filter({ hasText: 'The simulation was stopped' });
    await stopped.waitFor({ timeout: 30_000 });
    expect(await stopped.textContent()).toContain(
      'It was checking call 2 (tool run) against the condition tools › run › deny_if › 0',
    );
    // The page answers at once: a frame is painted and the Rules tab opens.
    expect(
      await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => r(true)))),
    ).toBe(true);
    await page.getByRole('tab', { name: 'Rules' }).click();
    await expect
      .poll(() => page.getByRole('tab', { name: 'Rules' }).getAttribute('aria-selected'))
      .toBe('true');
    expect(app.errors).toEqual([]);
    await app.context.close();
  });

  it('runs under the Content-Security-Policy with no violation: Monaco, workers, import', async () => {
    const context = await browser.newContext({ viewport: { width: 1500, height: 950 } });
    await context.addInitScript(() => {
      const seen: string[] = [];
      (window as unknown as { cspViolations: string[] }).cspViolations = seen;
      document.addEventListener('securitypolicyviolation', (e) =>
        seen.push(
          `${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}:${e.columnNumber}`,
        ),
      );
    });
    const policy: Policy = {
      version: '1',
      default: 'allow',
      tools: { run: { deny_if: [{ path: 'args.cmd', op: 'regex', value: '(a|a)*$' }] } },
    };
    const app = await openApp(browser, {
      context,
      path: await sharePath(policy),
      waitForEditor: true,
    });
    const { page } = app;
    const csp = await page.getAttribute('meta[http-equiv="Content-Security-Policy"]', 'content');
    expect(csp).toContain("connect-src 'self' http: https:");
    expect(csp).not.toContain('unsafe-eval');
    // The ReDoS checker's worker.
    await expect
      .poll(() => page.getByRole('region', { name: 'Problems' }).textContent(), { timeout: 60_000 })
      .toContain('denial-of-service risk');
    // The simulation worker.
    await page.getByRole('tab', { name: 'Simulate' }).click();
    const calls = page.getByRole('textbox', { name: 'Calls' });
    await calls.fill('{"tool":"run","args":{"cmd":"b"}}');
    await calls.blur();
    await expect
      .poll(
        () =>
          page
            .getByRole('group', { name: 'Show decisions' })
            .getByRole('button', { name: / deny$/ })
            .textContent(),
        { timeout: 30_000 },
      )
      .toBe('1 deny');
    // The import worker: a policy file large enough to be read off the main thread.
    const big = formatPolicy({
      version: '1',
      default: 'deny',
      tools: Object.fromEntries(Array.from({ length: 20_000 }, (_, i) => [`tool_${i}`, {}])),
    });
    await page.getByRole('tab', { name: 'Rules' }).click();
    await page.evaluate((text) => {
      const file = new File([text], 'policy.json', { type: 'application/json' });
      const data = new DataTransfer();
      data.items.add(file);
      document.dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true }));
    }, big);
    await expect
      .poll(() => page.locator('.transfer-report').textContent(), { timeout: 30_000 })
      .toContain('policy.json');
    expect(
      await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations),
    ).toEqual([]);
    expect(app.errors.filter((e) => e.includes('Content Security Policy'))).toEqual([]);
    await context.close();
  });
});
