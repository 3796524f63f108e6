import type { Plugin } from 'vite';

/**
 * The Content-Security-Policy of the built app (docs/decisions/content-security-policy.md):
 * everything from the app itself; `connect-src` open to any http(s) URL because a person may
 * connect to any MCP server they type; workers from the app and blob: (Monaco's); inline
 * styles, which Monaco sets on its elements. No 'unsafe-eval': nothing needs it.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self' http: https:",
  "worker-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'none'",
].join('; ');

/** Adds the policy as a meta tag to the built index.html only (the dev server injects scripts). */
export function contentSecurityPolicy(): Plugin {
  return {
    name: 'content-security-policy',
    apply: 'build',
    transformIndexHtml: () => [
      {
        tag: 'meta',
        attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY },
        injectTo: 'head-prepend',
      },
    ],
  };
}
