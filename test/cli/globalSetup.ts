import { execFileSync } from 'node:child_process';

/** The CLI tests run the built command: build it once before them. */
export default function setup(): void {
  execFileSync(process.execPath, ['scripts/build-cli.mjs'], { stdio: 'inherit' });
}
