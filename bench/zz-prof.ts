import { readFileSync } from 'node:fs';
import { startPreview } from '/work/main/test/e2e/preview';
import { launchChromium } from '/work/main/test/e2e/chromium';
import { editorText, waitForEditor } from '/work/main/test/e2e/page';

const preview = await startPreview('/work/main/dist');
const browser = await launchChromium();
try {
  const context = await browser.newContext({ viewport: { width: 1500, height: 950 }, permissions: ['clipboard-read', 'clipboard-write'] });
  const page = await context.newPage();
  await page.goto(preview.url);
  await page.getByRole('button', { name: 'Load tools' }).click();
  const dialog = page.getByRole('dialog', { name: 'Load tools' });
  const list = readFileSync('/work/main/public/examples/generated-5000.json', 'utf8');
  await page.evaluate((value) => navigator.clipboard.writeText(value), list);
  await dialog.getByRole('textbox', { name: 'Tool list JSON' }).focus();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.press('ControlOrMeta+V');
  await page.waitForTimeout(3000);
  await dialog.getByRole('button', { name: 'Load', exact: true }).click();
  await page.getByText('5000 shown').waitFor();
  await waitForEditor(page);
  await page.getByRole('button', { name: 'Apply recommended policy' }).click();
  await page.waitForFunction(() => true);
  for (let i = 0; i < 50 && (await editorText(page)).length < 100000; i++) await page.waitForTimeout(200);
  console.log('text', (await editorText(page)).length);
  await page.waitForTimeout(2000);
  const names = await page.getByRole('list', { name: 'Tool list' }).locator('[role="listitem"] .tool-name').allTextContents();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  await cdp.send('Profiler.start');
  for (let i = 0; i < 10; i++) {
    const name = names[i % 6]!;
    const group = page.getByRole('radiogroup', { name: `Decision for ${name}`, exact: true });
    const current = await group.locator('input:checked').getAttribute('value');
    await group.getByRole('radio', { name: current === 'deny' ? 'Allow' : 'Deny', exact: true }).click();
    await page.waitForTimeout(150);
  }
  const { profile } = await cdp.send('Profiler.stop');
  const self = new Map<string, number>();
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const dt = profile.timeDeltas ?? [];
  (profile.samples ?? []).forEach((id, i) => {
    const n = byId.get(id)!;
    const key = `${n.callFrame.functionName || '(anon)'} ${n.callFrame.url.split('/').pop()}:${n.callFrame.lineNumber}`;
    self.set(key, (self.get(key) ?? 0) + (dt[i] ?? 0) / 1000);
  });
  const top = [...self.entries()].sort((a, b) => b[1] - a[1]).slice(0, 30);
  for (const [k, v] of top) console.log(v.toFixed(1).padStart(8), k);
} finally {
  await browser.close();
  await preview.stop();
}
