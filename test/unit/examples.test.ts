import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { classifyTool, parseToolList } from '../../src/core';
import { EXAMPLE_SERVERS } from '../../src/transfer/examples';
import {
  generateExampleTools,
  LARGE_EXAMPLE_COUNT,
  LARGE_EXAMPLE_FILE,
  largeExampleText,
} from '../../scripts/generate-large-example';

function example(file: string) {
  const result = parseToolList(
    readFileSync(new URL(`../../public/examples/${file}`, import.meta.url), 'utf8'),
  );
  if (!result.ok) throw new Error(`${file}: ${JSON.stringify(result.findings)}`);
  return result;
}

describe('bundled example servers', () => {
  it.each([
    ['aws-memcached.json', 19],
    ['aws-healthimaging.json', 18],
    ['kv-database.json', 22],
    ['generated-5000.json', 5000],
  ])('%s is a clean tools/list result of %d tools', (file, count) => {
    const { tools, findings } = example(file);
    expect(findings).toEqual([]);
    expect(tools).toHaveLength(count);
    expect(EXAMPLE_SERVERS.map((e) => e.file)).toContain(file);
  });

  it('carries the seeds’ tools, each Write / Medium as the seeds say', () => {
    const all = ['aws-memcached.json', 'aws-healthimaging.json', 'kv-database.json'].flatMap(
      (file) => example(file).tools,
    );
    const seeds = [
      'cache_set',
      'cache_cas',
      'kv_set',
      'update_image_set_metadata',
      'copy_image_set',
    ];
    for (const name of seeds) {
      const tool = all.find((t) => t.name === name);
      expect(tool, name).toBeDefined();
      if (tool)
        expect([name, classifyTool(tool).category, classifyTool(tool).risk]).toEqual([
          name,
          'Write',
          'Medium',
        ]);
    }
  });

  it('gives every hand-written tool an input schema and annotations', () => {
    for (const file of ['aws-memcached.json', 'aws-healthimaging.json', 'kv-database.json']) {
      for (const tool of example(file).tools) {
        expect(tool.inputSchema?.type, `${file} ${tool.name}`).toBe('object');
        expect(tool.description, `${file} ${tool.name}`).toBeTruthy();
        expect(typeof tool.annotations?.readOnlyHint, `${file} ${tool.name}`).toBe('boolean');
      }
    }
  });

  it('commits exactly what the generator script writes', () => {
    expect(readFileSync(LARGE_EXAMPLE_FILE, 'utf8')).toBe(largeExampleText());
  });

  it('generates distinct names across every category', () => {
    const tools = generateExampleTools(LARGE_EXAMPLE_COUNT);
    expect(new Set(tools.map((t) => t.name)).size).toBe(LARGE_EXAMPLE_COUNT);
    const categories = new Set(
      parseToolList(JSON.stringify(tools)).ok
        ? example('generated-5000.json').tools.map((t) => classifyTool(t).category)
        : [],
    );
    expect([...categories].sort()).toEqual([
      'Destructive',
      'Execute',
      'Financial',
      'Read',
      'Write',
    ]);
  });
});
