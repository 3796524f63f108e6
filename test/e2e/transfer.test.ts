import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { editorText, launchBrowser, openApp } from './browser';
import { chooseMenuItem, menuItem } from './menus';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** The seeds' recommended rules, written the way the seed pages print them. */
const SEED_POLICY = `{
"version": "1",
"default": "deny",
"tools": {
"cache_set": {
"limits": [
{
"counter": "cache_set_rate",
"window": "minute",
"max": 30,
"scope": "grant"
}
]
},
"kv_set": {"limits": [{"counter": "kv_set_rate", "window": "minute", "max": 30, "scope": "grant"}]}
}
}`;

const SEED_FORMATTED = `{
  "version": "1",
  "default": "deny",
  "tools": {
    "cache_set": {
      "limits": [
        {
          "counter": "cache_set_rate",
          "window": "minute",
          "max": 30,
          "scope": "grant"
        }
      ]
    },
    "kv_set": {
      "limits": [
        {
          "counter": "kv_set_rate",
          "window": "minute",
          "max": 30,
          "scope": "grant"
        }
      ]
    }
  }
}
`;

function waitForEditorText(page: Page, expected: string): Promise<void> {
  return expect.poll(() => editorText(page), { timeout: 15_000 }).toBe(expected);
}

async function importViaDialog(page: Page, text: string): Promise<void> {
  await chooseMenuItem(page, 'Import policy');
  const dialog = page.getByRole('dialog', { name: 'Import policy' });
  await dialog.getByRole('textbox', { name: 'Policy JSON' }).fill(text);
  await dialog.getByRole('button', { name: 'Import' }).click();
  await dialog.waitFor({ state: 'detached' });
}

async function downloadedText(page: Page): Promise<string> {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    chooseMenuItem(page, 'Download policy.json'),
  ]);
  expect(download.suggestedFilename()).toBe('policy.json');
  const path = await download.path();
  return readFileSync(path, 'utf8');
}

async function shareLink(page: Page, withTools = false): Promise<string> {
  await chooseMenuItem(page, 'Copy share link');
  const dialog = page.getByRole('dialog', { name: 'Share link' });
  if (withTools) await dialog.getByRole('checkbox', { name: /Include the tool list/ }).check();
  const box = dialog.getByRole('textbox', { name: 'Share link' });
  await expect.poll(() => box.inputValue()).toContain('#share=v1.');
  const link = await box.inputValue();
  await dialog.getByRole('button', { name: 'Done' }).click();
  return link;
}

function report(page: Page) {
  return page.locator('.transfer-report');
}

describe('policies in and out', () => {
  it('imports the seed policy, formats it, and downloads exactly that', async () => {
    const app = await openApp(browser, { waitForEditor: true });
    await importViaDialog(app.page, SEED_POLICY);
    await waitForEditorText(app.page, SEED_FORMATTED);
    await expect.poll(() => report(app.page).textContent()).toContain('2 rules, default deny');
    expect(await downloadedText(app.page)).toBe(SEED_FORMATTED);
    expect(app.errors).toEqual([]);
    await app.context.close();
  });

  it('rewrites a rate_limit shorthand on import and lists the rewrite', async () => {
    const app = await openApp(browser, { waitForEditor: true });
    await importViaDialog(
      app.page,
      '{"version": "1", "default": "deny", "tools": {"cache_set": {"rate_limit": "5/hour"}}}',
    );
    await expect.poll(() => editorText(app.page)).toContain('"counter": "cache_set_rate"');
    expect(await editorText(app.page)).not.toContain('rate_limit');
    const shown = await report(app.page).textContent();
    expect(shown).toContain('1 shorthand rewritten');
    expect(shown).toContain('rate_limit rewritten to the limit');
    await app.context.close();
  });

  it('imports a file with a typo as typed, with its marker, and refuses to download it', async () => {
    const app = await openApp(browser, { waitForEditor: true });
    const typo =
      '{\n  "version": "1",\n  "default": "deny",\n  "tools": {\n    "cache_set": {"limts": []}\n  }\n}\n';
    await chooseMenuItem(app.page, 'Import policy');
    const dialog = app.page.getByRole('dialog', { name: 'Import policy' });
    const chooser = app.page.waitForEvent('filechooser');
    await dialog.getByRole('button', { name: 'Open file…' }).click();
    await (
      await chooser
    ).setFiles({ name: 'policy.json', mimeType: 'application/json', buffer: Buffer.from(typo) });
    await waitForEditorText(app.page, typo);
    const region = app.page.getByRole('region', { name: 'Policy JSON' });
    await region.locator('.squiggly-error').first().waitFor({ timeout: 10_000 });
    await expect
      .poll(() => app.page.getByRole('region', { name: 'Problems' }).textContent())
      .toContain('Unknown key "limts"');
    await expect.poll(() => report(app.page).textContent()).toContain('with 1 error');
    const download = await menuItem(app.page, 'Download policy.json');
    expect(await download.isDisabled()).toBe(true);
    expect(await app.page.getByText(/Fix the error to export/).count()).toBe(1);
    await app.context.close();
  });

  it('refuses a file over 10 MB and a binary file, leaving the draft alone', async () => {
    const app = await openApp(browser, { waitForEditor: true });
    const before = await editorText(app.page);
    for (const [file, message] of [
      [
        {
          name: 'huge.json',
          mimeType: 'application/json',
          buffer: Buffer.alloc(11 * 1024 * 1024, 32),
        },
        'files over 10.0 MB are not read',
      ],
      [
        {
          name: 'logo.json',
          mimeType: 'application/json',
          buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0]),
        },
        'is not a text file',
      ],
    ] as const) {
      await chooseMenuItem(app.page, 'Import policy');
      const chooser = app.page.waitForEvent('filechooser');
      await app.page
        .getByRole('dialog', { name: 'Import policy' })
        .getByRole('button', { name: 'Open file…' })
        .click();
      await (await chooser).setFiles(file);
      await expect.poll(() => report(app.page).textContent()).toContain(message);
    }
    expect(await editorText(app.page)).toBe(before);
    await app.context.close();
  });

  it('imports a large policy file (over 1 MB, parsed in a worker)', async () => {
    const app = await openApp(browser, { waitForEditor: true });
    const tools: Record<string, unknown> = {};
    for (let i = 0; i < 10_000; i++) {
      tools[`tool_${i}`] = {
        action: 'approval',
        limits: [{ counter: `tool_${i}_rate`, window: 'minute', max: 30, scope: 'grant' }],
      };
    }
    const text = JSON.stringify({ version: '1', default: 'deny', tools });
    expect(text.length).toBeGreaterThan(1_000_000);
    await chooseMenuItem(app.page, 'Import policy');
    const chooser = app.page.waitForEvent('filechooser');
    await app.page
      .getByRole('dialog', { name: 'Import policy' })
      .getByRole('button', { name: 'Open file…' })
      .click();
    await (
      await chooser
    ).setFiles({ name: 'big.json', mimeType: 'application/json', buffer: Buffer.from(text) });
    await expect
      .poll(() => report(app.page).textContent(), { timeout: 60_000 })
      .toContain('10000 rules, default deny');
    // The policy was parsed off the main thread, in the import worker.
    expect(app.requests.some((url) => /importWorker-[\w-]+\.js$/.test(url))).toBe(true);
    const shown = await editorText(app.page);
    expect(
      shown.startsWith('{\n  "version": "1",\n  "default": "deny",\n  "tools": {\n    "tool_0": {'),
    ).toBe(true);
    expect(app.errors).toEqual([]);
    await app.context.close();
  });

  it('shows the changes since the import in a diff', async () => {
    const app = await openApp(browser, { waitForEditor: true });
    await importViaDialog(app.page, SEED_POLICY);
    await waitForEditorText(app.page, SEED_FORMATTED);
    await app.page
      .getByRole('radiogroup', { name: 'Default decision' })
      .getByRole('radio', { name: 'Allow' })
      .click();
    await app.page.getByRole('button', { name: 'Allow unlisted tools' }).click();
    await expect.poll(() => editorText(app.page)).toContain('"default": "allow"');
    await chooseMenuItem(app.page, 'Changes');
    const dialog = app.page.getByRole('dialog', { name: 'Changes' });
    await dialog.locator('.monaco-diff-editor').waitFor({ timeout: 30_000 });
    await expect
      .poll(() => dialog.locator('.monaco-diff-editor').textContent())
      .toContain('"allow"');
    expect(await dialog.textContent()).toContain('Left: the policy as imported or loaded');
    await app.context.close();
  });
});

describe('share links', () => {
  it('opens a share link in a fresh page with the same policy and tool list', async () => {
    const app = await openApp(browser, { waitForEditor: true });
    await chooseMenuItem(app.page, 'Load tools');
    const load = app.page.getByRole('dialog', { name: 'Load tools' });
    await load.getByRole('button', { name: 'Examples ▾' }).click();
    await load.getByRole('menuitem', { name: /AWS Memcached/ }).click();
    await load.waitFor({ state: 'detached' });
    await importViaDialog(app.page, SEED_POLICY);
    await waitForEditorText(app.page, SEED_FORMATTED);
    const link = await shareLink(app.page, true);
    await app.context.close();

    const fresh = await openApp(browser, {
      path: link.slice(link.indexOf('#')),
      waitForEditor: true,
    });
    await waitForEditorText(fresh.page, SEED_FORMATTED);
    await expect
      .poll(() => fresh.page.getByRole('list', { name: 'Tool list' }).getByRole('listitem').count())
      .toBeGreaterThan(0);
    expect(await fresh.page.getByText('AWS Memcached (ElastiCache)').count()).toBeGreaterThan(0);
    expect(await report(fresh.page).textContent()).toContain('the share link');
    // The fragment is gone from the address once read: a reload keeps the draft instead.
    expect(new URL(fresh.page.url()).hash).toBe('');
    expect(fresh.externalRequests()).toEqual([]);
    await fresh.context.close();
  });

  it('says a damaged link cannot be opened and leaves the draft alone', async () => {
    const app = await openApp(browser, { path: '#share=v1.AAAA-not-deflate', waitForEditor: true });
    await expect
      .poll(() => report(app.page).textContent())
      .toContain('This share link cannot be opened');
    expect(await editorText(app.page)).toContain('"tools": {}');
    await app.context.close();
  });

  it('asks before a share link replaces an unsaved draft', async () => {
    const app = await openApp(browser, { waitForEditor: true });
    await importViaDialog(app.page, SEED_POLICY);
    await waitForEditorText(app.page, SEED_FORMATTED);
    const link = await shareLink(app.page);
    // An unsaved change: the draft now differs from its baseline and from the initial policy.
    await app.page
      .getByRole('radiogroup', { name: 'Default decision' })
      .getByRole('radio', { name: 'Allow' })
      .click();
    await app.page.getByRole('button', { name: 'Allow unlisted tools' }).click();
    await expect.poll(() => editorText(app.page)).toContain('"default": "allow"');
    await app.page.evaluate(
      (hash) => {
        location.hash = hash;
      },
      link.slice(link.indexOf('#')),
    );
    const ask = app.page.getByRole('dialog', { name: 'Open the shared policy?' });
    await ask.waitFor();
    await ask.getByRole('button', { name: 'Keep my draft' }).click();
    expect(await editorText(app.page)).toContain('"default": "allow"');

    await app.page.evaluate(
      (hash) => {
        location.hash = hash;
      },
      link.slice(link.indexOf('#')),
    );
    await app.page
      .getByRole('dialog', { name: 'Open the shared policy?' })
      .getByRole('button', { name: 'Replace draft' })
      .click();
    await waitForEditorText(app.page, SEED_FORMATTED);
    await app.context.close();
  });
});

describe('tool lists in', () => {
  it('loads a tool list dropped on the page and shows what was skipped', async () => {
    const app = await openApp(browser, { waitForEditor: true });
    const list = JSON.stringify({
      tools: [{ name: 'kv_get' }, { name: 'kv_set' }, { name: 'kv_get' }, { title: 'no name' }],
    });
    const transfer = await app.page.evaluateHandle((text) => {
      const data = new DataTransfer();
      data.items.add(new File([text], 'kv.json', { type: 'application/json' }));
      return data;
    }, list);
    await app.page.locator('.pane-json').dispatchEvent('drop', { dataTransfer: transfer });
    await expect
      .poll(() => report(app.page).textContent())
      .toContain('Loaded 2 tools from "kv.json"');
    const shown = await report(app.page).textContent();
    expect(shown).toContain('already used by');
    expect(shown).toContain('it has no "name"');
    await expect
      .poll(() => app.page.getByRole('list', { name: 'Tool list' }).getByRole('listitem').count())
      .toBe(2);
    await app.context.close();
  });

  it('offers the bundled examples, including the 5,000-tool server', async () => {
    const app = await openApp(browser);
    await chooseMenuItem(app.page, 'Load tools');
    const load = app.page.getByRole('dialog', { name: 'Load tools' });
    await load.getByRole('button', { name: 'Examples ▾' }).click();
    await load.getByRole('menuitem', { name: /Generated server/ }).click();
    await load.waitFor({ state: 'detached' });
    await expect.poll(() => app.page.getByText('5000 tools').count()).toBeGreaterThan(0);
    expect(app.errors).toEqual([]);
    await app.context.close();
  });
});
