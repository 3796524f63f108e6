/** The MCP protocol version the command asks for; servers answer with one they support. */
const PROTOCOL_VERSION = '2025-06-18';

/** A word quoted for a POSIX shell: safe whatever characters it holds. */
export function shellQuote(word: string): string {
  return `'${word.replace(/'/g, `'\\''`)}'`;
}

function message(id: number | null, method: string, params?: object): string {
  return JSON.stringify({
    jsonrpc: '2.0',
    ...(id === null ? {} : { id }),
    method,
    ...(params ? { params } : {}),
  });
}

/**
 * A shell command (sh, bash, zsh) that fetches a server's tool list with curl, the way the app
 * does (initialize, then tools/list in the session), into tools.json for "Load tools". Only the
 * first page: a list with `nextCursor` needs the last request again with that cursor.
 */
export function curlCommand(url: string, headers: readonly (readonly [string, string])[]): string {
  const common = [
    `-H ${shellQuote('content-type: application/json')}`,
    `-H ${shellQuote('accept: application/json, text/event-stream')}`,
    ...headers.map(([name, value]) => `-H ${shellQuote(`${name}: ${value}`)}`),
  ].join(' ');
  const session = `\${SID:+-H "mcp-session-id: $SID"} -H ${shellQuote(`mcp-protocol-version: ${PROTOCOL_VERSION}`)}`;
  const initialize = message(1, 'initialize', {
    protocolVersion: PROTOCOL_VERSION,
    capabilities: {},
    clientInfo: { name: 'curl', version: '1.0.0' },
  });
  return [
    `URL=${shellQuote(url)}`,
    `SID=$(curl -sS -D - -o /dev/null "$URL" ${common} \\`,
    `  -d ${shellQuote(initialize)} \\`,
    `  | grep -i '^mcp-session-id:' | cut -d' ' -f2 | tr -d '\\r')`,
    `curl -sS -o /dev/null "$URL" ${common} ${session} \\`,
    `  -d ${shellQuote(message(null, 'notifications/initialized'))}`,
    `curl -sS "$URL" ${common} ${session} \\`,
    `  -d ${shellQuote(message(2, 'tools/list', {}))} \\`,
    `  | sed 's/^data: //' | grep '^{' > tools.json`,
  ].join('\n');
}
