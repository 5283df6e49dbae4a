// Lines that grow with the business (model.md §2, "Scaling with the business"): a
// visitor switches a cost line between fixed and scaled, sets N, and sees what the line
// amounts to today; every result follows the engine.
import { expect, test } from './fixtures';
import { answered, defaults, expectedFor } from '../support/oracle';
import { Calculator } from './pages/calculator';

const base = defaults('TWD').scenario;

test('a cost line follows the business until the visitor fixes it', async ({ page }) => {
  const app = new Calculator(page);
  await app.open();
  await app.selectOption('personalised');
  await app.showDetails();
  const scale = app.input('personalised-cost-0-scale');
  const effect = page.getByTestId('scale-effect-personalised-cost-0');
  // The preset's account manager: 1 per NT$12 000 000 of revenue a year (model.md §4).
  await expect(scale).toHaveValue('per_revenue');
  // Grouped when not being edited, like every amount (issue 9).
  await expect(app.input('personalised-cost-0-scale_per')).toHaveValue('12,000,000');
  await expect(effect).toContainText('12,000,000');

  // The business grows to 2 500 customers, NT$30 000 000 of revenue: the line follows
  // (2.5 account managers), and so do the example's other figures.
  await app.type('baseline-customers', '2500');
  await app.expectHooks(answered('TWD', { customers: '2500' }).hooks);
  await expect(effect).toContainText('2.5 ×');
  await expect(effect).toContainText('30,000,000');

  // Fixed from now on: today's 2.5 people stay, whatever the customers.
  await scale.selectOption('fixed');
  await expect(effect).toBeEmpty();
  await expect(app.input('personalised-cost-0-scale_per')).toHaveCount(0);
  await expect(app.input('personalised-cost-0-quantity')).toHaveValue('2.5');
  await app.type('baseline-customers', '1000');
  const fixed = structuredClone(base);
  fixed.options[0].costs[0].quantity = '2.5';
  delete fixed.options[0].costs[0].scale;
  await app.expectHooks(expectedFor(fixed));

  // As a share of revenue: 2.5 × 600 000 of 12 000 000 revenue is 12.5 %.
  await scale.selectOption('revenue');
  await expect(app.input('personalised-cost-0-amount')).toHaveValue('12.5');
  await expect(page.locator('label[for="f-personalised-cost-0-amount"]')).toHaveText('營收的 %');
  await expect(effect).toContainText('1,500,000');
  const share = structuredClone(fixed);
  const line = share.options[0].costs[0];
  delete line.quantity;
  delete line.unit_cost;
  line.amount = '12.5';
  line.scale = { by: 'revenue', per: '100' };
  await app.expectHooks(expectedFor(share));

  // Back to per N customers, with N = 500: twice the cost of per 1 000.
  await scale.selectOption('customers');
  await app.type('personalised-cost-0-scale_per', '500');
  const perHalf = structuredClone(share);
  perHalf.options[0].costs[0].amount = '1500000';
  perHalf.options[0].costs[0].scale = { by: 'customers', per: '500' };
  await app.expectHooks(expectedFor(perHalf));
  await expect(effect).toContainText('3,000,000');

  // N of 0 makes no sense: a message by the field, and the last good N stays.
  await app.type('personalised-cost-0-scale_per', '0');
  await expect(app.error('personalised-cost-0-scale_per')).toContainText('大於 0');
  await app.expectHooks(expectedFor(perHalf));
});

test('the effect is said in English too, and a scaled line reloads as it was', async ({ page }) => {
  const app = new Calculator(page);
  await app.open('?lang=en');
  await app.selectOption('automated');
  await app.showDetails();
  // The platform subscription follows service contacts (4 000 a year today); its
  // smallest plan above it is a fixed line.
  await expect(app.input('automated-cost-2-scale')).toHaveValue('fixed');
  await expect(app.input('automated-cost-3-scale')).toHaveValue('service_contacts');
  await expect(page.getByTestId('scale-effect-automated-cost-3')).toContainText('4,000 service contacts a year');
  await app.input('automated-cost-3-scale').selectOption('new_customers');
  await expect(page.getByTestId('scale-effect-automated-cost-3')).toContainText('200 new customers a year');
  // Autosaved (at most 500 ms after a change), then read back.
  await page.waitForFunction(() => Object.values(localStorage).some((v) => v.includes('"by":"new_customers"')));
  await page.reload();
  await app.selectOption('automated');
  await expect(app.input('automated-cost-3-scale')).toHaveValue('new_customers');
});
