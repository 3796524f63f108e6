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
});
