import { describe, expect, it } from 'vitest';
import { CHROMIUM_ARGS, findChromium } from '../e2e/chromium';

describe('finding a Chromium for the browser tests', () => {
  it('takes CHROMIUM_PATH first', async () => {
    const choice = await findChromium({ CHROMIUM_PATH: '/opt/chrome/chrome' }, process.execPath);
    expect(choice).toEqual({
      executablePath: '/opt/chrome/chrome',
      args: CHROMIUM_ARGS,
      source: 'CHROMIUM_PATH',
    });
  });

  it("takes the system's Chromium next, when it is installed", async () => {
    // Any file that exists stands for the system's binary here.
    const choice = await findChromium({}, process.execPath);
    expect(choice.source).toBe('system');
    expect(choice.executablePath).toBe(process.execPath);
  });
});
