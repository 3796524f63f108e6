import { describe, expect, it } from 'vitest';
import { isLoopbackHost, isMixedContent, readHeaderLines, readServerUrl } from '../../src/core';

describe('readServerUrl', () => {
  it.each<[string, { ok: true; url: string } | { ok: false; error: string }]>([
    ['http://127.0.0.1:3001/mcp', { ok: true, url: 'http://127.0.0.1:3001/mcp' }],
    ['  https://example.com/mcp  ', { ok: true, url: 'https://example.com/mcp' }],
    ['HTTPS://Example.COM', { ok: true, url: 'https://example.com/' }],
    ['', { ok: false, error: 'Enter the server’s URL, e.g. https://example.com/mcp.' }],
    [
      'localhost:3001/mcp',
      {
        ok: false,
        error: 'Start the URL with https:// or http:// (e.g. https://localhost:3001/mcp).',
      },
    ],
    ['http://exa mple.com', { ok: false, error: '"http://exa mple.com" is not a URL.' }],
    [
      'ws://example.com/mcp',
      { ok: false, error: 'A Streamable HTTP server has an http:// or https:// URL, not ws://.' },
    ],
    [
      'https://user:pass@example.com/mcp',
      {
        ok: false,
        error:
          'Browsers refuse URLs with a user name or password in them; send an Authorization header instead.',
      },
    ],
  ])('%j', (text, expected) => {
    expect(readServerUrl(text)).toEqual(expected);
  });
});

describe('readHeaderLines', () => {
  it('reads Name: value lines, skipping blank ones and trimming', () => {
    expect(
      readHeaderLines('Authorization: Bearer secret-123\n\n  X-Api-Key:abc:def  \r\n'),
    ).toEqual({
      ok: true,
      headers: [
        ['Authorization', 'Bearer secret-123'],
        ['X-Api-Key', 'abc:def'],
      ],
    });
    expect(readHeaderLines('')).toEqual({ ok: true, headers: [] });
  });

  it.each([
    ['Authorization Bearer x', 'Header line 1: write it as "Name: value".'],
    ['\n: value', 'Header line 2: write it as "Name: value".'],
    ['X Key: 1', 'Header line 1: "X Key" is not a header name (letters, digits and - only).'],
    ['Cookie: a=b', 'Header line 1: browsers do not let a page set Cookie.'],
    ['Sec-Fetch-Mode: cors', 'Header line 1: browsers do not let a page set Sec-Fetch-Mode.'],
    [
      'Mcp-Session-Id: 1',
      'Header line 1: Mcp-Session-Id is set by the MCP client itself; leave it out.',
    ],
    ['X-Name: José ✓', 'Header line 1: the value of X-Name has characters a header cannot carry.'],
  ])('%j → %s', (text, error) => {
    expect(readHeaderLines(text)).toEqual({ ok: false, error });
  });
});

describe('loopback and mixed content', () => {
  it.each([
    ['localhost', true],
    ['app.localhost', true],
    ['127.0.0.1', true],
    ['127.1.2.3', true],
    ['[::1]', true],
    ['example.com', false],
    ['10.0.0.1', false],
  ])('isLoopbackHost(%s) = %s', (host, expected) => {
    expect(isLoopbackHost(host)).toBe(expected);
  });

  it.each([
    ['https:', 'http://example.com/mcp', true],
    ['https:', 'http://127.0.0.1:3001/mcp', false],
    ['https:', 'https://example.com/mcp', false],
    ['http:', 'http://example.com/mcp', false],
  ])('page %s calling %s: mixed = %s', (page, url, expected) => {
    expect(isMixedContent(page, url)).toBe(expected);
  });
});
