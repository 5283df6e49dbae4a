// Hostile input through share links: the largest figures validation allows (10^15
// everywhere, ten years of +100 % growth, eight options of twenty cost and twenty
// benefit lines), figures of zero, and names with markup, bidi controls and spreadsheet
// formula starters. For each link the page must open it, never panic or throw
// (fixtures.ts fails the test on any page error, logged panic or CSP violation), run
// no visitor markup, and let the visitor reach every option and view. The native side
// is tests/engine_hostile.rs.
import type { Page } from '@playwright/test';
import { expect as baseExpect, test } from './fixtures';
import { defaults, expectedFor, shareHash } from '../support/oracle';
import { Calculator } from './pages/calculator';

// With eight options of forty lines, re-rendering after a click takes 1–3 s on a
// loaded 2-core machine (the line editors are rebuilt): wait longer than usual.
const expect = baseExpect.configure({ timeout: 20_000 });

const E15 = '1000000000000000';
const NAMES = [
  '<img src=x onerror=alert(1)>',
  '\u202Eevil\u202C name',
  '=HYPERLINK("https://evil.example","click")',
  '+1+cmd|\' /C calc\'!A0',
  '@SUM(A1:A9)',
  '"quoted", comma; semicolon',
  '</script><svg onload=alert(1)>',
  '中文 😀 \u200F\u2066x\u2069',
  '-2+3',
  'A'.repeat(120),
];
const CATEGORIES = ['labour', 'technology', 'marketing', 'time', 'opportunity', 'other'];
const METRICS = ['roi', 'npv', 'irr', 'payback-months', 'pv-benefits', 'pv-costs', 'bcr', 'net-benefit', 'clv', 'clv-to-cac'];

interface Figures {
  /** Every amount, count and money field of the baseline. */
  amount: string;
  /** Per-unit lines: quantity × unit cost. */
  quantity: string;
  unitCost: string;
  /** Every percentage: levers, margin, churn, realisation, risks, discount. */
  percent: string;
  options: number;
  lines: number;
  horizon: number;
}

/** Line `i`: recurring (fixed or per unit, growth +100 % or −100 %), one-off or a
 *  schedule over every year, in turn; the category changes every four lines, so
 *  per-unit lines come in every category (opportunity's unit cost is a rate). */
function line(f: Figures, i: number, category: boolean) {
  const label = NAMES[i % NAMES.length];
  const growth = i % 8 < 4 ? '100' : '-100';
  const kind = i % 4;
  const base = category ? { label, category: CATEGORIES[Math.floor(i / 4) % CATEGORIES.length], ...(i % 3 ? { stage: 'retention' } : {}) } : { label };
  if (kind === 0) return { ...base, timing: 'recurring', amount: f.amount, growth };
  if (kind === 1) return { ...base, timing: 'recurring', quantity: f.quantity, unit_cost: f.unitCost, growth };
  if (kind === 2) return { ...base, timing: 'one_off', amount: f.amount };
  return { ...base, timing: 'schedule', amounts: Array(f.horizon + 1).fill(f.amount) };
}

function scenario(f: Figures) {
  const p = f.percent;
  return {
    format: 'crm-roi-scenario',
    version: 1,
    name: NAMES.join(' '),
    currency: 'TWD',
    horizon_years: f.horizon,
    discount_rate: p,
    baseline: {
      customers: f.amount, new_customers_per_year: f.amount, annual_revenue_per_customer: f.amount,
      gross_margin: p, annual_churn: p, acquisition_cost: f.amount, service_contacts_per_customer: f.amount,
      cost_per_contact: f.amount, marketing_spend: f.amount, average_order_value: f.amount,
    },
    options: Array.from({ length: f.options }, (_, o) => ({
      id: `o${o}`,
      name: NAMES[o % NAMES.length],
      kind: ['personalised', 'automated', 'data_driven', 'custom'][o % 4],
      costs: Array.from({ length: f.lines }, (_, i) => line(f, i + o, true)),
      levers: {
        churn_reduction: p, revenue_uplift: p, cross_sell_rate: p, upsell_rate: p,
        referral_rate: p, service_deflection: p, marketing_savings: p,
      },
      custom_benefits: Array.from({ length: f.lines }, (_, i) => line(f, i + o + 1, false)),
      realisation: Array(f.horizon + 1).fill(p),
      benefit_risk: p === '100' ? '0' : p,
      cost_risk: p,
    })),
  };
}

const LARGEST: Figures = { amount: E15, quantity: '1', unitCost: E15, percent: '100', options: 8, lines: 20, horizon: 10 };
/** Links within the ranges: they must open. */
const CASES: Record<string, Figures> = {
  '10^15 everywhere, +100 % a year for 10 years, 8 options × 20 lines': LARGEST,
  'zero everywhere': { amount: '0', quantity: '0', unitCost: '0', percent: '0', options: 3, lines: 20, horizon: 1 },
  'fractions of a cent, 99.99 %': { amount: '0.0001', quantity: '0.5', unitCost: '0.0001', percent: '99.99', options: 3, lines: 20, horizon: 10 },
};

/** Beyond the limit of 10^15 on money (model.md §2): a link is refused, with a notice
 *  that names the first field, and the page keeps the example working. */
const MAX = '79228162514264337593543950335';
const E27 = '1000000000000000000000000000';
/** Without the per-unit lines of the opportunity category (a unit cost that is a rate). */
const noRates = (s: ReturnType<typeof scenario>) => {
  for (const o of s.options) o.costs = o.costs.filter((c: any) => !(c.category === 'opportunity' && 'unit_cost' in c));
  return s;
};
const BEYOND: Record<string, { s: ReturnType<typeof scenario> }> = {
  // Each within 10^15, but the line's money, their product, is 10^30 (model.md §2).
  'a 10^15 quantity of a 10^15 unit cost': { s: scenario({ ...LARGEST, quantity: E15, options: 2, lines: 4 }) },
  'a 10^27 unit cost': {
    // Once an unchecked `* 100` in the opportunity line's % display (fixed: input::rate).
    s: scenario({ ...LARGEST, unitCost: E27, options: 2, lines: 20 }),
  },
  'the largest decimal everywhere': {
    s: scenario({ ...LARGEST, amount: MAX, quantity: MAX, unitCost: MAX, options: 2, lines: 20 }),
  },
  'a 10^27 unit cost, no rate lines': { s: noRates(scenario({ ...LARGEST, unitCost: E27, options: 2, lines: 20 })) },
  'the largest decimal everywhere, no rate lines': {
    s: noRates(scenario({ ...LARGEST, amount: MAX, quantity: MAX, unitCost: MAX, options: 2, lines: 20 })),
  },
};

/** Opens `Data tools` (export, share) if it is closed. */
async function openTools(page: Page) {
  const tools = page.locator('details.data-tools');
  if (!(await tools.evaluate((d: HTMLDetailsElement) => d.open))) await page.getByTestId('data-tools').click();
}

/** Every option and every view of the page, with the checks that hold for any input. */
async function visitEverything(page: Page, s: ReturnType<typeof scenario>) {
  const app = new Calculator(page);
  // Every option's results carry every hook once, whatever the figures.
  await expect(page.locator('[data-testid^="result-"]')).toHaveCount(s.options.length * METRICS.length + 1);
  await app.showDetails();
  let rows = 0;
  for (const o of s.options) {
    const tab = page.getByTestId(`select-option-${o.id}`);
    await tab.click();
    await expect(tab).toHaveAttribute('aria-selected', 'true');
    // Names are text, never markup: the tab reads exactly the name.
    expect(await tab.textContent()).toContain(o.name.slice(0, 40));
    await expect(page.getByTestId('detail-npv')).toHaveCount(1);
    // The year table of the option in detail: a row a year, or none when it overflowed.
    rows = await page.locator(`[data-testid^="cashflow-${o.id}-"]`).count();
    expect([0, s.horizon_years + 1]).toContain(rows);
    await expect(page.getByTestId('verdict')).not.toBeEmpty();
  }
  // Open every formula of the detail cards.
  for (const summary of await page.locator('details.formula > summary').filter({ visible: true }).all()) await summary.click();
  await openTools(page);
  // The year table's CSV exists when the option in detail has years (not overflowed).
  const exports = rows > 0 ? ['export-csv-years', 'export-csv-comparison', 'export-json'] : ['export-csv-comparison', 'export-json'];
  if (rows === 0) await page.getByTestId('export-csv-years').click();
  for (const id of exports) {
    const download = page.waitForEvent('download');
    await page.getByTestId(id).click();
    expect((await (await download).path()).length).toBeGreaterThan(0);
  }
  await page.getByTestId('share-copy').click();
  await expect(page.getByTestId('share-link')).toHaveValue(/#scenario=/);
  await page.getByTestId('embed-panel').locator('summary').click();
  await expect(page.getByTestId('embed-snippet')).not.toBeEmpty();
  // The printed report (assumptions of every option included).
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.report-head')).toBeVisible();
  await expect(page.locator('.report-head')).toContainText(NAMES[2]);
  await page.emulateMedia({ media: 'screen' });
  for (const lang of ['en', 'zh-CN', 'zh-TW']) {
    await page.getByTestId(`lang-${lang}`).click();
    await expect(page.locator('html')).toHaveAttribute('lang', lang);
    await expect(page.getByTestId('verdict')).not.toBeEmpty();
    await expect(page.locator('[data-testid^="result-"]')).toHaveCount(s.options.length * METRICS.length + 1);
  }
}

for (const [title, figures] of Object.entries(CASES)) {
  test(`a share link with ${title} opens, and every option and view works`, async ({ page }) => {
    test.setTimeout(240_000);
    const dialogs: string[] = [];
    page.on('dialog', (d) => { dialogs.push(d.message()); void d.dismiss(); });
    const s = scenario(figures);
    const app = new Calculator(page);
    await app.open('', shareHash(s));
    await expect(page.getByTestId('notice-link-opened')).toBeVisible();
    await visitEverything(page, s);
    // No visitor markup ran or became an element.
    expect(dialogs).toEqual([]);
    await expect(page.locator('img[src="x"], svg[onload]')).toHaveCount(0);
    // Saved and restored as it was: the reloaded page shows this scenario's figures (a
    // lost save would show the example's, with as many hooks in a 3-option case).
    await expect(page.locator('html')).toHaveAttribute('data-saved', 'yes');
    await page.reload();
    await expect(page.getByTestId('verdict')).not.toBeEmpty();
    await expect(page.locator('[data-testid^="result-"]')).toHaveCount(s.options.length * METRICS.length + 1);
    await app.expectHooks(expectedFor(s));
  });
}

for (const [title, { s }] of Object.entries(BEYOND)) {
  test(`a share link with ${title} is refused, naming the field, and the page keeps working`, async ({ page }) => {
    const app = new Calculator(page);
    await app.open('?lang=en&currency=TWD', shareHash(s));
    // contract.md: beyond 10^15 is a validation error that names the field (the first,
    // as the form names it; the notice counts them all).
    await expect(page.getByTestId('link-error')).toContainText(/\S: (must be|quantity × unit cost).+ \(\d+ figures out of range in all\)\. Nothing was changed\./);
    await expect(page.getByTestId('notice-link-opened')).toHaveCount(0);
    // Nothing of the link was added; the example is there and answers.
    await app.expectHooks(defaults('TWD').hooks);
  });
}

test('a hostile share link in embed mode at 320 px opens and every option works', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 800 });
  const s = scenario({ ...LARGEST, options: 8, lines: 5 });
  const app = new Calculator(page);
  // The quick view (embed's default) shows every option's headline at these extremes…
  await app.open('?embed=1&theme=dark', shareHash(s));
  for (const o of s.options) await expect(page.getByTestId(`result-${o.id}-npv`)).toHaveCount(1);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
  // …and the full view in embed mode lets the visitor open each of them.
  await page.goto('about:blank');
  await app.open('?embed=1&view=full&theme=dark', shareHash(s));
  for (const o of s.options) {
    await page.getByTestId(`select-option-${o.id}`).click();
    await expect(page.getByTestId(`select-option-${o.id}`)).toHaveAttribute('aria-selected', 'true');
  }
  // Nothing wider than the frame: long names and huge figures wrap or scroll inside.
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(width).toBeLessThanOrEqual(320);
});
