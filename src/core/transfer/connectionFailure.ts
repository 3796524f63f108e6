import { curlCommand } from './curl';
import { hasCredentials, maskCredentials, maskUrlCredentials } from './credentials';
import type { HeaderPair } from './connectionInput';

/** Which request of the connection failed. */
export type ConnectionStage = 'initialize' | 'tools/list';

/** What went wrong when connecting, as facts the browser could observe. */
export type ConnectionFailure =
  /** An https page may not call an http server that is not on this machine. */
  | { kind: 'mixed-content' }
  /** The request failed and a plain (no-cors) request got no answer either. */
  | { kind: 'unreachable' }
  /** The request failed but the server does answer: the browser withheld the response (CORS). */
  | { kind: 'blocked' }
  | { kind: 'http'; status: number; detail: string }
  /** Something answered, but not as an MCP server (wrong content type, not JSON-RPC…). */
  | { kind: 'not-mcp'; detail: string }
  | { kind: 'timeout'; seconds: number; stage: ConnectionStage }
  /** The server answered with a JSON-RPC error. */
  | { kind: 'server-error'; code: number; message: string; stage: ConnectionStage }
  | { kind: 'cancelled' }
  | { kind: 'other'; detail: string };

/** A failure told to a person: what happened, what to do, and a command to get the list anyway. */
export interface FailureReport {
  title: string;
  explanation: string;
  steps: string[];
  /**
   * A curl command that fetches the tool list outside the browser (to paste into Load tools),
   * with credential values hidden: it is shown on screen.
   */
  curl?: string;
  /** The same command with the real credentials, copied only when a person asks for it. */
  curlWithCredentials?: string;
}

export interface FailureContext {
  url: string;
  headers: readonly HeaderPair[];
  /** The page's origin, which the server must allow (e.g. http://127.0.0.1:5173). */
  pageOrigin: string;
}

const STATUS_TEXT: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
  406: 'Not Acceptable',
  415: 'Unsupported Media Type',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  502: 'Bad Gateway',
  503: 'Service Unavailable',
  504: 'Gateway Timeout',
};

const PASTE =
  'Or fetch the list outside the browser with this command and load tools.json with "Load tools":';

function hostOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
}

function status(code: number): string {
  const text = STATUS_TEXT[code];
  return text ? `${code} ${text}` : `HTTP ${code}`;
}

function clip(detail: string): string {
  const flat = detail.replace(/\s+/g, ' ').trim();
  return flat.length > 300 ? `${flat.slice(0, 300)}…` : flat;
}

/** The headers a server must allow for this app's requests (CORS preflight). */
export function corsAllowHeaders(headers: readonly HeaderPair[]): string[] {
  const names = ['content-type', 'mcp-session-id', 'mcp-protocol-version', 'last-event-id'];
  for (const [name] of headers) {
    const lower = name.toLowerCase();
    if (!names.includes(lower)) names.push(lower);
  }
  if (!names.includes('authorization')) names.push('authorization');
  return names;
}

function httpReport(
  failure: { status: number; detail: string },
  context: FailureContext,
): FailureReport {
  const code = failure.status;
  const said = failure.detail ? ` It said: ${clip(failure.detail)}` : '';
  const hasAuth = context.headers.some(([name]) => name.toLowerCase() === 'authorization');
  if (code === 401) {
    return {
      title: `The server wants credentials (${status(code)})`,
      explanation: `${hostOf(context.url)} refused the request without valid credentials.${said}`,
      steps: hasAuth
        ? [
            'Check the Authorization header: the token may be wrong, expired, or for another server.',
            'Check which scheme the server expects (for example "Bearer <token>").',
          ]
        : [
            'Add a header such as "Authorization: Bearer <token>" with a token for this server.',
            'Servers that sign in through OAuth in a browser window are not supported here: get a token, or use the command below.',
          ],
    };
  }
  if (code === 403) {
    return {
      title: `The server refused access (${status(code)})`,
      explanation: `${hostOf(context.url)} understood the request but does not allow these credentials to list tools.${said}`,
      steps: [
        'Use credentials allowed to list tools (a token with more scope or another account).',
        `Some servers also refuse unknown origins: allow ${context.pageOrigin} on the server.`,
      ],
    };
  }
  if (code === 404 || code === 405 || code === 406 || code === 415 || (code >= 300 && code < 400)) {
    return {
      title: `Not an MCP endpoint (${status(code)})`,
      explanation: `${context.url} answered ${status(code)} to an MCP initialize request.${said}`,
      steps: [
        'Check the path: Streamable HTTP servers usually listen at /mcp (e.g. https://host/mcp).',
        'A server that only speaks the older SSE transport or stdio cannot be reached from here: fetch its list another way and paste it.',
      ],
    };
  }
  return {
    title: `The server answered ${status(code)}`,
    explanation: `${hostOf(context.url)} could not handle the request.${said}`,
    steps:
      code >= 500
        ? ['The server failed: check its logs, then try again.']
        : ['Check the URL and headers, then try again.'],
  };
}

/** What to tell a person about a failed connection, with steps and, where useful, a curl command. */
export function describeConnectionFailure(
  failure: ConnectionFailure,
  context: FailureContext,
): FailureReport {
  const curl = curlCommand(maskUrlCredentials(context.url), maskCredentials(context.headers));
  const host = hostOf(context.url);
  const report = reportFor(failure, context, curl, host);
  if (report.curl !== undefined && hasCredentials(context.url, context.headers)) {
    report.curlWithCredentials = curlCommand(context.url, context.headers);
  }
  return report;
}

function reportFor(
  failure: ConnectionFailure,
  context: FailureContext,
  curl: string,
  host: string,
): FailureReport {
  switch (failure.kind) {
    case 'mixed-content':
      return {
        title: 'The browser blocks http:// from this https:// page',
        explanation: `This page was loaded over https, so the browser will not call ${context.url} over plain http.`,
        steps: ['Use the server’s https:// URL if it has one.', PASTE],
        curl,
      };
    case 'unreachable':
      return {
        title: `Nothing answered at ${host}`,
        explanation: `The browser could not reach ${context.url}: no server is listening there, or the network stopped the request.`,
        steps: [
          'Check that the server is running and listening on that host and port.',
          'Check the URL: scheme (http or https), host, port and path (often /mcp).',
          'If the server runs on another machine, check that this machine can reach it.',
        ],
        curl,
      };
    case 'blocked':
      return {
        title: 'The browser blocked the response (CORS)',
        explanation: `${host} answered, but does not allow pages from ${context.pageOrigin} to read its responses, so the browser withheld them.`,
        steps: [
          `Make the server answer preflight (OPTIONS) requests and send: Access-Control-Allow-Origin: ${context.pageOrigin}`,
          'Access-Control-Allow-Methods: GET, POST, DELETE',
          `Access-Control-Allow-Headers: ${corsAllowHeaders(context.headers).join(', ')}`,
          'Access-Control-Expose-Headers: mcp-session-id, mcp-protocol-version',
          PASTE,
        ],
        curl,
      };
    case 'http':
      return { ...httpReport(failure, context), curl };
    case 'not-mcp':
      return {
        title: 'Not an MCP server',
        explanation: `${context.url} answered, but not as an MCP Streamable HTTP server: ${clip(failure.detail)}`,
        steps: [
          'Check the path: Streamable HTTP servers usually listen at /mcp.',
          'Check that the server uses the Streamable HTTP transport (not only SSE or stdio).',
        ],
      };
    case 'timeout':
      return {
        title: 'The server did not answer in time',
        explanation: `No answer to ${failure.stage} within ${failure.seconds} seconds.`,
        steps: [
          'Check that the server is running and not overloaded, then try again.',
          'Check that the URL is the MCP endpoint, not a page that keeps the connection open.',
        ],
        curl,
      };
    case 'server-error':
      return {
        title:
          failure.stage === 'tools/list' && failure.code === -32601
            ? 'The server has no tools to list'
            : `The server answered ${failure.stage} with an error`,
        explanation: `${host} said: ${clip(failure.message)} (code ${failure.code}).`,
        steps: ['Check the server’s configuration and logs, then try again.'],
      };
    case 'cancelled':
      return {
        title: 'Cancelled',
        explanation: 'The connection was cancelled; nothing was loaded.',
        steps: [],
      };
    case 'other':
      return {
        title: 'The connection failed',
        explanation: clip(failure.detail),
        steps: ['Check the URL and headers, then try again.', PASTE],
        curl,
      };
  }
}
