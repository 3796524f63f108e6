/**
 * The live connection: initialize and every page of tools/list with the official MCP client.
 * Loaded lazily (the SDK is large), only when a person connects.
 */
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import {
  StreamableHTTPClientTransport,
  StreamableHTTPError,
} from '@modelcontextprotocol/sdk/client/streamableHttp.js';
import { ErrorCode, McpError } from '@modelcontextprotocol/sdk/types.js';
import { z } from 'zod';
import {
  MAX_FILE_BYTES,
  type ConnectionFailure,
  type ConnectionStage,
  type HeaderPair,
} from '../core';
import { cappedFetch } from './cappedFetch';

/** How long one request may take before the connection counts as timed out. */
export const REQUEST_TIMEOUT_MS = 20_000;
/** A server that keeps handing out cursors past this many pages is stopped. */
export const MAX_PAGES = 1_000;
/** Most bytes read from a server in one connection: as much as a file (10 MB). */
export const MAX_CONNECT_BYTES = MAX_FILE_BYTES;
/** Most tools read from a server: far more than any real server has. */
export const MAX_CONNECT_TOOLS = 20_000;

export type ConnectProgress =
  { stage: 'initialize' } | { stage: 'tools/list'; pages: number; tools: number };

export interface ConnectRequest {
  url: string;
  headers: readonly HeaderPair[];
  signal: AbortSignal;
  onProgress: (progress: ConnectProgress) => void;
  timeoutMs?: number;
}

export type ConnectResult =
  /** `text` is every page of tools/list as one JSON array, for parseToolList. */
  { ok: true; serverName: string | null; text: string } | { ok: false; failure: ConnectionFailure };

// Tools are checked by parseToolList, as a pasted list is: one odd tool must not fail the page.
const pageSchema = z
  .object({ tools: z.array(z.unknown()), nextCursor: z.string().optional() })
  .loose();

function message(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** A failed fetch (TypeError) happens both when nothing listens and when CORS withholds the answer. */
async function networkFailure(url: string, signal: AbortSignal): Promise<ConnectionFailure> {
  const probe = new AbortController();
  const stop = () => probe.abort();
  signal.addEventListener('abort', stop);
  const timer = setTimeout(stop, 5_000);
  try {
    // An opaque (no-cors) answer proves that something answered, without reading it.
    await fetch(url, { mode: 'no-cors', cache: 'no-store', signal: probe.signal });
    return { kind: 'blocked' };
  } catch {
    return signal.aborted ? { kind: 'cancelled' } : { kind: 'unreachable' };
  } finally {
    clearTimeout(timer);
    signal.removeEventListener('abort', stop);
    probe.abort(); // drop a stream the probe may have opened
  }
}

async function classify(
  error: unknown,
  stage: ConnectionStage,
  request: ConnectRequest,
  transportError: unknown,
): Promise<ConnectionFailure> {
  if (request.signal.aborted) return { kind: 'cancelled' };
  if (error instanceof StreamableHTTPError) {
    const code = error.code ?? -1;
    return code > 0
      ? {
          kind: 'http',
          status: code,
          detail: message(error).replace(/^Streamable HTTP error: /, ''),
        }
      : { kind: 'not-mcp', detail: message(error).replace(/^Streamable HTTP error: /, '') };
  }
  if (error instanceof McpError) {
    if (error.code === ErrorCode.RequestTimeout) {
      // A response the transport could not read leaves the request waiting: say what it was.
      if (transportError !== undefined && !(transportError instanceof TypeError)) {
        return { kind: 'not-mcp', detail: message(transportError) };
      }
      return { kind: 'timeout', seconds: (request.timeoutMs ?? REQUEST_TIMEOUT_MS) / 1000, stage };
    }
    return {
      kind: 'server-error',
      code: error.code,
      message: error.message.replace(/^MCP error -?\d+: /, ''),
      stage,
    };
  }
  if (error instanceof TypeError) return networkFailure(request.url, request.signal);
  if (error instanceof SyntaxError)
    return { kind: 'not-mcp', detail: `the answer is not JSON (${error.message})` };
  if (error instanceof Error && (error.name === 'ZodError' || error.name === '$ZodError')) {
    return { kind: 'not-mcp', detail: 'the answer is not a valid MCP (JSON-RPC) message' };
  }
  if (error instanceof Error && /protocol version/i.test(error.message)) {
    return { kind: 'not-mcp', detail: error.message };
  }
  return { kind: 'other', detail: message(error) };
}

function stopped(detail: string): ConnectResult {
  return { ok: false, failure: { kind: 'other', detail } };
}

const TOO_MANY_BYTES = `The server sent more than ${MAX_CONNECT_BYTES / 1024 / 1024} MB, the most read from a server (as for files); stopped. Save its tool list to a smaller file, or load part of it.`;
const TOO_MANY_TOOLS = `The server listed more than ${MAX_CONNECT_TOOLS.toLocaleString('en-US')} tools, the most read from a server; stopped.`;
const CURSOR_REPEATS = 'The server kept sending more pages (its cursor repeats); stopped.';
const TOO_MANY_PAGES = `The server kept sending more pages: the limit of ${MAX_PAGES.toLocaleString('en-US')} pages was reached; stopped.`;
const TOO_DEEP =
  "The server's tool list is nested too deeply to read (a schema thousands of levels deep); nothing was loaded.";

/** Connects, lists every page of tools, and disconnects; failures are values, never thrown. */
export async function connectToServer(request: ConnectRequest): Promise<ConnectResult> {
  const timeout = request.timeoutMs ?? REQUEST_TIMEOUT_MS;
  // Past the byte cap the connection is stopped at once rather than left to time out.
  const capped = new AbortController();
  const signal = AbortSignal.any([request.signal, capped.signal]);
  const transport = new StreamableHTTPClientTransport(new URL(request.url), {
    requestInit: { headers: Object.fromEntries(request.headers) },
    fetch: cappedFetch(MAX_CONNECT_BYTES, () => capped.abort()),
  });
  const client = new Client({ name: 'mcp-policy-builder', version: '0.1.0' }, { capabilities: {} });
  let transportError: unknown;
  client.onerror = (error) => {
    transportError ??= error;
  };
  let stage: ConnectionStage = 'initialize';
  let connected = false;
  try {
    request.onProgress({ stage: 'initialize' });
    await client.connect(transport, { signal, timeout });
    connected = true;
    const info = client.getServerVersion();
    stage = 'tools/list';
    const pages: unknown[] = [];
    const seen = new Set<string>();
    let tools = 0;
    let cursor: string | undefined;
    do {
      request.onProgress({ stage: 'tools/list', pages: pages.length, tools });
      const page = await client.request(
        { method: 'tools/list', params: cursor === undefined ? {} : { cursor } },
        pageSchema,
        { signal, timeout },
      );
      pages.push(page);
      tools += page.tools.length;
      if (tools > MAX_CONNECT_TOOLS) return stopped(TOO_MANY_TOOLS);
      cursor = page.nextCursor === '' ? undefined : page.nextCursor;
      if (cursor !== undefined && seen.has(cursor)) return stopped(CURSOR_REPEATS);
      if (cursor !== undefined && pages.length >= MAX_PAGES) return stopped(TOO_MANY_PAGES);
      if (cursor !== undefined) seen.add(cursor);
    } while (cursor !== undefined);
    request.onProgress({ stage: 'tools/list', pages: pages.length, tools });
    let text: string;
    try {
      text = JSON.stringify(pages);
    } catch {
      // JSON.stringify overflows the stack on a schema thousands of levels deep.
      return stopped(TOO_DEEP);
    }
    return { ok: true, serverName: info?.title ?? info?.name ?? null, text };
  } catch (error) {
    if (capped.signal.aborted && !request.signal.aborted) return stopped(TOO_MANY_BYTES);
    return { ok: false, failure: await classify(error, stage, request, transportError) };
  } finally {
    // Ends the session on the server too; neither step may hold up or fail the result.
    if (connected)
      void transport
        .terminateSession()
        .catch(() => undefined)
        .finally(() => void client.close());
    else void client.close();
  }
}
