import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { connectToServer, type ConnectProgress } from '../../src/transfer/connectToServer';

type Handler = (
  body: { id?: number; method: string; params?: { cursor?: string } },
  res: ServerResponse,
) => void;

let server: Server | undefined;
afterEach(async () => {
  await new Promise((resolve) => (server ? server.close(resolve) : resolve(undefined)));
  server = undefined;
});

async function serve(
  handler: (req: IncomingMessage, res: ServerResponse, body: string) => void,
): Promise<string> {
  server = createServer((req, res) => {
    let body = '';
    req.on('data', (chunk: Buffer) => (body += chunk.toString()));
    req.on('end', () => handler(req, res, body));
  });
  await new Promise<void>((resolve) => server?.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server?.address() as AddressInfo).port}/mcp`;
}

function json(res: ServerResponse, id: number | undefined, result: unknown): void {
  res.writeHead(200, { 'content-type': 'application/json', 'mcp-session-id': 's1' });
  res.end(JSON.stringify({ jsonrpc: '2.0', id, result }));
}

/** A minimal Streamable HTTP MCP server answering with plain JSON. */
function mcp(tools: Handler): (req: IncomingMessage, res: ServerResponse, body: string) => void {
  return (req, res, body) => {
    if (req.method !== 'POST') {
      res.writeHead(405).end();
      return;
    }
    const message = JSON.parse(body) as Parameters<Handler>[0];
    if (message.method === 'initialize') {
      json(res, message.id, {
        protocolVersion: '2025-06-18',
        capabilities: { tools: {} },
        serverInfo: { name: 'fake', title: 'Fake Server', version: '1.0.0' },
      });
    } else if (message.id === undefined) {
      res.writeHead(202).end();
    } else tools(message, res);
  };
}

function connect(url: string, timeoutMs = 5_000, signal = new AbortController().signal) {
  const progress: ConnectProgress[] = [];
  const result = connectToServer({
    url,
    headers: [['X-Test', '1']],
    signal,
    onProgress: (p) => progress.push(p),
    timeoutMs,
  });
  return { result, progress };
}

describe('connectToServer', () => {
  it('follows nextCursor through every page and reports progress', async () => {
    const pages: Record<string, { tools: { name: string }[]; nextCursor?: string }> = {
      '': { tools: [{ name: 'a' }, { name: 'b' }], nextCursor: 'p2' },
      p2: { tools: [{ name: 'c' }], nextCursor: 'p3' },
      p3: { tools: [{ name: 'd', inputSchema: 7 } as { name: string }] },
    };
    const url = await serve(mcp((m, res) => json(res, m.id, pages[m.params?.cursor ?? ''])));
    const { result, progress } = connect(url);
    expect(await result).toEqual({
      ok: true,
      serverName: 'Fake Server',
      text: JSON.stringify([pages[''], pages.p2, pages.p3]),
    });
    expect(progress).toEqual([
      { stage: 'initialize' },
      { stage: 'tools/list', pages: 0, tools: 0 },
      { stage: 'tools/list', pages: 1, tools: 2 },
      { stage: 'tools/list', pages: 2, tools: 3 },
      { stage: 'tools/list', pages: 3, tools: 4 },
    ]);
  });

  it('stops a server whose cursor repeats', async () => {
    const url = await serve(mcp((m, res) => json(res, m.id, { tools: [], nextCursor: 'again' })));
    expect(await connect(url).result).toEqual({
      ok: false,
      failure: {
        kind: 'other',
        detail: 'The server kept sending more pages (its cursor repeats); stopped.',
      },
    });
  });

  it('stops after 1,000 pages of new cursors and says the page limit was reached', async () => {
    let n = 0;
    const url = await serve(
      mcp((m, res) => json(res, m.id, { tools: [], nextCursor: `c${(n += 1)}` })),
    );
    expect(await connect(url).result).toEqual({
      ok: false,
      failure: {
        kind: 'other',
        detail:
          'The server kept sending more pages: the limit of 1,000 pages was reached; stopped.',
      },
    });
    expect(n).toBe(1_000);
  });

  it('stops past 20,000 tools', async () => {
    const tools = Array.from({ length: 20_001 }, (_, i) => ({ name: `t${i}` }));
    const url = await serve(mcp((m, res) => json(res, m.id, { tools })));
    expect(await connect(url).result).toEqual({
      ok: false,
      failure: {
        kind: 'other',
        detail: 'The server listed more than 20,000 tools, the most read from a server; stopped.',
      },
    });
  });

  it.each([
    ['plain JSON', 'application/json'],
    ['an event stream', 'text/event-stream'],
  ])('stops reading past 10 MB of %s', async (_name, type) => {
    const description = 'x'.repeat(1024 * 1024);
    const url = await serve(
      mcp((m, res) => {
        res.writeHead(200, { 'content-type': type, 'mcp-session-id': 's1' });
        const tools = Array.from({ length: 12 }, (_, i) => ({ name: `t${i}`, description }));
        const body = JSON.stringify({ jsonrpc: '2.0', id: m.id, result: { tools } });
        res.end(type === 'application/json' ? body : `event: message\ndata: ${body}\n\n`);
      }),
    );
    expect(await connect(url).result).toEqual({
      ok: false,
      failure: {
        kind: 'other',
        detail:
          'The server sent more than 10 MB, the most read from a server (as for files); stopped. Save its tool list to a smaller file, or load part of it.',
      },
    });
  });

  it('ends with a message for a 20,000-level schema, not a hang', async () => {
    const depth = 20_000;
    const schema = '{"type":"object","properties":{"x":'.repeat(depth) + '{}' + '}}'.repeat(depth);
    const url = await serve(
      mcp((m, res) => {
        res.writeHead(200, { 'content-type': 'application/json', 'mcp-session-id': 's1' });
        res.end(
          `{"jsonrpc":"2.0","id":${m.id},"result":{"tools":[{"name":"deep","inputSchema":${schema}}]}}`,
        );
      }),
    );
    expect(await connect(url).result).toEqual({
      ok: false,
      failure: {
        kind: 'other',
        detail:
          "The server's tool list is nested too deeply to read (a schema thousands of levels deep); nothing was loaded.",
      },
    });
  });

  it('reports a JSON-RPC error to tools/list', async () => {
    const url = await serve(
      mcp((m, res) => {
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(
          JSON.stringify({
            jsonrpc: '2.0',
            id: m.id,
            error: { code: -32601, message: 'Method not found' },
          }),
        );
      }),
    );
    expect(await connect(url).result).toEqual({
      ok: false,
      failure: {
        kind: 'server-error',
        code: -32601,
        message: 'Method not found',
        stage: 'tools/list',
      },
    });
  });

  it.each([
    [401, 'application/json', '{"error":"invalid_token"}', { kind: 'http', status: 401 }],
    [404, 'text/plain', 'Not Found', { kind: 'http', status: 404 }],
    [200, 'text/html', '<!doctype html>', { kind: 'not-mcp' }],
  ])('classifies an answer %d %s', async (status, type, body, expected) => {
    const url = await serve((_, res) => {
      res.writeHead(status, { 'content-type': type });
      res.end(body);
    });
    const result = await connect(url).result;
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.failure).toMatchObject(expected);
  });

  it('times out when the server never answers', async () => {
    const url = await serve(() => undefined);
    expect(await connect(url, 300).result).toEqual({
      ok: false,
      failure: { kind: 'timeout', seconds: 0.3, stage: 'initialize' },
    });
  });

  it('is cancelled through its signal', async () => {
    const url = await serve(() => undefined);
    const controller = new AbortController();
    const { result } = connect(url, 5_000, controller.signal);
    setTimeout(() => controller.abort(), 50);
    expect(await result).toEqual({ ok: false, failure: { kind: 'cancelled' } });
  });
});
