import type { Browser, BrowserContext, Page } from 'playwright-core';
import { inject } from 'vitest';
import { launchChromium } from './chromium';
import { waitForEditor } from './page';

export { findChromium } from './chromium';

/** Starts Chromium headless (see findChromium), without the background traffic this machine refuses. */
export function launchBrowser(): Promise<Browser> {
  return launchChromium();
}

export interface OpenedApp {
  page: Page;
  context: BrowserContext;
  /** Every URL the page requested, in order. */
  requests: string[];
  /** Requests that left 127.0.0.1/localhost (data: and blob: URLs are local). */
  externalRequests: () => string[];
  /** Uncaught page errors and console errors. */
  errors: string[];
}

export function baseUrl(): string {
  return inject('baseUrl');
}

function isLocal(url: string): boolean {
  if (url.startsWith('data:') || url.startsWith('blob:') || url.startsWith('about:')) return true;
  try {
    const host = new URL(url).hostname;
    return host === '127.0.0.1' || host === 'localhost' || host === '[::1]';
  } catch {
    return false;
  }
}

export interface OpenOptions {
  /** Path and query/fragment after the base URL, e.g. `#share=…`. */
  path?: string;
  /** Reuse a context (to keep localStorage across pages). */
  context?: BrowserContext;
  viewport?: { width: number; height: number };
  /** Wait for the Monaco editor to be ready too. */
  waitForEditor?: boolean;
}

/** Opens the app in a fresh context (or a given one) and waits for its heading. */
export async function openApp(browser: Browser, options: OpenOptions = {}): Promise<OpenedApp> {
  const context =
    options.context ??
    (await browser.newContext({
      viewport: options.viewport ?? { width: 1500, height: 950 },
      acceptDownloads: true,
    }));
  const page = await context.newPage();
  const requests: string[] = [];
  const errors: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  await page.goto(baseUrl() + (options.path ?? ''));
  await page.getByRole('heading', { name: 'MCP Policy Builder' }).waitFor();
  if (options.waitForEditor) await waitForEditor(page);
  return {
    page,
    context,
    requests,
    errors,
    externalRequests: () => requests.filter((u) => !isLocal(u)),
  };
}

export { editorSelection, editorText, waitForEditor, type EditorSelection } from './page';
