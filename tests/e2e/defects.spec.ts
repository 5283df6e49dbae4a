// Defects of issue 10, as a visitor meets them: a call to action that hides where it
// goes, spreadsheet formulas in a CSV, share links pasted from an e-mail, a `{months}`
// in a name, huge files, two deployments on one origin, and the embed at 360 px.
import { spawn, execFileSync, type ChildProcess } from 'node:child_process';
import { appendFileSync, cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { defaults, expectedFor, shareHash } from '../support/oracle';
import { Calculator } from './pages/calculator';

const base = defaults('TWD');

async function openTools(page: Page) {
  const tools = page.locator('details.data-tools');
  if (!(await tools.evaluate((d: HTMLDetailsElement) => d.open))) await page.getByTestId('data-tools').click();
}

test('a call to action shows the host it goes to, and its label loses invisible characters', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  const app = new Calculator(page);
  // A right-to-left override and a zero-width space hidden in the label.
  const label = 'Session expired \u202E– sign in\u200B';
  await app.open(`?embed=1&lang=en&cta=${encodeURIComponent('https://evil.example/login')}&cta_label=${encodeURIComponent(label)}`);
  const link = page.getByTestId('cta');
  await expect(link).toHaveAttribute('href', 'https://evil.example/login');
  const host = page.getByTestId('cta-host');
  await expect(host).toBeVisible();
  await expect(host).toHaveText('(site: evil.example)');
  const text = await link.textContent();
  expect(text).toContain('Session expired – sign in');
  expect(text).not.toMatch(/[\u202A-\u202E\u2066-\u2069\u200B-\u200F]/);
  // The host is inside the link's box, not cut off, at 320 px.
  const [a, h] = [await link.boundingBox(), await host.boundingBox()];
  expect(h!.x + h!.width).toBeLessThanOrEqual(a!.x + a!.width + 0.5);
  expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
  // Framed in every language.
  await page.getByTestId('lang-zh-TW').click();
  await expect(host).toHaveText('（網站：evil.example）');
  await page.getByTestId('lang-zh-CN').click();
  await expect(host).toHaveText('（网站：evil.example）');
  // The app's own wording also says where it goes.
  await app.open(`?lang=en&cta=${encodeURIComponent('https://consult.example/book')}`);
  await expect(page.getByTestId('cta')).toHaveText(/Talk to a consultant about these results\s*\(site: consult\.example\)/);
});

test('option names that look like formulas or placeholders stay text in the verdict and the CSV', async ({ page }) => {
  // Single-pass placeholders: a {months} in a name is not filled in.
  const named = structuredClone(base.scenario);
  for (const o of named.options) o.name = '{months} {years} plan';
  const app = new Calculator(page);
  await app.open('?lang=en', shareHash(named));
  await expect(page.getByTestId('verdict')).toContainText('{months} {years} plan pays back first, in ');
  expect(await page.getByTestId('verdict').textContent()).not.toMatch(/\d plan/);

  const s = structuredClone(base.scenario);
  const formula = '=HYPERLINK("https://x"&B2,"Details")';
  s.options[0].name = formula;
  s.options[1].name = '{months} plan';
  await app.open('?lang=en&csv=1', shareHash(s));
  await openTools(page);
  let download = page.waitForEvent('download');
  await page.getByTestId('export-csv-comparison').click();
  let csv = readFileSync(await (await download).path(), 'utf8');
  const head = csv.slice(1).split('\r\n')[0];
  expect(head).toContain(`"'=HYPERLINK(""https://x""&B2,""Details"")"`);
  expect(head).toContain(',{months} plan,');
  for (const cell of head.split(',')) expect(cell).not.toMatch(/^[=+\-@\t\r]/);

  // The year table of that option: numbers stay numbers, negative ones too.
  download = page.waitForEvent('download');
  await page.getByTestId('export-csv-years').click();
  csv = readFileSync(await (await download).path(), 'utf8');
  // The first line names the option (the formula is text inside it, not a cell of its
  // own); the table below has no prefixed cell.
  const [title, ...table] = csv.slice(1).split('\r\n');
  expect(title).toBe(`"Year by year: ${formula.replaceAll('"', '""')}"`);
  expect(table.join('\n')).not.toContain("'");
  const year0 = table[1].split(',');
  expect(year0.some((c) => /^-\d+\.\d\d$/.test(c))).toBe(true);
});

test('a share link pasted from an e-mail, with escapes, spaces and line breaks, opens', async ({ page }) => {
  const s = structuredClone(base.scenario);
  s.horizon_years = 5;
  const value = shareHash(s).slice('#scenario='.length);
  const parts = value.match(/.{1,60}/g)!;
  const pasted = parts.map((p, i) => (i % 3 === 0 ? `${p}%0A` : i % 3 === 1 ? `${p}%20%0D%0A` : `${p}%20`)).join('');
  const app = new Calculator(page);
  await app.open('?lang=en', `#scenario=${pasted}`);
  await expect(page.getByTestId('notice-link-opened')).toBeVisible();
  await app.expectHooks(expectedFor(s));
});

test('a file over 256 KiB, even one of 50 MB, is refused by its size before it is read', async ({ page }) => {
  // Counts the reads of chosen files.
  await page.addInitScript(() => {
    (window as any).__reads = 0;
    const text = Blob.prototype.text;
    Blob.prototype.text = function (this: Blob) {
      (window as any).__reads += 1;
      return text.call(this);
    };
  });
  const app = new Calculator(page);
  await app.open('?lang=en');
  await openTools(page);
  const input = page.getByTestId('import-file');
  const error = page.getByTestId('import-error');

  const justOver = JSON.stringify({ ...base.scenario, name: 'x'.repeat(270_000) });
  await input.setInputFiles({ name: 'big.json', mimeType: 'application/json', buffer: Buffer.from(justOver) });
  await expect(error).toHaveText(/too large \(\d+ KB\).*256 KB/);

  const dir = mkdtempSync(join(tmpdir(), 'crm-roi-huge-'));
  try {
    const huge = join(dir, 'huge.json');
    writeFileSync(huge, Buffer.alloc(50 * 1024 * 1024, 0x20));
    await input.setInputFiles(huge);
    await expect(error).toHaveText(/too large \(51200 KB\).*256 KB/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  expect(await page.evaluate(() => (window as any).__reads)).toBe(0);
  await expect(page.getByTestId('scenario-select').locator('option')).toHaveCount(1);

  // A file of the right size is read (once), so the count above means something.
  await input.setInputFiles({ name: 'ok.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(base.scenario)) });
  await expect(page.getByTestId('scenario-select').locator('option')).toHaveCount(2);
  expect(await page.evaluate(() => (window as any).__reads)).toBe(1);
});

for (const currency of ['', '&currency=TWD']) {
  test(`embedded in English at 360 px${currency}, every number fits its card on one line`, async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 740 });
    const app = new Calculator(page);
    await app.open(`?embed=1&lang=en${currency}`);
    const problems = await page.evaluate(() => {
      const out: string[] = [];
      const root = document.documentElement;
      if (root.scrollWidth > root.clientWidth) out.push(`the page is ${root.scrollWidth} px wide in ${root.clientWidth}`);
      for (const card of document.querySelectorAll<HTMLElement>('.metric-card')) {
        const r = card.getBoundingClientRect();
        if (r.left < 0 || r.right > root.clientWidth) out.push(`${card.dataset.testid} spans ${r.left}…${r.right}`);
        if (card.scrollWidth > card.clientWidth) out.push(`${card.dataset.testid}: content ${card.scrollWidth} px in ${card.clientWidth}`);
        const value = card.querySelector<HTMLElement>('.metric-value')!;
        const range = document.createRange();
        range.selectNodeContents(value);
        const lines = new Set([...range.getClientRects()].map((l) => Math.round(l.top)));
        if (lines.size > 1) out.push(`"${value.textContent}" wraps onto ${lines.size} lines`);
        if (range.getBoundingClientRect().right > value.getBoundingClientRect().right + 0.5) out.push(`"${value.textContent}" sticks out of its card`);
      }
      return out;
    });
    expect(problems).toEqual([]);
    expect(await page.locator('.metric-card').count()).toBeGreaterThan(0);
  });
}

test.describe('two deployments on one origin', () => {
  test.use({ serviceWorkers: 'allow' });
  let server: ChildProcess;
  let root: string;
  let origin: string;

  test.beforeAll(async () => {
    // /crm-roi/ and /staging/crm-roi/: copies of the build, the staging one a different version.
    root = mkdtempSync(join(tmpdir(), 'crm-roi-two-'));
    cpSync('dist', join(root, 'crm-roi'), { recursive: true });
    cpSync('dist', join(root, 'staging', 'crm-roi'), { recursive: true });
    cpSync(join('dist', 'csp-header.txt'), join(root, 'csp-header.txt'));
    appendFileSync(join(root, 'staging', 'crm-roi', 'locales', 'en.txt'), '\n# staging\n');
    for (const d of ['crm-roi', 'staging/crm-roi']) execFileSync('node', ['scripts/service-worker.mjs', join(root, d)]);
    server = spawn('node', ['tests/support/serve.mjs', root, '0'], { stdio: 'pipe' });
    origin = await new Promise<string>((resolve, reject) => {
      server.stdout!.on('data', (d) => {
        const m = String(d).match(/serving .* on (http:\/\/127\.0\.0\.1:\d+)/);
        if (m) resolve(m[1]);
      });
      server.on('exit', () => reject(new Error('server exited')));
    });
  });
  test.afterAll(() => {
    server?.kill();
    if (root) rmSync(root, { recursive: true, force: true });
  });

  /** Opens a deployment and waits until its service worker controls the page. */
  async function visit(page: Page, path: string) {
    await page.goto(`${origin}${path}`);
    await expect(page.getByTestId('verdict')).not.toBeEmpty();
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
      if (!navigator.serviceWorker.controller) {
        await new Promise((resolve) => navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true }));
      }
    });
    return page.evaluate(() => caches.keys());
  }

  test('activating one deployment’s worker keeps the other’s cache', async ({ page, context }) => {
    const first = await visit(page, '/crm-roi/');
    expect(first).toHaveLength(1);
    const [live] = first;
    const afterStaging = await visit(page, '/staging/crm-roi/');
    expect(afterStaging).toHaveLength(2);
    expect(afterStaging).toContain(live);
    const [staging] = afterStaging.filter((k) => k !== live);

    // A new staging version replaces only the older staging cache.
    appendFileSync(join(root, 'staging', 'crm-roi', 'locales', 'en.txt'), '\n# staging 2\n');
    execFileSync('node', ['scripts/service-worker.mjs', join(root, 'staging', 'crm-roi')]);
    await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())!.update());
    await expect(page.getByTestId('notice-update')).toBeVisible();
    await Promise.all([page.waitForEvent('load'), page.getByTestId('update-reload').click()]);
    await expect(page.getByTestId('verdict')).not.toBeEmpty();
    await expect.poll(() => page.evaluate(() => caches.keys())).toHaveLength(2);
    const now = await page.evaluate(() => caches.keys());
    expect(now).toContain(live);
    expect(now).not.toContain(staging);

    // The live deployment still works offline from its own cache.
    await context.setOffline(true);
    try {
      await page.goto(`${origin}/crm-roi/?lang=en`);
      await expect(page.getByTestId('verdict')).not.toBeEmpty();
      await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    } finally {
      await context.setOffline(false);
    }
  });
});
