import { describe, expect, it } from 'vitest';
import {
  corsAllowHeaders,
  curlCommand,
  describeConnectionFailure,
  maskCredentials,
  shellQuote,
  type ConnectionFailure,
  type FailureContext,
} from '../../src/core';

const CONTEXT: FailureContext = {
  url: 'http://127.0.0.1:3001/mcp',
  headers: [['Authorization', 'Bearer t']],
  pageOrigin: 'http://127.0.0.1:5173',
};
const NO_HEADERS: FailureContext = { ...CONTEXT, headers: [] };

describe('describeConnectionFailure', () => {
  it.each<[ConnectionFailure, FailureContext, string, boolean]>([
    [{ kind: 'unreachable' }, CONTEXT, 'Nothing answered at 127.0.0.1:3001', true],
    [{ kind: 'blocked' }, CONTEXT, 'The browser blocked the response (CORS)', true],
    [
      { kind: 'mixed-content' },
      CONTEXT,
      'The browser blocks http:// from this https:// page',
      true,
    ],
    [
      { kind: 'http', status: 401, detail: '' },
      CONTEXT,
      'The server wants credentials (401 Unauthorized)',
      true,
    ],
    [
      { kind: 'http', status: 403, detail: 'nope' },
      CONTEXT,
      'The server refused access (403 Forbidden)',
      true,
    ],
    [
      { kind: 'http', status: 404, detail: '' },
      CONTEXT,
      'Not an MCP endpoint (404 Not Found)',
      true,
    ],
    [
      { kind: 'http', status: 405, detail: '' },
      CONTEXT,
      'Not an MCP endpoint (405 Method Not Allowed)',
      true,
    ],
    [
      { kind: 'http', status: 502, detail: '' },
      CONTEXT,
      'The server answered 502 Bad Gateway',
      true,
    ],
    [{ kind: 'http', status: 418, detail: '' }, CONTEXT, 'The server answered HTTP 418', true],
    [
      { kind: 'not-mcp', detail: 'Unexpected content type: text/html' },
      CONTEXT,
      'Not an MCP server',
      false,
    ],
    [
      { kind: 'timeout', seconds: 20, stage: 'initialize' },
      CONTEXT,
      'The server did not answer in time',
      true,
    ],
    [
      { kind: 'server-error', code: -32601, message: 'Method not found', stage: 'tools/list' },
      CONTEXT,
      'The server has no tools to list',
      false,
    ],
    [
      { kind: 'server-error', code: -32603, message: 'boom', stage: 'initialize' },
      CONTEXT,
      'The server answered initialize with an error',
      false,
    ],
    [{ kind: 'cancelled' }, CONTEXT, 'Cancelled', false],
    [{ kind: 'other', detail: 'odd' }, CONTEXT, 'The connection failed', true],
  ])('%j → %s', (failure, context, title, hasCurl) => {
    const report = describeConnectionFailure(failure, context);
    expect(report.title).toBe(title);
    expect(report.curl !== undefined).toBe(hasCurl);
  });

  it('names the CORS headers to allow and expose, with the page origin', () => {
    const report = describeConnectionFailure(
      { kind: 'blocked' },
      {
        ...CONTEXT,
        headers: [['X-Api-Key', 'k']],
      },
    );
    expect(report.explanation).toBe(
      '127.0.0.1:3001 answered, but does not allow pages from http://127.0.0.1:5173 to read its responses, so the browser withheld them.',
    );
    expect(report.steps).toEqual([
      'Make the server answer preflight (OPTIONS) requests and send: Access-Control-Allow-Origin: http://127.0.0.1:5173',
      'Access-Control-Allow-Methods: GET, POST, DELETE',
      'Access-Control-Allow-Headers: content-type, mcp-session-id, mcp-protocol-version, last-event-id, x-api-key, authorization',
      'Access-Control-Expose-Headers: mcp-session-id, mcp-protocol-version',
      'Or fetch the list outside the browser with this command and load tools.json with "Load tools":',
    ]);
  });

  it('suggests an Authorization header on 401 only when none was given', () => {
    const without = describeConnectionFailure(
      { kind: 'http', status: 401, detail: '' },
      NO_HEADERS,
    );
    const withAuth = describeConnectionFailure({ kind: 'http', status: 401, detail: '' }, CONTEXT);
    expect(without.steps[0]).toBe(
      'Add a header such as "Authorization: Bearer <token>" with a token for this server.',
    );
    expect(withAuth.steps[0]).toBe(
      'Check the Authorization header: the token may be wrong, expired, or for another server.',
    );
  });

  it('shortens a long server answer', () => {
    const report = describeConnectionFailure(
      { kind: 'http', status: 500, detail: 'x'.repeat(1000) },
      CONTEXT,
    );
    expect(report.explanation).toBe(
      `127.0.0.1:3001 could not handle the request. It said: ${'x'.repeat(300)}…`,
    );
  });
});

describe('corsAllowHeaders', () => {
  it.each<[[string, string][], string[]]>([
    [
      [],
      ['content-type', 'mcp-session-id', 'mcp-protocol-version', 'last-event-id', 'authorization'],
    ],
    [
      [
        ['Authorization', 'x'],
        ['X-Tenant', 'y'],
      ],
      [
        'content-type',
        'mcp-session-id',
        'mcp-protocol-version',
        'last-event-id',
        'authorization',
        'x-tenant',
      ],
    ],
  ])('%j', (headers, expected) => {
    expect(corsAllowHeaders(headers)).toEqual(expected);
  });
});

describe('curlCommand', () => {
  it.each([
    ['plain', "'plain'"],
    ["it's", `'it'\\''s'`],
    ['$HOME `x` "y"', `'$HOME \`x\` "y"'`],
  ])('shellQuote(%j) = %s', (word, quoted) => {
    expect(shellQuote(word)).toBe(quoted);
  });

  it('initializes, sends initialized, then lists tools into tools.json', () => {
    expect(curlCommand('http://h/mcp', [['Authorization', "Bearer it's"]])).toBe(
      [
        "URL='http://h/mcp'",
        `SID=$(curl -sS -D - -o /dev/null "$URL" -H 'content-type: application/json' -H 'accept: application/json, text/event-stream' -H 'Authorization: Bearer it'\\''s' \\`,
        `  -d '{"jsonrpc":"2.0","id":1,"method":"initialize","params":{"protocolVersion":"2025-06-18","capabilities":{},"clientInfo":{"name":"curl","version":"1.0.0"}}}' \\`,
        "  | grep -i '^mcp-session-id:' | cut -d' ' -f2 | tr -d '\\r')",
        `curl -sS -o /dev/null "$URL" -H 'content-type: application/json' -H 'accept: application/json, text/event-stream' -H 'Authorization: Bearer it'\\''s' \${SID:+-H "mcp-session-id: $SID"} -H 'mcp-protocol-version: 2025-06-18' \\`,
        `  -d '{"jsonrpc":"2.0","method":"notifications/initialized"}'`,
        `curl -sS "$URL" -H 'content-type: application/json' -H 'accept: application/json, text/event-stream' -H 'Authorization: Bearer it'\\''s' \${SID:+-H "mcp-session-id: $SID"} -H 'mcp-protocol-version: 2025-06-18' \\`,
        `  -d '{"jsonrpc":"2.0","id":2,"method":"tools/list","params":{}}' \\`,
        "  | sed 's/^data: //' | grep '^{' > tools.json",
      ].join('\n'),
    );
  });
});

describe('credentials in the curl command', () => {
  it.each([
    ['Authorization', 'Bearer abc', 'Bearer ••••••••'],
    ['authorization', 'Basic dXNlcjpwYXNz', 'Basic ••••••••'],
    ['Proxy-Authorization', 'xyz', '••••••••'],
    ['Cookie', 'sid=1', '••••••••'],
    ['X-API-Key', 'k', '••••••••'],
    ['X-Auth-Token', 't', '••••••••'],
    ['X-Tenant', 'acme', 'acme'],
    ['Accept-Language', 'en', 'en'],
  ])('%s: %s is shown as %s', (name, value, shown) => {
    expect(maskCredentials([[name, value]])).toEqual([[name, shown]]);
  });

  it('shows the command with hidden values and keeps the real one apart', () => {
    const report = describeConnectionFailure(
      { kind: 'blocked' },
      {
        url: 'https://user:pw@mcp.example.com/mcp',
        headers: [['Authorization', 'Bearer secret-123']],
        pageOrigin: 'http://127.0.0.1:5173',
      },
    );
    expect(report.curl).toContain("'Authorization: Bearer ••••••••'");
    expect(report.curl).toContain("URL='https://user:••••••••@mcp.example.com/mcp'");
    expect(report.curl).not.toContain('secret-123');
    expect(report.curl).not.toContain(':pw@');
    expect(report.curlWithCredentials).toBe(
      curlCommand('https://user:pw@mcp.example.com/mcp', [['Authorization', 'Bearer secret-123']]),
    );
  });

  it('has no second command when nothing is secret', () => {
    const report = describeConnectionFailure(
      { kind: 'blocked' },
      { url: 'https://h/mcp', headers: [['X-Tenant', 'a']], pageOrigin: 'http://x' },
    );
    expect(report.curlWithCredentials).toBeUndefined();
    expect(report.curl).toContain("'X-Tenant: a'");
  });
});
