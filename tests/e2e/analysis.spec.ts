// The analysis (issue 11, model.md §3a): "How sure is this?" runs in a Web Worker that
// is loaded only when the visitor first opens it. A visitor opens it on the default
// scenario and on a scenario from a link and sees the engine's figures; keeps typing
// while Monte Carlo runs and sees the main results follow at once; switches options;
// edits the uncertainty and a lever's range, which change the figures and are kept
// over a reload; uses it offline; and a worker that cannot load says so in the panel.
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from './fixtures';
import { answered, defaults, shareHash } from '../support/oracle';
import { analysisFor, defaultAnalysis } from '../support/analysis-oracle';
import { Calculator } from './pages/calculator';
import { Analysis, WORKER_FILE } from './pages/analysis';
import { expectNumbersOnOneLine } from './pages/layout';

// The oracle runs 30 000 simulations natively per scenario.
test.describe.configure({ timeout: 180_000 });

test('the analysis of the default scenario: loaded on opening only, the engine\'s values, options switch at once', async ({ page }) => {
  const expected = defaultAnalysis();
  const requested: string[] = [];
  page.on('request', (r) => requested.push(r.url()));
  const app = new Calculator(page);
  const analysis = new Analysis(page);
  await app.open();
  await expect(analysis.opener).toHaveCount(1);
  // Nothing of the worker in the first visit.
  expect(requested.filter((u) => WORKER_FILE.test(u))).toEqual([]);
  expect(await page.locator('link[rel="preload"][href*="analysis"], link[rel="modulepreload"][href*="analysis"]').count()).toBe(0);

  await analysis.open();
  await analysis.done('personalised');
  expect(requested.filter((u) => WORKER_FILE.test(u)).length).toBeGreaterThanOrEqual(3);
  await analysis.expectHooks(expected, 'personalised');
  const [p10, p50, p90] = await analysis.percentiles('personalised');
  expect(p10).toBeLessThanOrEqual(p50);
  expect(p50).toBeLessThanOrEqual(p90);

  // The worker computed every option: another option's analysis is there at once.
  await app.selectOption('data_driven');
  await expect(analysis.runsOf('data_driven')).toHaveAttribute('data-runs', '10000', { timeout: 1_000 });
  await expect(page.getByTestId('mc-personalised-prob-positive')).toHaveCount(0);
  await analysis.expectHooks(expected, 'data_driven');
});

test('the analysis of a scenario from a link, with its own uncertainty and ranges', async ({ page }) => {
  const { scenario } = defaults();
  scenario.uncertainty = '35';
  const churn = Number(scenario.options[0].levers.churn_reduction ?? 0);
  expect(churn).toBeGreaterThan(0);
  scenario.options[0].ranges = { churn_reduction: [String(churn / 2), String(Math.min(100, churn * 2))] };
  const expected = analysisFor(scenario);
  const app = new Calculator(page);
  const analysis = new Analysis(page);
  await app.open('?lang=en', shareHash(scenario));
  await analysis.open();
  await analysis.done(scenario.options[0].id);
  await analysis.expectHooks(expected, scenario.options[0].id);
  await expect(app.input('settings-uncertainty')).toHaveValue('35');
  await expect(app.input(`${scenario.options[0].id}-range-churn_reduction-low`)).toHaveValue(String(churn / 2));
});

test('typing while Monte Carlo runs: the main results follow at once, the analysis starts again', async ({ page }) => {
  const app = new Calculator(page);
  const analysis = new Analysis(page);
  await app.open('?lang=en');
  await analysis.open();
  // The simulation may already be done on a fast machine: typing then starts a new one.
  await expect(analysis.progress.or(analysis.results).first()).toBeVisible();
  const npv = app.result('personalised', 'npv');
  // The expected figures first (the oracle takes a moment), then the typing.
  const currency = await app.input('settings-currency').inputValue();
  const typed = ['1500', '1800', '2100'];
  const expected = typed.map((customers) => answered(currency, { customers }).hooks['result-personalised-npv'] as string);
  for (const [i, customers] of typed.entries()) {
    await app.type('baseline-customers', customers);
    // The main results never wait for the worker.
    await expect(npv).toHaveAttribute('data-value', expected[i], { timeout: 300 });
  }
  await analysis.done('personalised');
  // What is shown is the analysis of the last scenario, not of one typed over.
  await expect.poll(() => page.evaluate(() => localStorage.getItem('crm-roi:workspace') ?? '')).toContain('"customers":"2100"');
  const stored = await page.evaluate(() => JSON.parse(localStorage.getItem('crm-roi:workspace')!));
  await analysis.expectHooks(analysisFor(stored.workspace.entries[0].scenario), 'personalised');
});

test('editing the uncertainty and a range changes the analysis and is kept over a reload', async ({ page }) => {
  const app = new Calculator(page);
  const analysis = new Analysis(page);
  await app.open('?lang=en');
  await analysis.open();
  await analysis.done('personalised');
  const before = await analysis.percentiles('personalised');

  await app.type('settings-uncertainty', '45');
  await expect(analysis.results).toHaveClass(/\bstale\b/);
  await analysis.done('personalised');
  const wider = await analysis.percentiles('personalised');
  expect(wider[2] - wider[0]).toBeGreaterThan(before[2] - before[0]);

  // A low bound above the lever's value is refused with a message; the last good value stays.
  const low = 'personalised-range-churn_reduction-low';
  await app.type(low, '99');
  await expect(app.error(low)).toBeVisible();
  await expect(app.error(low)).toContainText(/from 0 to \d/);
  await app.type(low, '1');
  await expect(app.error(low)).toBeHidden();
  await expect(page.getByTestId('clear-ranges')).toBeVisible();
  await analysis.done('personalised');
  const ranged = await analysis.percentiles('personalised');
  expect(ranged).not.toEqual(wider);

  await page.reload();
  await expect(page.getByTestId('verdict')).not.toBeEmpty();
  await expect(app.input('settings-uncertainty')).toHaveValue('45');
  await expect(app.input(low)).toHaveValue('1');
  await analysis.open();
  await analysis.done('personalised');
  expect(await analysis.percentiles('personalised')).toEqual(ranged);

  // Back to ± the uncertainty.
  await page.getByTestId('clear-ranges').click();
  await analysis.done('personalised');
  expect(await analysis.percentiles('personalised')).toEqual(wider);
});

test('the analysis in the quick view: its hooks once, inside the folded part', async ({ page }) => {
  const analysis = new Analysis(page);
  await page.goto('./index.html?view=quick&lang=en');
  await expect(page.getByTestId('verdict')).not.toBeEmpty();
  await page.getByTestId('quick-more').locator('summary').first().click();
  await analysis.open();
  await analysis.done('personalised');
  await expect(page.getByTestId('tornado-personalised-1')).toHaveCount(1);
  await expect(page.getByTestId('mc-personalised-npv-p50')).toHaveCount(1);
});

test('the analysis CSV holds the analysis tables', async ({ page }) => {
  const app = new Calculator(page);
  const analysis = new Analysis(page);
  await app.open('?lang=en');
  const button = page.getByTestId('export-csv-analysis');
  await analysis.open();
  await analysis.done('personalised');
  await expect(button).toBeEnabled();
  const [download] = await Promise.all([page.waitForEvent('download'), button.click()]);
  const text = await (await import('node:fs/promises')).readFile((await download.path())!, 'utf8');
  expect(text.startsWith('\uFEFF')).toBe(true);
  expect(text.split('\r\n').length).toBeGreaterThan(20);
  // Each line as the visitor entered it, at each end of its bar (issue 15, defect 5):
  // the preset's account management is quantity × salary per N of revenue a year, and
  // its value is its money today, as a number.
  const cells = (l: string) => [...l.matchAll(/("(?:[^"]|"")*"|[^,]*)(,|$)/g)].slice(0, -1).map((m) => m[1].replace(/^"|"$/g, '').replace(/""/g, '"'));
  const rows = text.split('\r\n').map(cells);
  const head = rows.find((r) => r.includes('Low, as entered'))!;
  const row = rows.find((r) => r[0] === 'Personalised service' && r[2] === 'cost-0') ?? rows.find((r) => r[2] === 'cost-0')!;
  const low = row[head.indexOf('Low, as entered')];
  expect(low).toMatch(/^[\d.]+ × [\d.]+ [A-Z]{3} per [\d.]+ [A-Z]{3} of revenue a year, a year/);
  expect(Number(row[head.indexOf('Low value (a line: its money today)')])).toBeGreaterThan(1000);
  // The page's tornado row says the same in words.
  await expect(page.locator('[data-testid^="tornado-personalised-"][data-input="cost-0"]')).toContainText(/per .* of revenue a year/);
});

test('a worker that cannot load: a message in the panel, not the crash guard; the calculator works on', async ({ page }) => {
  await page.route(WORKER_FILE, (route) => route.fulfill({ status: 404, body: '' }));
  const app = new Calculator(page);
  const analysis = new Analysis(page);
  await app.open('?lang=en');
  await analysis.open();
  await expect(analysis.failed).toBeVisible();
  await expect(analysis.failed).toContainText(/could not be loaded/);
  await expect(page.getByTestId('crash-guard')).toHaveCount(0);
  const npv = app.result('personalised', 'npv');
  const currency = await app.input('settings-currency').inputValue();
  await app.type('baseline-customers', '2500');
  await expect(npv).toHaveAttribute('data-value', answered(currency, { customers: '2500' }).hooks['result-personalised-npv'] as string);
});

test.describe('offline', () => {
  test.use({ serviceWorkers: 'allow' });

  test('after one visit the analysis works offline (its worker is precached)', async ({ page, context }) => {
    const app = new Calculator(page);
    const analysis = new Analysis(page);
    await app.open('?lang=en');
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
      if (!navigator.serviceWorker.controller) {
        await new Promise((resolve) => navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true }));
      }
    });
    await context.setOffline(true);
    await page.reload();
    await expect(page.getByTestId('verdict')).not.toBeEmpty();
    await analysis.open();
    await analysis.done('personalised');
    await context.setOffline(false);
  });
});

test('the printed report: a note on how to include the analysis, then the analysis itself', async ({ page }) => {
  const app = new Calculator(page);
  const analysis = new Analysis(page);
  await app.open('?lang=en');
  await page.emulateMedia({ media: 'print' });
  const note = page.getByTestId('analysis').locator('.print-only');
  await expect(note).toBeVisible();
  await expect(note).toContainText(/once it has been opened/);
  await page.emulateMedia({ media: 'screen' });
  await analysis.open();
  await analysis.done('personalised');
  // Folded again: still in the report, and no new computation starts.
  await expect(analysis.results).toHaveAttribute('data-status', 'done', { timeout: 30_000 });
  const restarted = page.evaluate(() => new Promise<boolean>((resolve) => {
    const section = document.querySelector('[data-testid="analysis"]')!;
    const observer = new MutationObserver(() => {
      if (section.querySelector('[data-testid="analysis-progress"]')) { observer.disconnect(); resolve(true); }
    });
    observer.observe(section, { childList: true, subtree: true });
    setTimeout(() => { observer.disconnect(); resolve(false); }, 600);
  }));
  await analysis.opener.click();
  expect(await restarted).toBe(false);
  await expect(page.getByTestId('tornado-personalised-1')).toBeHidden();
  await page.emulateMedia({ media: 'print' });
  await expect(note).toHaveCount(0);
  for (const id of ['tornado-personalised-1', 'breakeven-personalised-churn_reduction', 'mc-personalised-npv-p50']) {
    await expect(page.getByTestId(id), id).toBeVisible();
  }
  await expect(page.getByTestId('input-settings-uncertainty')).toBeHidden();
});

test('"Print the report" before opening the analysis computes it first, then prints it', async ({ page }) => {
  // The print dialog, replaced by a recorder of what the report holds at that moment.
  await page.addInitScript(() => {
    (window as any).__printed = [];
    window.print = () => {
      const runs = document.querySelector('[data-testid="mc-personalised-prob-positive"]')?.getAttribute('data-runs');
      const tornado = document.querySelectorAll('[data-testid^="tornado-personalised-"]').length;
      (window as any).__printed.push({ runs, tornado });
    };
  });
  const app = new Calculator(page);
  const analysis = new Analysis(page);
  await app.open('?lang=en');
  // Never opened: nothing computed yet.
  await expect(page.locator('[data-testid^="tornado-personalised-"]')).toHaveCount(0);
  await page.getByTestId('data-tools').click();
  await page.getByTestId('print').click();
  await expect.poll(() => page.evaluate(() => (window as any).__printed.length), { timeout: 30_000 }).toBe(1);
  const [printed] = await page.evaluate(() => (window as any).__printed);
  expect(printed.runs).toBe('10000');
  expect(printed.tornado).toBeGreaterThan(3);
  // Printing again with the analysis done prints at once, once.
  await page.getByTestId('print').click();
  await expect.poll(() => page.evaluate(() => (window as any).__printed.length)).toBe(2);
  await page.waitForTimeout(300);
  expect(await page.evaluate(() => (window as any).__printed.length)).toBe(2);
});

for (const scheme of ['light', 'dark'] as const) {
  test(`axe: the open analysis, while running and done, in ${scheme} mode, then in another language`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    const app = new Calculator(page);
    const analysis = new Analysis(page);
    await app.open('?lang=en');
    const scan = async () => {
      const result = await new AxeBuilder({ page }).include('[data-testid="analysis"]').withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
      const bad = result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
      expect(bad.map((v) => `${v.id}: ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    };
    await analysis.open();
    await expect(analysis.opener).toHaveAttribute('aria-expanded', 'true');
    await scan();
    await analysis.done('personalised');
    await scan();
    // Another language: the worker writes the analysis in it, of the example in the
    // language's currency (the visitor changed nothing, so it follows the language).
    await page.getByTestId('lang-zh-CN').click();
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
    await analysis.done('personalised');
    await expect(analysis.results).toContainText('次模拟');
    await analysis.expectHooks(analysisFor(defaults('CNY').scenario), 'personalised');
    await scan();
  });
}

for (const lang of ['en', 'zh-TW']) {
  test(`the analysis on a 360 px phone in ${lang}: every number on one line, nothing sideways`, async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 800 });
    const app = new Calculator(page);
    await app.open(`?lang=${lang}`);
    const analysis = new Analysis(page);
    await analysis.open();
    await analysis.done('personalised');
    // All three options done (the figures shown are written once more at the end).
    await expect(analysis.results).toHaveAttribute('data-status', 'done', { timeout: 30_000 });
    // The tornado's cells (value above NPV), the cases and the percentiles: wide tables
    // scroll inside their own box, their numbers never break.
    await expect(page.locator('.analysis-tornado .num').first()).toBeVisible();
    await page.locator('.analysis-tornado .table-scroll').scrollIntoViewIfNeeded();
    await expectNumbersOnOneLine(page);
  });
}

// Issue 15, defect 4 (model.md §3a, contract.md §4): first-year ROI counts what the
// first year costs, set-up included. Worked by hand on the default scenario's year
// table (personalised service, TWD): Benefit₀ 0, Cost₀ 84 000, Benefit₁ 452 790,
// Cost₁ 630 000 → (0 + 452 790 − 84 000 − 630 000) / (84 000 + 630 000) × 100
// = −261 210 / 714 000 × 100 = −36.58 %: a first year that loses money says so (the
// withdrawn Benefit₁ / Cost₀ said +539 %).
test('first-year ROI of the default scenario, worked by hand', async ({ page }) => {
  const app = new Calculator(page);
  const analysis = new Analysis(page);
  await app.open('?lang=en&currency=TWD');
  await app.showDetails();
  await expect(page.getByTestId('cashflow-personalised-0')).toHaveAttribute('data-cost', '84000.00');
  await expect(page.getByTestId('cashflow-personalised-1')).toHaveAttribute('data-benefit', '452790.00');
  await expect(page.getByTestId('cashflow-personalised-1')).toHaveAttribute('data-cost', '630000.00');
  await analysis.open();
  await analysis.done('personalised');
  await expect(page.getByTestId('roidef-personalised-first-year')).toHaveAttribute('data-value', '-36.58');
  await expect(page.getByTestId('roidef-personalised-first-year')).toContainText(/36\.6\s?%/);
  await expect(page.getByTestId('roidef-personalised-discounted')).toHaveAttribute('data-value', '21.38');
  await expect(page.getByTestId('roidef-personalised-first-year')).toContainText('set-up included');
});
