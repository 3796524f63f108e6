import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  encodeShareFragment,
  formatPolicy,
  type Policy,
  type SharedDocument,
} from '../../src/core';
import { launchBrowser, openApp } from './browser';

/** The fragment of a share link for `shared` (these inputs always encode). */
async function fragmentOf(shared: SharedDocument): Promise<string> {
  const encoded = await encodeShareFragment(shared);
  if (!encoded.ok) throw new Error(encoded.error);
  return encoded.fragment;
}

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

describe('hostile input in Chromium', () => {
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
});
