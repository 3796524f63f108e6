import { spawn, type ChildProcess } from 'node:child_process';
import { createServer, type Server } from 'node:http';
import { connect } from 'node:net';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decodeShareFragment } from '../../src/core';
import { launchBrowser, openApp } from './browser';
import { freePort } from './preview';
import { chooseMenuItem } from './menus';

const EVERYTHING = 'node_modules/@modelcontextprotocol/server-everything/dist/index.js';

let browser: Browser;
let everything: ChildProcess | undefined;
let everythingUrl = '';
let odd: Server | undefined;
let oddUrl = '';
/** The Authorization header the odd server last received. */
let lastAuthorization: string | undefined;

function listening(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1');
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

async function waitForPort(port: number, child: ChildProcess): Promise<void> {
  for (let i = 0; i < 300; i++) {
    if (child.exitCode !== null) throw new Error(`server-everything exited with ${child.exitCode}`);
    if (await listening(port)) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`server-everything did not listen on ${port}`);
}

/** Answers like servers that are not set up for browsers: no CORS, 401, or an HTML page. */
function oddServer(): Server {
  return createServer((req, res) => {
    const cors = {
      'access-control-allow-origin': '*',
      'access-control-allow-headers': req.headers['access-control-request-headers'] ?? '*',
      'access-control-allow-methods': 'GET, POST, DELETE',
    };
    if (req.url === '/nocors') {
      res.writeHead(req.method === 'OPTIONS' ? 404 : 200, { 'content-type': 'application/json' });
      res.end('{}');
      return;
    }
    if (req.method === 'OPTIONS') {
      res.writeHead(204, cors);
      res.end();
      return;
    }
    if (req.url === '/auth') {
      lastAuthorization = req.headers.authorization;
      res.writeHead(401, { ...cors, 'content-type': 'application/json' });
      res.end('{"error":"invalid_token"}');
      return;
    }
    res.writeHead(200, { ...cors, 'content-type': 'text/html' });
    res.end('<!doctype html><title>Welcome</title>');
  });
}

beforeAll(async () => {
  browser = await launchBrowser();
  const port = await freePort();
  everything = spawn(process.execPath, [EVERYTHING, 'streamableHttp'], {
    env: { ...process.env, PORT: String(port) },
    stdio: 'ignore',
  });
  await waitForPort(port, everything);
  everythingUrl = `http://127.0.0.1:${port}/mcp`;
  const oddPort = await freePort();
  odd = oddServer();
  await new Promise<void>((resolve) => odd?.listen(oddPort, '127.0.0.1', resolve));
  oddUrl = `http://127.0.0.1:${oddPort}`;
});

afterAll(async () => {
  await browser?.close();
  everything?.kill('SIGTERM');
  await new Promise((resolve) => (odd ? odd.close(resolve) : resolve(undefined)));
});

async function connectTo(page: Page, url: string, headers = ''): Promise<void> {
  await chooseMenuItem(page, 'Connect to server');
  const dialog = page.getByRole('dialog', { name: 'Connect to server' });
  await dialog.getByRole('textbox', { name: 'Server URL' }).fill(url);
  if (headers) await dialog.getByRole('textbox', { name: 'Headers' }).fill(headers);
  await dialog.getByRole('button', { name: 'Connect' }).click();
}

function failure(page: Page) {
  return page.getByRole('dialog', { name: 'Connect to server' }).getByRole('alert');
}

describe('connecting to a live server', () => {
  it('lists and classifies the tools of server-everything over Streamable HTTP', async () => {
    const app = await openApp(browser);
    await connectTo(app.page, everythingUrl);
    await app.page
      .getByRole('dialog', { name: 'Connect to server' })
      .waitFor({ state: 'detached', timeout: 30_000 });
    await expect
      .poll(() => app.page.locator('.transfer-report').textContent())
      .toContain('Loaded 13 tools from Everything Reference Server');
    const list = app.page.getByRole('list', { name: 'Tool list' });
    const echo = list
      .getByRole('listitem')
      .filter({ has: app.page.getByRole('button', { name: 'echo', exact: true }) });
    expect(await echo.locator('.ui-badge.category').textContent()).toBe('Read');
    const toggle = list
      .getByRole('listitem')
      .filter({ has: app.page.getByRole('button', { name: 'toggle-simulated-logging' }) });
    expect(await toggle.locator('.ui-badge.category').textContent()).toBe('Write');
    expect(await app.page.getByText('Everything Reference Server').count()).toBeGreaterThan(0);
    expect(app.errors).toEqual([]);
    await app.context.close();
  });

  it('keeps headers out of storage and share links', async () => {
    const app = await openApp(browser);
    await connectTo(app.page, everythingUrl, 'Authorization: Bearer secret-123');
    await expect
      .poll(() => app.page.locator('.transfer-report').textContent(), { timeout: 30_000 })
      .toContain('Loaded 13 tools');
    // Wait for the autosave of the loaded list, then look at everything the page stored.
    await expect
      .poll(() => app.page.evaluate(() => JSON.stringify({ ...localStorage })))
      .toContain('get-tiny-image');
    const stored = await app.page.evaluate(() =>
      JSON.stringify({ ...localStorage, ...sessionStorage }),
    );
    expect(stored).not.toContain('secret-123');
    expect(stored).not.toContain('Bearer');

    await chooseMenuItem(app.page, 'Copy share link');
    const share = app.page.getByRole('dialog', { name: 'Share link' });
    await share.getByRole('checkbox', { name: /Include the tool list/ }).check();
    const box = share.getByRole('textbox', { name: 'Share link' });
    await expect.poll(() => box.inputValue()).toContain('#share=');
    const link = await box.inputValue();
    const decoded = await decodeShareFragment(new URL(link).hash);
    expect(decoded.ok).toBe(true);
    expect(JSON.stringify(decoded)).toContain('get-tiny-image');
    expect(JSON.stringify(decoded)).not.toContain('secret-123');
    await app.context.close();
  });

  it('says clearly when nothing listens on the port', async () => {
    const app = await openApp(browser);
    const port = await freePort();
    await connectTo(app.page, `http://127.0.0.1:${port}/mcp`);
    await expect
      .poll(() => failure(app.page).textContent(), { timeout: 30_000 })
      .toContain(`Nothing answered at 127.0.0.1:${port}`);
    const text = await failure(app.page).textContent();
    expect(text).toContain('Check that the server is running');
    await app.context.close();
  });

  it('names the CORS headers the server must send, with a curl command, when the browser blocks it', async () => {
    const app = await openApp(browser);
    await connectTo(app.page, `${oddUrl}/nocors`, 'Authorization: Bearer x');
    await expect
      .poll(() => failure(app.page).textContent(), { timeout: 30_000 })
      .toContain('The browser blocked the response (CORS)');
    const text = await failure(app.page).textContent();
    expect(text).toContain(
      'Access-Control-Allow-Headers: content-type, mcp-session-id, mcp-protocol-version',
    );
    expect(text).toContain('authorization');
    expect(text).toContain('Access-Control-Expose-Headers: mcp-session-id');
    expect(await failure(app.page).getByLabel('curl command').textContent()).toContain(
      `URL='${oddUrl}/nocors'`,
    );
    await app.context.close();
  });

  it('reports 401 (with the header sent) and a page that is not an MCP endpoint', async () => {
    const app = await openApp(browser);
    await connectTo(app.page, `${oddUrl}/auth`, 'Authorization: Bearer secret-123');
    await expect
      .poll(() => failure(app.page).textContent(), { timeout: 30_000 })
      .toContain('The server wants credentials (401 Unauthorized)');
    expect(lastAuthorization).toBe('Bearer secret-123');

    const dialog = app.page.getByRole('dialog', { name: 'Connect to server' });
    await dialog.getByRole('textbox', { name: 'Server URL' }).fill(`${oddUrl}/welcome`);
    await dialog.getByRole('textbox', { name: 'Headers' }).fill('');
    await dialog.getByRole('button', { name: 'Connect' }).click();
    await expect
      .poll(() => failure(app.page).textContent(), { timeout: 30_000 })
      .toContain('Not an MCP server');
    expect(await failure(app.page).textContent()).toContain('text/html');
    await app.context.close();
  });
});
