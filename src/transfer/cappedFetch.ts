/** Thrown into a response body read past the byte cap, so the SDK stops reading it. */
export class ByteCapError extends Error {
  constructor(readonly limit: number) {
    super(`The server sent more than ${limit} bytes`);
    this.name = 'ByteCapError';
  }
}

type Fetch = (url: string | URL, init?: RequestInit) => Promise<Response>;

/**
 * A fetch whose successful response bodies count toward one byte cap shared by every request of
 * a connection; past it the body errors with ByteCapError and `onCap` is called. Redirects and
 * bodiless answers are passed through as they are (the SDK reads their url and headers).
 */
export function cappedFetch(limit: number, onCap: () => void, base: Fetch = fetch): Fetch {
  let total = 0;
  return async (url, init) => {
    const response = await base(url, init);
    if (response.body === null || response.status < 200 || response.status >= 300) return response;
    if (response.status === 204 || response.status === 205) return response;
    const counter = new TransformStream<Uint8Array, Uint8Array>({
      transform(chunk, controller) {
        total += chunk.byteLength;
        if (total > limit) {
          onCap();
          controller.error(new ByteCapError(limit));
          return;
        }
        controller.enqueue(chunk);
      },
    });
    const counted = new Response(response.body.pipeThrough(counter), {
      status: response.status,
      statusText: response.statusText,
      headers: response.headers,
    });
    Object.defineProperty(counted, 'url', { value: response.url });
    return counted;
  };
}
