import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';

const AXE_SOURCE = readFileSync('node_modules/axe-core/axe.min.js', 'utf8');

/**
 * Puts axe-core into the page. Evaluated through the browser's debugging protocol, not as a
 * `<script>`: the app's Content-Security-Policy rightly refuses inline scripts.
 */
export async function injectAxe(page: Page): Promise<void> {
  await page.evaluate(AXE_SOURCE);
}

/** Every axe-core violation on the page, of any impact, as "rule: targets". */
export async function axeViolations(page: Page): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) {
    await injectAxe(page);
  }
  return page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: {
          run: (
            ctx: object,
            options: object,
          ) => Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }>;
        };
      }
    ).axe;
    // Monaco's own DOM (its hidden textarea, its view lines) is Monaco's to fix, not ours.
    const result = await axe.run(
      { exclude: [['.monaco-editor']] },
      { resultTypes: ['violations'] },
    );
    return result.violations.map(
      (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
    );
  });
}
