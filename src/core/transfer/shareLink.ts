import { z } from 'zod';
import type { Finding } from '../findings';
import { parseToolList } from '../tools/parseToolList';
import type { Tool } from '../tools/tool';
import { fromBase64Url, toBase64Url } from './base64url';

/** What a share link carries: the policy text and, when chosen, the tool list. */
export interface SharedDocument {
  policy: string;
  tools: Tool[] | null;
  serverName: string | null;
}

export type DecodeShareResult =
  { ok: true; shared: SharedDocument; toolFindings: Finding[] } | { ok: false; error: string };

const PREFIX = 'share=';
// The version names the encoding (deflate-raw + base64url of the JSON below), so a later one
// can change it and old links still read.
const VERSION = 'v1.';
/** Largest decompressed payload read from a link: a 10 MB policy and a large tool list. */
export const MAX_SHARE_BYTES = 24 * 1024 * 1024;

const payloadSchema = z.object({
  policy: z.string(),
  tools: z.array(z.unknown()).optional(),
  serverName: z.string().nullable().optional(),
});

/** `bytes` through a (de)compression stream (built by hand: no Blob or Response needed). */
function pipe(
  bytes: Uint8Array<ArrayBuffer>,
  transform: CompressionStream | DecompressionStream,
): ReadableStream<Uint8Array<ArrayBuffer>> {
  const source = new ReadableStream<Uint8Array<ArrayBuffer>>({
    start(controller) {
      controller.enqueue(bytes);
      controller.close();
    },
  });
  return source.pipeThrough(transform);
}

/** All bytes of a stream, or a message when it fails or passes `limit` bytes. */
async function readAll(
  stream: ReadableStream<Uint8Array<ArrayBuffer>>,
  limit: number,
): Promise<Uint8Array<ArrayBuffer> | string> {
  const reader = stream.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      total += value.byteLength;
      if (total > limit) {
        await reader.cancel();
        return `it holds more than ${limit / 1024 / 1024} MB of data`;
      }
      chunks.push(value);
    }
  } catch {
    return 'its data is damaged or cut off (it does not decompress)';
  }
  const out = new Uint8Array(total);
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.byteLength;
  }
  return out;
}

/** A share link's fragment, or why none could be made. */
export type EncodeShareResult = { ok: true; fragment: string } | { ok: false; error: string };

/**
 * The fragment (without `#`) of a share link for `shared`: compressed, base64url. Never throws:
 * a tool list too deeply nested to write out (JSON.stringify overflows the stack) is a message.
 */
export async function encodeShareFragment(shared: SharedDocument): Promise<EncodeShareResult> {
  const payload =
    shared.tools === null
      ? { policy: shared.policy }
      : { policy: shared.policy, tools: shared.tools, serverName: shared.serverName };
  let json: Uint8Array<ArrayBuffer>;
  try {
    json = new TextEncoder().encode(JSON.stringify(payload));
  } catch {
    return {
      ok: false,
      error:
        'The share link cannot be made: the tool list is nested too deeply to write out ' +
        '(a schema thousands of levels deep). Share the link without the tool list, or share ' +
        'the files instead.',
    };
  }
  const compressed = await readAll(pipe(json, new CompressionStream('deflate-raw')), Infinity);
  if (typeof compressed === 'string') {
    return {
      ok: false,
      error: 'The share link cannot be made: the browser could not compress it.',
    };
  }
  return { ok: true, fragment: PREFIX + VERSION + toBase64Url(compressed) };
}

/** True when a location hash (with or without `#`) is a share link's fragment. */
export function isShareFragment(hash: string): boolean {
  return hash.replace(/^#/, '').startsWith(PREFIX);
}

function failed(reason: string): DecodeShareResult {
  return { ok: false, error: `This share link cannot be opened: ${reason}.` };
}

/** Reads a share link's fragment; never throws: a damaged link is `ok: false` with a message. */
export async function decodeShareFragment(hash: string): Promise<DecodeShareResult> {
  const fragment = hash.replace(/^#/, '');
  if (!fragment.startsWith(PREFIX)) return failed('it has no shared policy in it');
  const value = fragment.slice(PREFIX.length);
  if (!value.startsWith(VERSION)) {
    return failed('it was made by another version of this app, or its text was changed');
  }
  const bytes = fromBase64Url(value.slice(VERSION.length));
  if (bytes === null || bytes.length === 0) {
    return failed('its data is not valid (characters were changed or lost when it was copied)');
  }
  const inflated = await readAll(
    pipe(bytes, new DecompressionStream('deflate-raw')),
    MAX_SHARE_BYTES,
  );
  if (typeof inflated === 'string') return failed(inflated);
  let json: unknown;
  try {
    json = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(inflated));
  } catch {
    return failed('its data is not the JSON this app writes');
  }
  const parsed = payloadSchema.safeParse(json);
  if (!parsed.success) {
    const field = parsed.error.issues[0]?.path[0];
    return failed(
      field === 'tools' ? 'its tool list cannot be read' : 'its data has no policy text',
    );
  }
  const { policy, tools, serverName } = parsed.data;
  if (tools === undefined) {
    return { ok: true, shared: { policy, tools: null, serverName: null }, toolFindings: [] };
  }
  // The tool list goes through the same reader as a pasted one.
  const list = parseToolList(JSON.stringify(tools));
  if (!list.ok) return failed('its tool list cannot be read');
  return {
    ok: true,
    shared: { policy, tools: list.tools, serverName: serverName ?? null },
    toolFindings: list.findings,
  };
}
