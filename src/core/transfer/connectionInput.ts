/** A header the person gave for a connection: kept in memory only, never stored or shared. */
export type HeaderPair = readonly [name: string, value: string];

export type ReadHeadersResult = { ok: true; headers: HeaderPair[] } | { ok: false; error: string };
export type ReadUrlResult = { ok: true; url: string } | { ok: false; error: string };

const TOKEN = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;
// Headers a page may not set (the Fetch standard's forbidden request headers): a browser drops them.
const FORBIDDEN = new Set([
  'accept-charset',
  'accept-encoding',
  'access-control-request-headers',
  'access-control-request-method',
  'connection',
  'content-length',
  'cookie',
  'cookie2',
  'date',
  'dnt',
  'expect',
  'host',
  'keep-alive',
  'origin',
  'referer',
  'set-cookie',
  'te',
  'trailer',
  'transfer-encoding',
  'upgrade',
  'via',
]);
// Set by the MCP client itself for every request.
const MANAGED = new Set(['content-type', 'accept', 'mcp-session-id', 'mcp-protocol-version']);

/** Reads "Name: value" lines (blank lines skipped) into headers, or says what is wrong where. */
export function readHeaderLines(text: string): ReadHeadersResult {
  const headers: HeaderPair[] = [];
  const lines = text.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const line = (lines[i] ?? '').trim();
    if (line === '') continue;
    const where = `Header line ${i + 1}`;
    const colon = line.indexOf(':');
    if (colon <= 0) return { ok: false, error: `${where}: write it as "Name: value".` };
    const name = line.slice(0, colon).trim();
    const value = line.slice(colon + 1).trim();
    const lower = name.toLowerCase();
    if (!TOKEN.test(name)) {
      return {
        ok: false,
        error: `${where}: "${name}" is not a header name (letters, digits and - only).`,
      };
    }
    if (FORBIDDEN.has(lower) || lower.startsWith('sec-') || lower.startsWith('proxy-')) {
      return { ok: false, error: `${where}: browsers do not let a page set ${name}.` };
    }
    if (MANAGED.has(lower)) {
      return {
        ok: false,
        error: `${where}: ${name} is set by the MCP client itself; leave it out.`,
      };
    }
    // fetch() refuses header values outside Latin-1.
    if (/[^\t\x20-\x7e\x80-\xff]/.test(value)) {
      return {
        ok: false,
        error: `${where}: the value of ${name} has characters a header cannot carry.`,
      };
    }
    headers.push([name, value]);
  }
  return { ok: true, headers };
}

/** Checks a Streamable HTTP server URL as typed; a missing scheme is a hint, not a guess. */
export function readServerUrl(text: string): ReadUrlResult {
  const trimmed = text.trim();
  if (trimmed === '')
    return { ok: false, error: 'Enter the server’s URL, e.g. https://example.com/mcp.' };
  if (!/^[a-z][a-z0-9+.-]*:\/\//i.test(trimmed)) {
    return {
      ok: false,
      error: `Start the URL with https:// or http:// (e.g. https://${trimmed}).`,
    };
  }
  let url: URL;
  try {
    url = new URL(trimmed);
  } catch {
    return { ok: false, error: `"${trimmed}" is not a URL.` };
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    return {
      ok: false,
      error: `A Streamable HTTP server has an http:// or https:// URL, not ${url.protocol}//.`,
    };
  }
  if (url.username !== '' || url.password !== '') {
    return {
      ok: false,
      error:
        'Browsers refuse URLs with a user name or password in them; send an Authorization header instead.',
    };
  }
  return { ok: true, url: url.href };
}

/** True for hosts a browser treats as this machine (allowed over http even from an https page). */
export function isLoopbackHost(hostname: string): boolean {
  return (
    hostname === 'localhost' ||
    hostname.endsWith('.localhost') ||
    hostname === '[::1]' ||
    /^127(\.\d{1,3}){3}$/.test(hostname)
  );
}

/** True when an https page would be stopped from fetching this http URL (mixed content). */
export function isMixedContent(pageProtocol: string, url: string): boolean {
  const target = new URL(url);
  return (
    pageProtocol === 'https:' && target.protocol === 'http:' && !isLoopbackHost(target.hostname)
  );
}
