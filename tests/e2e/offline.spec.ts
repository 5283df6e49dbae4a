// Offline use after one visit, and updates that wait for the visitor: the service
// worker that the release build generates (scripts/service-worker.mjs).
import { spawn, execFileSync, type ChildProcess } from 'node:child_process';
import { appendFileSync, cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { Calculator } from './pages/calculator';
import { PORT } from '../support/ports';
import { answered } from '../support/oracle';

test.use({ serviceWorkers: 'allow' });

/** Waits until the service worker has installed and controls the page. */
async function controlled(page: Page) {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) {
      await new Promise((resolve) => navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true }));
    }
  });
}

test('after one visit the calculator loads and works offline, in a reload and a new tab', async ({ page, context }) => {
  const app = new Calculator(page);
  await app.open();
  await controlled(page);

  await context.setOffline(true);
  await page.reload();
  await expect(page.getByTestId('verdict')).not.toBeEmpty();
  const npv = app.result('personalised', 'npv');
  const currency = await app.input('settings-currency').inputValue();
  await app.type('baseline-customers', '3000');
  await expect(npv).toHaveAttribute('data-value', answered(currency, { customers: '3000' }).hooks['result-personalised-npv'] as string);
  // A language that was never fetched online comes from the cache too.
  await page.getByTestId('lang-zh-CN').click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');

  // A new tab, with another query: the same cached page.
  const tab = await context.newPage();
  await tab.goto('./?lang=en&embed=1');
  await expect(tab.getByTestId('verdict')).not.toBeEmpty();
  await expect(tab.locator('html')).toHaveAttribute('lang', 'en');
  await expect(tab.locator('html')).toHaveClass(/\bembed\b/);
  // The work typed offline in the first tab was kept.
  await expect(tab.getByTestId('input-baseline-customers')).toHaveValue(/3,?000/);
  await tab.close();
  await context.setOffline(false);
});

test.describe('a new version', () => {
  let server: ChildProcess;
  let dir: string;
  const port = PORT + 3;
  const url = `http://127.0.0.1:${port}/`;

  test.beforeAll(async () => {
    // A copy of the build, served on its own port, so it can be changed.
    dir = mkdtempSync(join(tmpdir(), 'crm-roi-update-'));
    cpSync('dist', dir, { recursive: true });
    server = spawn('node', ['tests/support/serve.mjs', dir, String(port)], { stdio: 'pipe' });
    await new Promise<void>((resolve, reject) => {
      server.stdout!.on('data', (d) => { if (String(d).includes('serving')) resolve(); });
      server.on('exit', () => reject(new Error('server exited')));
    });
  });
  test.afterAll(() => {
    server?.kill();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  test('is announced and waits for the visitor’s reload', async ({ page }) => {
    await page.goto(url);
    await expect(page.getByTestId('verdict')).not.toBeEmpty();
    await controlled(page);
    await expect(page.getByTestId('notice-update')).toHaveCount(0);
    const cachesBefore = await page.evaluate(() => caches.keys());
    expect(cachesBefore).toHaveLength(1);

    // A new build: one asset changed, the service worker generated again from the files.
    appendFileSync(join(dir, 'locales', 'en.txt'), '\n# new version\n');
    execFileSync('node', ['scripts/service-worker.mjs', dir]);

    // The visitor comes back to the tab (the app then checks for a new version).
    await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())!.update());
    await expect(page.getByTestId('notice-update')).toBeVisible();
    // Nothing switched under the visitor's hands: the old version still serves the page.
    const state = await page.evaluate(async () => {
      const reg = (await navigator.serviceWorker.getRegistration())!;
      return { waiting: !!reg.waiting, caches: await caches.keys() };
    });
    expect(state.waiting).toBe(true);
    expect(state.caches).toContain(cachesBefore[0]);
    await expect(page.getByTestId('verdict')).not.toBeEmpty();

    // "Reload to update": the new version takes over, the old cache is gone.
    await Promise.all([page.waitForEvent('load'), page.getByTestId('update-reload').click()]);
    await expect(page.getByTestId('verdict')).not.toBeEmpty();
    await expect(page.getByTestId('notice-update')).toHaveCount(0);
    await expect.poll(() => page.evaluate(() => caches.keys())).toEqual([expect.not.stringMatching(cachesBefore[0])]);
    const served = await page.evaluate(() => fetch('./locales/en.txt').then((r) => r.text()));
    expect(served).toContain('# new version');

    // The usual way a visitor meets a new version: it was published while the tab was
    // closed, and the page they open (from the cache) finds it.
    appendFileSync(join(dir, 'locales', 'en.txt'), '\n# a third version\n');
    execFileSync('node', ['scripts/service-worker.mjs', dir]);
    await page.reload();
    await expect(page.getByTestId('verdict')).not.toBeEmpty();
    await expect(page.getByTestId('notice-update')).toBeVisible();
  });
});
