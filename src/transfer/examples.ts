/** A bundled example server: a tools/list result in public/examples/. */
export interface ExampleServer {
  file: string;
  serverName: string;
  detail: string;
}

export const EXAMPLE_SERVERS: readonly ExampleServer[] = [
  {
    file: 'aws-memcached.json',
    serverName: 'AWS Memcached (ElastiCache)',
    detail: '19 tools: cache_get, cache_set, cache_cas, cache_delete…',
  },
  {
    file: 'aws-healthimaging.json',
    serverName: 'AWS HealthImaging',
    detail: '18 tools: get_image_set, update_image_set_metadata, copy_image_set…',
  },
  {
    file: 'kv-database.json',
    serverName: 'Key-value database',
    detail: '22 tools: kv_set, kv_get, query_collection, drop_collection…',
  },
  {
    file: 'generated-5000.json',
    serverName: 'Generated server (5,000 tools)',
    detail: 'A made-up server for trying the app at scale',
  },
];

export type ExampleText = { ok: true; text: string } | { ok: false; error: string };

/** Fetches an example from this app's own files (a request the person asked for). */
export async function fetchExample(example: ExampleServer): Promise<ExampleText> {
  try {
    const response = await fetch(`${import.meta.env.BASE_URL}examples/${example.file}`);
    if (!response.ok) {
      return { ok: false, error: `The example could not be loaded (${response.status}).` };
    }
    return { ok: true, text: await response.text() };
  } catch {
    return {
      ok: false,
      error: 'The example could not be loaded (the app’s files are not reachable).',
    };
  }
}
