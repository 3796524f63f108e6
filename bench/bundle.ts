// What a visit downloads, from the built files: the chunk graph read from dist/index.html and
// the chunks' own import statements, each file gzipped with zlib (level 9, as a server would).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface FileSize {
  file: string;
  gzip: number;
}

export interface BundleGroup {
  files: FileSize[];
  gzip: number;
}

export interface BundleReport {
  /** The entry chunk and everything it imports statically: loaded before anything shows. */
  initial: BundleGroup;
  initialCss: BundleGroup;
  /** Chunks loaded (lazily) for Monaco, and Monaco's workers. */
  monaco: BundleGroup;
  monacoWorkers: BundleGroup;
  /** Other lazy chunks and workers (import worker, live connection, …). */
  otherLazy: BundleGroup;
  /** Style sheets loaded later (Monaco's). */
  lazyCss: BundleGroup;
}

interface ChunkLinks {
  statics: string[];
  dynamics: string[];
  workers: string[];
}

const STATIC_IMPORT =
  /(?:^|[;}\s])(?:import|export)(?:[^;"'`()]*?from)?\s*["'`](\.\.?\/[^"'`]+\.js)["'`]/g;
const DYNAMIC_IMPORT = /\bimport\(\s*["'`](\.\.?\/[^"'`]+\.js)["'`]\s*\)/g;
const WORKER = /new Worker\(\s*(?:new URL\(\s*)?["'`]([^"'`]+\.js)["'`]/g;
// Monaco reads this global to find its workers: only its own code names it.
const MONACO_MARK = 'MonacoEnvironment';

function linksOf(assets: string, file: string): ChunkLinks {
  const code = readFileSync(join(assets, file), 'utf8');
  const names = (re: RegExp) =>
    [...code.matchAll(re)]
      .map((m) => basename(m[1] ?? ''))
      .filter((name) => name !== '' && existsSync(join(assets, name)));
  return { statics: names(STATIC_IMPORT), dynamics: names(DYNAMIC_IMPORT), workers: names(WORKER) };
}

function gzipOf(path: string): number {
  return gzipSync(readFileSync(path), { level: 9 }).length;
}

function group(assets: string, files: Iterable<string>): BundleGroup {
  const sizes = [...files].sort().map((file) => ({ file, gzip: gzipOf(join(assets, file)) }));
  return { files: sizes, gzip: sizes.reduce((sum, f) => sum + f.gzip, 0) };
}

/** Gzip sizes of the built app in `dist`, grouped by when the browser loads them. */
export function bundleReport(dist: string): BundleReport {
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const assets = join(dist, 'assets');
  const attr = (re: RegExp) => [...html.matchAll(re)].map((m) => basename(m[1] ?? ''));
  const entries = attr(/<script[^>]*type="module"[^>]*src="([^"]+)"/g);
  const preloads = attr(/<link[^>]*rel="modulepreload"[^>]*href="([^"]+)"/g);
  const css = attr(/<link[^>]*rel="stylesheet"[^>]*href="([^"]+)"/g);

  const links = new Map<string, ChunkLinks>();
  const linksFor = (file: string): ChunkLinks => {
    let found = links.get(file);
    if (found === undefined) {
      found = linksOf(assets, file);
      links.set(file, found);
    }
    return found;
  };
  // Files reached from `roots` through `follow`, not going through (nor including) `known`.
  const closure = (
    roots: readonly string[],
    follow: (l: ChunkLinks) => string[],
    known: ReadonlySet<string> = new Set(),
  ): Set<string> => {
    const seen = new Set<string>();
    const stack = [...roots];
    while (stack.length > 0) {
      const file = stack.pop() as string;
      if (seen.has(file) || known.has(file)) continue;
      seen.add(file);
      stack.push(...follow(linksFor(file)));
    }
    return seen;
  };
  const everything = (l: ChunkLinks) => [...l.statics, ...l.dynamics, ...l.workers];

  const initial = closure([...entries, ...preloads], (l) => l.statics);
  const lazyRoots = new Set<string>();
  for (const file of initial) {
    for (const d of linksFor(file).dynamics) if (!initial.has(d)) lazyRoots.add(d);
    for (const w of linksFor(file).workers) lazyRoots.add(w);
  }

  const lazy = closure([...lazyRoots], everything, initial);
  // Monaco: the lazy chunks holding its code and all they bring in (its languages, its workers).
  const monacoRoots = [...lazy].filter((f) =>
    readFileSync(join(assets, f), 'utf8').includes(MONACO_MARK),
  );
  const workers = new Set([...links.values()].flatMap((l) => l.workers));
  const monaco = new Set<string>();
  const monacoWorkers = new Set<string>();
  for (const file of closure(monacoRoots, everything, initial)) {
    (workers.has(file) ? monacoWorkers : monaco).add(file);
  }
  const otherLazy = [...lazy].filter((f) => !monaco.has(f) && !monacoWorkers.has(f));
  const lazyCss = readdirSync(assets).filter((f) => f.endsWith('.css') && !css.includes(f));

  return {
    initial: group(assets, initial),
    initialCss: group(assets, css),
    monaco: group(assets, monaco),
    monacoWorkers: group(assets, monacoWorkers),
    otherLazy: group(assets, otherLazy),
    lazyCss: group(assets, lazyCss),
  };
}
