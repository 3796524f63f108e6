import { existsSync } from 'node:fs';
import type { TestProject } from 'vitest/node';
import { startPreview } from './preview';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

/** Serves the built app once per run with `vite preview` on 127.0.0.1. */
export default async function setup(project: TestProject) {
  // E2E_DIST lets several people build and test side by side without sharing dist/.
  const dist = process.env.E2E_DIST ?? 'dist';
  if (!existsSync(`${dist}/index.html`)) {
    throw new Error(`${dist}/ is missing: run \`npm run build\` first`);
  }
  const preview = await startPreview(dist);
  project.provide('baseUrl', preview.url);
  return () => preview.stop();
}
