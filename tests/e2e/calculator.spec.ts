// A visitor using the calculator: typing numbers the way people write them, making
// mistakes, managing options, switching language, on a phone and by keyboard.
import { expect, test } from './fixtures';
import { answered, defaults, expectedFor } from '../support/oracle';
import { Calculator } from './pages/calculator';

const base = defaults('TWD');

test('editing an input updates every result to the engine values, as the visitor types', async ({ page }) => {
  const app = new Calculator(page);
  await app.open();
  await app.type('baseline-customers', '2,000');
  // No button and no blur needed: results follow the keystrokes.
  // The figures that still are the example's follow the answer (model.md §4).
  const { scenario: s, hooks } = answered('TWD', { customers: '2000' });
  await app.expectHooks(hooks);
  await app.type('settings-discount_rate', '0');
  s.discount_rate = '0';
  await app.expectHooks(expectedFor(s));
});

const accepted: [string, string, string, string][] = [
  // field, typed, value the model takes, and how the field shows it once left: amounts
  // grouped, in 萬/億 if typed so; plain digits again while the field is focused
  ['baseline-marketing_spend', '1.2萬', '12000', '1.2 萬'],
  ['baseline-marketing_spend', '３億', '300000000', '3 億'],
  ['baseline-marketing_spend', 'NT$ 350,000', '350000', '350,000'],
  ['baseline-marketing_spend', '１２３，４５６．５', '123456.5', '123,456.5'],
  ['baseline-marketing_spend', '2千', '2000', '2,000'],
  ['baseline-marketing_spend', '1.5m', '1500000', '1,500,000'],
  ['baseline-marketing_spend', '80k', '80000', '80,000'],
  ['baseline-marketing_spend', 'US$1 200', '1200', '1,200'],
  ['baseline-marketing_spend', '¥500', '500', '500'],
  ['baseline-marketing_spend', 'TWD 9000', '9000', '9,000'],
  ['baseline-marketing_spend', '5万', '50000', '5 万'],
  ['baseline-annual_churn', '１８％', '18', '18'],
  ['baseline-annual_churn', '12.5%', '12.5', '12.5'],
];

for (const [field, typed, value, shown] of accepted) {
  test(`"${typed}" is read as ${value}`, async ({ page }) => {
    const app = new Calculator(page);
    await app.open();
    await app.type(field, typed);
    await expect(app.error(field)).toBeHidden();
    await app.input(field).blur();
    await expect(app.input(field)).toHaveValue(shown);
    await app.input(field).focus();
    await expect(app.input(field)).toHaveValue(value);
    await app.input(field).blur();
    await app.expectHooks(answered('TWD', { [field.replace('baseline-', '')]: value }).hooks);
  });
}

const refused: [string, string, RegExp][] = [
  ['baseline-customers', 'abc', /不是數字/],
  ['baseline-customers', '1.2.3', /小數點/],
  ['baseline-customers', '-5', /0 或以上/],
  ['baseline-annual_churn', '150', /100/],
  ['baseline-marketing_spend', '9'.repeat(40), /太大/],
  ['baseline-customers', '', /請輸入數字/],
  ['settings-horizon_years', '11', /1.*10/],
];

for (const [field, typed, message] of refused) {
  test(`"${typed.slice(0, 12)}" in ${field} gets a message and the last good value stays`, async ({ page }) => {
    const app = new Calculator(page);
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await app.open();
    // One input event (a paste): the model must keep the value it had.
    await app.input(field).fill(typed);
    await expect(app.error(field)).toBeVisible();
    await expect(app.error(field)).toHaveText(message);
    await expect(app.input(field)).toHaveAttribute('aria-invalid', 'true');
    // Nothing the visitor typed is lost, and the model kept the last good value.
    await app.input(field).blur();
    await expect(app.input(field)).toHaveValue(typed);
    await app.expectHooks(base.hooks);
    // Correcting it clears the message.
    await app.type(field, '10');
    await expect(app.error(field)).toBeHidden();
    expect(errors).toEqual([]);
  });
}

test('typing key by key keeps the last readable value while the text is unreadable', async ({ page }) => {
  const app = new Calculator(page);
  await app.open();
  await app.type('baseline-customers', '1.2.3');
  await expect(app.error('baseline-customers')).toBeVisible();
  // "1.2" was readable on the way, so the model holds 1.2; the field still shows "1.2.3".
  await app.expectHooks(answered('TWD', { customers: '1.2' }).hooks);
  await expect(app.input('baseline-customers')).toHaveValue('1.2.3');
});

test('a gentle note for an unlikely value, without blocking', async ({ page }) => {
  const app = new Calculator(page);
  await app.open('?lang=en&currency=TWD');
  await app.type('baseline-gross_margin', '100');
  await expect(page.getByText('A gross margin of 100 % is rare')).toBeVisible();
  await app.expectHooks(answered('TWD', { gross_margin: '100' }).hooks);
});

test('add, duplicate, rename and delete an option, and undo the delete', async ({ page }) => {
  const app = new Calculator(page);
  await app.open('?lang=en&currency=TWD');
  await page.getByTestId('option-add').click();
  await expect(page.getByTestId('select-option-custom')).toHaveAttribute('aria-selected', 'true');
  await expect(app.result('custom', 'npv')).toHaveCount(1);

  await app.selectOption('automated');
  await page.getByTestId('option-duplicate').click();
  await expect(page.getByTestId('select-option-automated-copy')).toHaveText('Automated service (copy)');
  await expect(app.result('automated-copy', 'npv')).toHaveAttribute('data-value', base.hooks['result-automated-npv'] as string);

  await page.getByTestId('option-rename').click();
  await page.getByTestId('input-option-name').fill('Chatbot');
  await expect(page.getByTestId('select-option-automated-copy')).toHaveText('Chatbot');

  await page.getByTestId('option-delete').click();
  await expect(page.getByTestId('select-option-automated-copy')).toHaveCount(0);
  await expect(app.result('automated-copy', 'npv')).toHaveCount(0);
  await page.getByTestId('undo').click();
  await expect(page.getByTestId('select-option-automated-copy')).toHaveText('Chatbot');
  await expect(app.result('automated-copy', 'npv')).toHaveCount(1);
});

test('at most 8 options', async ({ page }) => {
  const app = new Calculator(page);
  await app.open();
  for (let i = 0; i < 5; i++) await page.getByTestId('option-add').click();
  await expect(page.getByTestId('option-add')).toBeDisabled();
  await expect(page.locator('[data-testid^="select-option-"]')).toHaveCount(8);
});

test('levers, cost lines and risks of the option in detail change its results', async ({ page }) => {
  const app = new Calculator(page);
  await app.open();
  await app.type('personalised-lever-churn_reduction', '2');
  await app.showDetails();
  await app.type('personalised-benefit_risk', '20');
  await app.type('personalised-cost_risk', '0');
  await app.type('personalised-lever-upsell_rate', '4');
  const s = structuredClone(base.scenario);
  const p = s.options[0];
  p.levers.churn_reduction = '2';
  p.levers.upsell_rate = '4';
  p.benefit_risk = '20';
  p.cost_risk = '0';
  await app.expectHooks(expectedFor(s));

  // Add a one-off cost line and give it an amount.
  await page.getByTestId('add-cost-line').click();
  const i = p.costs.length;
  await page.getByTestId(`input-personalised-cost-${i}-timing`).selectOption('one_off');
  await app.type(`personalised-cost-${i}-amount`, '50000');
  p.costs.push({ label: '新成本', category: 'other', timing: 'one_off', amount: '50000' });
  await app.expectHooks(expectedFor(s));
});

test('switching language changes every text, and ?lang= wins over the browser', async ({ page }) => {
  const app = new Calculator(page);
  await app.open();
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-TW');
  await expect(page).toHaveTitle('CRM 投資報酬率計算器');
  await page.getByTestId('lang-en').click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page).toHaveTitle('CRM ROI calculator');
  await expect(page.locator('#baseline-title')).toHaveText('Your business today');
  // The example, untouched, follows the language's currency (issue 21, item 4).
  await expect(app.input('settings-currency')).toHaveValue('USD');
  await app.expectHooks(defaults('USD').hooks);
  await app.open('?lang=zh-CN');
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  await expect(page).toHaveTitle('CRM 投资回报率计算器');
  await app.expectHooks(defaults('CNY').hooks);
  // Work the visitor changed keeps its numbers in any language.
  await app.type('baseline-customers', '1500');
  await page.keyboard.press('Tab');
  await page.getByTestId('lang-en').click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(app.input('settings-currency')).toHaveValue('CNY');
  await app.expectHooks(answered('CNY', { customers: '1500' }).hooks);
});

test.describe('browser language', () => {
  test.use({ locale: 'zh-CN' });
  test('Simplified Chinese for a zh-CN browser, in CNY', async ({ page }) => {
    const app = new Calculator(page);
    await app.open();
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
    await expect(app.input('settings-currency')).toHaveValue('CNY');
  });
});

test.describe('on a 320 px phone', () => {
  test.use({ viewport: { width: 320, height: 640 } });
  test('nothing scrolls sideways', async ({ page }) => {
    const app = new Calculator(page);
    for (const lang of ['zh-TW', 'en']) {
      await app.open(`?lang=${lang}`);
      await app.showDetails();
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      expect(width, lang).toBeLessThanOrEqual(320);
    }
  });
});

test('keyboard only: reach a field, change it, switch option with arrow keys', async ({ page }) => {
  const app = new Calculator(page);
  await app.open('?lang=en&currency=TWD');
  await page.keyboard.press('Tab');
  await expect(page.locator('.skip-link')).toBeFocused();
  await page.keyboard.press('Enter');
  // Tab through to the first option tab, then use arrows.
  await page.getByTestId('select-option-personalised').focus();
  await page.keyboard.press('ArrowRight');
  await expect(page.getByTestId('select-option-automated')).toBeFocused();
  await expect(page.getByTestId('select-option-automated')).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('Tab');
  // The first focusable field of the automated option's panel.
  let guard = 0;
  while (!(await page.evaluate(() => document.activeElement?.getAttribute('data-testid') === 'input-automated-lever-service_deflection')) && guard++ < 30) {
    await page.keyboard.press('Tab');
  }
  await expect(app.input('automated-lever-service_deflection')).toBeFocused();
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.type('40');
  const s = structuredClone(base.scenario);
  s.options[1].levers.service_deflection = '40';
  await app.expectHooks(expectedFor(s));
});

test('the language chosen is remembered on the next visit', async ({ page }) => {
  const app = new Calculator(page);
  await app.open();
  await page.getByTestId('lang-zh-CN').click();
  // The language's text is fetched first; the switch shows once it is there.
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  await app.open();
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  await expect(page.getByTestId('lang-zh-CN')).toHaveAttribute('aria-pressed', 'true');
  // ?lang= still wins.
  await app.open('?lang=en&currency=TWD');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
});
