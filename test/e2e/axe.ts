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
