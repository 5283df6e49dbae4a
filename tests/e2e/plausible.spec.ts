// model.md §4, "plausible for every business": a café owner and a B2B manufacturer type
// their four figures into the article's quick view and get figures of their own size —
// each strategy's ROI between −75 % and +500 %, a payback of none or at least 3 months —
// where the presets sized by customer count showed the manufacturer +34 913 %.
import { mkdirSync } from 'node:fs';
import { expect, test } from './fixtures';
import type { Page } from '@playwright/test';
import { Calculator } from './pages/calculator';

const SHOTS = 'test-results/screens';
mkdirSync(SHOTS, { recursive: true });

const IDS = ['personalised', 'automated', 'data_driven'];

/** Types like a visitor (select all, type, leave the field). */
async function answer(page: Page, path: string, text: string) {
  const field = page.getByTestId(`input-${path}`);
  await field.click();
  await field.press('ControlOrMeta+a');
  await field.pressSequentially(text);
  await field.blur();
}

// The ROI (%) each business sees, from the native engine (tests/engine_plausibility.rs
// checks the same businesses in every currency); `cargo run --example quick_answers`
// prints them.
const BUSINESSES = [
  { name: 'café', customers: '300', revenue: '3000', margin: '60', churn: '30', roi: ['112.42', '9.65', '-14.68'],
    usd: { revenue: '275', roi: ['112.42', '9.79', '-14.70'] } },
  { name: 'manufacturer', customers: '40', revenue: '5000000', margin: '25', churn: '5', roi: ['-45.88', '-6.35', '35.22'],
    usd: { revenue: '458000', roi: ['-45.84', '-6.16', '35.38'] } },
];

for (const b of BUSINESSES) {
  test(`a ${b.name} typed into the quick view gets believable figures (zh-TW, TWD)`, async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 900 });
    const app = new Calculator(page);
    await app.open('?embed=1&lang=zh-TW');
    await answer(page, 'baseline-customers', b.customers);
    await answer(page, 'baseline-annual_revenue_per_customer', b.revenue);
    await answer(page, 'baseline-gross_margin', b.margin);
    await answer(page, 'baseline-annual_churn', b.churn);
    for (const [i, id] of IDS.entries()) {
      const roi = page.getByTestId(`result-${id}-roi`);
      await expect(roi, id).toHaveAttribute('data-value', b.roi[i]);
      expect(Number(b.roi[i])).toBeGreaterThanOrEqual(-75);
      expect(Number(b.roi[i])).toBeLessThanOrEqual(500);
      const payback = await page.getByTestId(`result-${id}-payback-months`).getAttribute('data-value');
      if (payback !== '') expect(Number(payback), `${id} payback`).toBeGreaterThanOrEqual(3);
    }
    await page.screenshot({ path: `${SHOTS}/plausible-${b.name}-360-zh-TW.png`, fullPage: true });
  });

  // The same business in English and US dollars, on a first visit: its revenue at the
  // US price level (NT$ × 55 000 / 600 000, 3 significant digits) gives the same answer
  // within a point (the price levels round every money figure the same way).
  test(`the same ${b.name} in English and US dollars gets the same answer`, async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 900 });
    const app = new Calculator(page);
    await app.open('?embed=1&lang=en&currency=USD');
    await expect(page.getByTestId('input-settings-currency')).toHaveValue('USD');
    await answer(page, 'baseline-customers', b.customers);
    await answer(page, 'baseline-annual_revenue_per_customer', b.usd.revenue);
    await answer(page, 'baseline-gross_margin', b.margin);
    await answer(page, 'baseline-annual_churn', b.churn);
    for (const [i, id] of IDS.entries()) {
      await expect(page.getByTestId(`result-${id}-roi`), `${id} in US$`).toHaveAttribute('data-value', b.usd.roi[i]);
      expect(Math.abs(Number(b.usd.roi[i]) - Number(b.roi[i]))).toBeLessThanOrEqual(1);
    }
    await page.screenshot({ path: `${SHOTS}/plausible-${b.name}-360-en.png`, fullPage: true });
  });
}

test('the full calculator says which figures are estimated from the answers, and the smallest plans say where they come from', async ({ page }) => {
  const app = new Calculator(page);
  await app.open('?lang=en');
  await app.type('baseline-customers', '300');
  await app.type('baseline-annual_revenue_per_customer', '3000');
  // Tied to the answers and still the example's: estimated (300 × 3 000 / 24 = 37 500).
  await expect(app.input('baseline-marketing_spend')).toHaveValue('37,500');
  await expect(page.getByTestId('note-baseline-marketing_spend')).toContainText('Estimated from your answers');
  await expect(page.getByTestId('note-baseline-service_contacts_per_customer')).toBeVisible();
  // Typed: the visitor's own, no longer called an estimate.
  await app.type('baseline-marketing_spend', '20000');
  await expect(page.getByTestId('note-baseline-marketing_spend')).toBeHidden();
  await app.type('baseline-customers', '400');
  await expect(app.input('baseline-marketing_spend')).toHaveValue('20,000');
  // The automated option's smallest plan, fixed, with its source note.
  await app.selectOption('automated');
  await app.showDetails();
  await expect(page.locator('.line-note').first()).toContainText('The least a business pays');
});
