// An ESLint rule: no file under src/ may be part of an import cycle. The graph of relative
// imports (type-only ones too: they tie the files just the same) is built once per lint run;
// each file reports the cycle it sits in. A hand-written rule because the project's only module
// kind is relative TypeScript imports: a general resolver plugin would add weight for nothing.
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

const EXTENSIONS = ['', '.ts', '.tsx', '/index.ts', '/index.tsx'];
const IMPORT =
  /(?:import|export)\s[^'"]*?from\s*['"](\.[^'"]+)['"]|import\(\s*['"](\.[^'"]+)['"]\s*\)/g;

function sourceFiles(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(name) && !name.endsWith('.d.ts') ? [path] : [];
  });
}

function importsOf(file) {
  const found = new Set();
  for (const m of readFileSync(file, 'utf8').matchAll(IMPORT)) {
    const base = resolve(dirname(file), m[1] ?? m[2]);
    const hit = EXTENSIONS.map((e) => base + e).find((p) => existsSync(p) && statSync(p).isFile());
    if (hit) found.add(hit);
  }
  return [...found];
}

/** Strongly connected components of more than one file (Tarjan), as file -> its cycle. */
function cyclesIn(root) {
  const graph = new Map(sourceFiles(root).map((f) => [f, importsOf(f)]));
  const index = new Map();
  const low = new Map();
  const stack = [];
  const onStack = new Set();
  const cycleOf = new Map();
  let next = 0;
  const visit = (v) => {
    index.set(v, next);
    low.set(v, next);
    next++;
    stack.push(v);
    onStack.add(v);
    for (const w of graph.get(v) ?? []) {
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v), low.get(w)));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v), index.get(w)));
    }
    if (low.get(v) !== index.get(v)) return;
    const members = [];
    let w;
    do {
      w = stack.pop();
      onStack.delete(w);
      members.push(w);
    } while (w !== v);
    if (members.length > 1) for (const m of members) cycleOf.set(m, members);
  };
  for (const v of graph.keys()) if (!index.has(v)) visit(v);
  return cycleOf;
}

const cache = new Map();

export const noImportCycles = {
  meta: {
    type: 'problem',
    docs: { description: 'No import cycles among the files of a source folder.' },
    schema: [{ type: 'object', properties: { root: { type: 'string' } } }],
  },
  create(context) {
    const root = resolve(context.cwd, context.options[0]?.root ?? 'src');
    return {
      Program(node) {
        if (!cache.has(root)) cache.set(root, cyclesIn(root));
        const cycle = cache.get(root).get(resolve(context.filename));
        if (!cycle) return;
        const names = cycle.map((f) => relative(context.cwd, f)).join(' -> ');
        context.report({ node, message: `This file is in an import cycle: ${names}.` });
      },
    };
  },
};
