// The last line of defence (static/crash-guard.js): when the app cannot start or its
// WebAssembly traps, the visitor reads in their language that something went wrong,
// whether their work up to the last autosave is kept, and gets a reload button.
//
// A real trap needs a test build: `make dist-trap` builds the app with the cargo
// feature `trap-test` into target/dist-trap (served on PORT + 2, tests/support/ports.ts), where
// `?__trap=start` panics before the app mounts and `?__trap=click` on a click on the heading
// (a panic is an `unreachable` trap with panic = "abort"). The release build in dist/
// must not react to `?__trap` at all.
//
// These tests expect page errors (the trap), so they check the page's other guards
// themselves: no CSP violation (the guard must be allowed by the policy).
import { existsSync, readFileSync } from 'node:fs';
import { test as base, expect, type Page } from '@playwright/test';
import { test as guarded, recordCspViolations } from './fixtures';
import { Calculator } from './pages/calculator';
import AxeBuilder from '@axe-core/playwright';
import { PORT } from '../support/ports';

const TRAP_DIST = 'target/dist-trap';
const TRAP = `http://127.0.0.1:${PORT + 2}/index.html`;

/** The crash.* texts of a language, from its translation file (their only source). */
function crashText(lang: string): Record<string, string> {
  const text: Record<string, string> = {};
  for (const raw of readFileSync(`locales/${lang}.txt`, 'utf8').split('\n')) {
    const l = raw.trim();
    const at = l.indexOf('=');
    if (l.startsWith('crash.') && at > 0) text[l.slice(6, at).trim()] = l.slice(at + 1).trim();
  }
  return text;
}

/** Page errors and CSP violations of a page that is expected to trap. */
function watch(page: Page) {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(`${e.name}: ${e.message}`));
  return {
    errors,
    async noCspViolation() {
      const v = await page.evaluate(() => (window as any).__cspViolations ?? []);
      expect(v, 'the crash guard runs under the Content-Security-Policy').toEqual([]);
    },
  };
}

const test = base.extend<{ watched: ReturnType<typeof watch> }>({
  watched: async ({ page }, use) => {
    await page.addInitScript(recordCspViolations);
    await use(watch(page));
  },
});

async function expectAlert(page: Page, lang: string, kept: boolean) {
  const t = crashText(lang);
  const alert = page.getByRole('alert').filter({ has: page.getByTestId('crash-reload') });
  await expect(alert).toBeVisible();
  await expect(alert).toHaveAttribute('data-testid', 'crash-guard');
  await expect(alert.locator('h2')).toHaveText(t.title);
  await expect(alert.locator('p')).toHaveText(kept ? t.kept : t.not_kept);
  const reload = page.getByTestId('crash-reload');
  await expect(reload).toHaveText(t.reload);
  await expect(reload).toBeFocused();
  await expect(page.locator('html')).toHaveAttribute('lang', lang);
  // The broken app is hidden and inert behind it.
  await expect(page.getByTestId('verdict')).toBeHidden();
  for (const el of await page.locator('body > :not(.crash-guard)').all()) {
    expect(await el.evaluate((e) => (e as HTMLElement).inert)).toBe(true);
  }
}

test.describe('a real trap (test build)', () => {
  test.beforeAll(() => {
    if (!existsSync(`${TRAP_DIST}/index.html`)) {
      throw new Error(`${TRAP_DIST} is missing: run \`make dist-trap\` (make test does)`);
    }
  });

  test('a trap on a click: the alert in zh-TW, work kept, and the reload brings it back', async ({ page, watched }) => {
    const app = new Calculator(page);
    await page.goto(`${TRAP}?__trap=click`);
    await expect(page.getByTestId('verdict')).not.toBeEmpty();
    await app.type('baseline-customers', '1234');
    await app.input('baseline-customers').blur();
    await expect.poll(() => page.evaluate(() => localStorage.getItem('crm-roi:workspace') ?? ''), { timeout: 3000 }).toContain('1234');
    await page.getByRole('heading', { level: 1 }).click();
    await expectAlert(page, 'zh-TW', true);
    expect(watched.errors.join('\n')).toMatch(/RuntimeError: unreachable/);
    await watched.noCspViolation();
    // Enter on the focused button reloads; the work is back.
    await Promise.all([page.waitForEvent('load'), page.keyboard.press('Enter')]);
    await expect(page.getByTestId('verdict')).not.toBeEmpty();
    await expect(app.input('baseline-customers')).toHaveValue('1,234'); // grouped when not being edited
    await expect(page.getByTestId('crash-guard')).toHaveCount(0);
  });

  test('a trap at start in English with nothing saved says so', async ({ page, watched }) => {
    await page.goto(`${TRAP}?__trap=start&lang=en`);
    await expectAlert(page, 'en', false);
    expect(watched.errors.join('\n')).toMatch(/RuntimeError: unreachable/);
    await watched.noCspViolation();
  });

  test.describe('zh-CN from the browser', () => {
    test.use({ locale: 'zh-CN' });
    test('a trap at start follows the browser language, then the visitor\'s choice', async ({ page, watched }) => {
      await page.goto(`${TRAP}?__trap=start`);
      await expectAlert(page, 'zh-CN', false);
      await page.evaluate(() => localStorage.setItem('crm-roi:lang', 'en'));
      await page.reload();
      await expectAlert(page, 'en', false);
      await watched.noCspViolation();
    });
  });

  test('embedded at 320 px in the dark theme: readable, nothing wider than the frame, no axe violation', async ({ page, watched }) => {
    await page.setViewportSize({ width: 320, height: 600 });
    await page.goto(`${TRAP}?__trap=start&embed=1&theme=dark&lang=zh-TW`);
    await expectAlert(page, 'zh-TW', false);
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21aa']).analyze();
    expect(results.violations.map((v) => v.id)).toEqual([]);
    await watched.noCspViolation();
  });
});

test('the release build: a wasm that cannot load shows the alert', async ({ page, watched }) => {
  await page.route('**/*.wasm', (route) => route.abort());
  await page.goto('./index.html?lang=en');
  await expectAlert(page, 'en', false);
  expect(watched.errors.length).toBeGreaterThan(0);
  await watched.noCspViolation();
});

guarded('the release build has no forced trap: ?__trap does nothing', async ({ page }) => {
  const app = new Calculator(page);
  await app.open('?__trap=start');
  await app.open('?__trap=click');
  await page.getByRole('heading', { level: 1 }).click();
  await app.selectOption('automated');
  await expect(page.getByTestId('crash-guard')).toHaveCount(0);
  await expect(page.getByTestId('verdict')).toBeVisible();
  // The guard is there, loaded before the app, and allowed by the policy (fixtures.ts).
  await expect(page.locator('head script[src*="crash-guard"]')).toHaveCount(1);
});
