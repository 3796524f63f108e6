import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

/** The system's Chromium, used when CHROMIUM_PATH is not set and it is installed. */
export const SYSTEM_CHROMIUM = '/usr/bin/chromium';

/** Flags for Chromium here: headless, without the background traffic this machine refuses. */
export const CHROMIUM_ARGS: readonly string[] = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** Which Chromium the browser tests and the benchmark run, and with which flags. */
export interface ChromiumChoice {
  executablePath: string;
  args: readonly string[];
  /** Where it came from, for messages: "CHROMIUM_PATH", "system" or "@sparticuz/chromium". */
  source: string;
}

/**
 * Finds a Chromium without root: CHROMIUM_PATH when set, else the system's /usr/bin/chromium,
 * else the one the dev dependency @sparticuz/chromium ships inside the package (unpacked to the
 * temp folder on first use, about 1.5 s).
 */
export async function findChromium(
  env: NodeJS.ProcessEnv = process.env,
  systemPath = SYSTEM_CHROMIUM,
): Promise<ChromiumChoice> {
  const given = env.CHROMIUM_PATH;
  if (given) return { executablePath: given, args: CHROMIUM_ARGS, source: 'CHROMIUM_PATH' };
  if (existsSync(systemPath)) {
    return { executablePath: systemPath, args: CHROMIUM_ARGS, source: 'system' };
  }
  const { default: packaged } = await import('@sparticuz/chromium');
  const args = [...new Set([...packaged.args, ...CHROMIUM_ARGS])];
  return {
    executablePath: await packaged.executablePath(),
    args,
    source: '@sparticuz/chromium',
  };
}

/** Starts Chromium headless (shared by the e2e tests and the browser benchmark). */
export async function launchChromium(): Promise<Browser> {
  const { executablePath, args } = await findChromium();
  return chromium.launch({ executablePath, args: [...args], headless: true });
}
