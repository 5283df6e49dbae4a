// Editing lines and options where the arithmetic or the bookkeeping can go wrong: huge
// amounts from a link, the quantity × unit cost helper on an opportunity cost, and
// undo after the deleted option's or scenario's id has been given to a new one.
import { expect, test } from './fixtures';
import { answered, defaults, expectedFor, shareHash } from '../support/oracle';
import { Calculator } from './pages/calculator';

const base = defaults('TWD');
const HUGE = '1' + '0'.repeat(27); // 10^27: beyond the 10^15 limit of every amount
const MAX = '1' + '0'.repeat(15); // 10^15: the largest unit cost a file may hold

/** The default scenario with a capital × alternative return line of unit cost `rate` in
 *  `option`, on a capital of `quantity`. */
function withRate(option: number, rate: string, quantity = '2') {
  const s = structuredClone(base.scenario);
  s.options[option].costs.push({
    label: 'Capital', category: 'opportunity', timing: 'recurring', quantity, unit_cost: rate, growth: '0',
  });
  return s;
}

test('a link with a 10^27 opportunity rate is refused by name, and the page keeps working', async ({ page }) => {
  const app = new Calculator(page);
  await app.open('?lang=en&currency=TWD', shareHash(withRate(1, HUGE)));
  await expect(page.getByTestId('link-error')).toBeVisible();
  const s = withRate(1, HUGE);
  const line = s.options[1].costs.length;
  // Named as the form names it (issue 21, item 6): option, line, field.
  await expect(page.getByTestId('link-error')).toContainText(`${s.options[1].name} › Cost line ${line} “Capital” › Cost per unit: must be from 0 to 1,000,000,000,000,000`);
  await app.expectHooks(base.hooks);
  await app.selectOption('automated');
  await app.type('baseline-customers', '2000');
  await expect(app.result('automated', 'npv')).toHaveAttribute('data-value', answered('TWD', { customers: '2000' }).hooks['result-automated-npv'] as string);
});

for (const [where, option] of [['the first option (shown at once)', 0], ['an option opened by its tab', 1]] as const) {
  test(`a link with the largest opportunity rate in ${where} opens, and the page keeps working`, async ({ page }) => {
    // A capital of 1 at the largest rate: the line's money, their product, is 10^15,
    // the largest a line may hold (model.md §2).
    const s = withRate(option, MAX, '1');
    const id = s.options[option].id;
    const line = s.options[option].costs.length - 1;
    const app = new Calculator(page);
    await app.open('?lang=en', shareHash(s));
    await app.selectOption(id);
    await expect(page.getByTestId(`select-option-${id}`)).toHaveAttribute('aria-selected', 'true');
    // The rate is shown exactly, in % (the file holds it as a fraction).
    await expect(app.input(`${id}-cost-${line}-unit_cost`)).toHaveValue('1' + '0'.repeat(17));
    await expect(app.input(`${id}-cost-${line}-quantity`)).toHaveValue('1');
    await app.expectHooks(expectedFor(s));
    // Still alive: an edit updates the results.
    await app.type(`${id}-cost-${line}-unit_cost`, '5');
    s.options[option].costs[line].unit_cost = '0.05';
    await app.expectHooks(expectedFor(s));
  });
}

// Issue 15, defect 2: quantity 2 × unit cost 10^15 was accepted, then turning the
// helper off wrote 2 × 10^15 into the line, which was saved and refused on the next
// load with the whole workspace. The product is the line's money: at most 10^15.
test('quantity × unit cost beyond 10^15 is refused as it is typed, and the saved work still loads', async ({ page }) => {
  const app = new Calculator(page);
  await app.open('?lang=en&currency=TWD');
  await app.showDetails();
  const toggle = app.input('personalised-cost-0-per_unit');
  await expect(toggle).toBeChecked();
  await app.type('personalised-cost-0-quantity', '2');
  await app.input('personalised-cost-0-quantity').blur();
  await app.type('personalised-cost-0-unit_cost', '1000000000000000');
  await app.input('personalised-cost-0-unit_cost').blur();
  // Said beside the field; the last good unit cost stays in the scenario: typed key by
  // key, that is 10^14 (2 × 10^14 fits), the last readable value before the refusal.
  await expect(app.error('personalised-cost-0-unit_cost')).toContainText('10^15');
  const s = structuredClone(base.scenario);
  s.options[0].costs[0].quantity = '2';
  s.options[0].costs[0].unit_cost = '100000000000000';
  await app.expectHooks(expectedFor(s));
  // Turning the helper off gives the same money as one amount.
  await toggle.click();
  await expect(toggle).not.toBeChecked();
  await expect(app.input('personalised-cost-0-amount')).toHaveValue('200,000,000,000,000');
  delete s.options[0].costs[0].quantity;
  delete s.options[0].costs[0].unit_cost;
  s.options[0].costs[0].amount = '200000000000000';
  await app.expectHooks(expectedFor(s));
  // Saved and read back: the visitor's work, not the example.
  const amount = '200000000000000';
  await page.waitForFunction((a) => Object.values(localStorage).some((v) => v.includes(`"amount":"${a}"`)), amount);
  await page.reload();
  await expect(page.getByTestId('verdict')).not.toBeEmpty();
  await expect(page.getByTestId('notice-stored-unreadable')).toHaveCount(0);
  await app.expectHooks(expectedFor(s));
});

test('a line that is a percentage of revenue offers no quantity × unit cost', async ({ page }) => {
  const app = new Calculator(page);
  await app.open('?lang=en&currency=TWD');
  await app.showDetails();
  await expect(app.input('personalised-cost-0-per_unit')).toBeVisible();
  await app.input('personalised-cost-0-scale').selectOption('revenue');
  await expect(app.input('personalised-cost-0-per_unit')).toHaveCount(0);
  await expect(app.input('personalised-cost-0-quantity')).toHaveCount(0);
  await expect(app.input('personalised-cost-0-amount')).toBeVisible();
});

test('turning on capital × alternative return for an opportunity cost keeps its yearly cost', async ({ page }) => {
  const app = new Calculator(page);
  await app.open('?lang=en&currency=TWD');
  await app.showDetails();
  await page.getByTestId('add-cost-line').click();
  const s = structuredClone(base.scenario);
  const i = s.options[0].costs.length;
  await page.getByTestId(`input-personalised-cost-${i}-category`).selectOption('opportunity');
  await app.type(`personalised-cost-${i}-amount`, '5000000');
  s.options[0].costs.push({ label: 'New cost', category: 'opportunity', timing: 'recurring', amount: '5000000', growth: '0' });
  const before = expectedFor(s);
  await app.expectHooks(before);
  await app.input(`personalised-cost-${i}-per_unit`).check();
  // Capital = the amount, return = 100 %: the same money, not "1 × 5 000 000 %".
  await expect(app.input(`personalised-cost-${i}-quantity`)).toHaveValue('5,000,000');
  await expect(app.input(`personalised-cost-${i}-unit_cost`)).toHaveValue('100');
  await app.expectHooks(before);
  // A realistic return then gives the expected cost: 5 000 000 × 4 %.
  await app.type(`personalised-cost-${i}-unit_cost`, '4');
  delete s.options[0].costs[i].amount;
  Object.assign(s.options[0].costs[i], { quantity: '5000000', unit_cost: '0.04' });
  await app.expectHooks(expectedFor(s));
});

test('undo of a deleted option reopens that option, even when a new option took its id', async ({ page }) => {
  const app = new Calculator(page);
  await app.open('?lang=en&currency=TWD');
  await page.getByTestId('option-add').click();
  await expect(page.getByTestId('select-option-custom')).toHaveAttribute('aria-selected', 'true');
  await page.getByTestId('option-rename').click();
  await page.getByTestId('input-option-name').fill('Deleted one');
  await page.getByTestId('option-delete').click();
  await expect(page.getByTestId('select-option-custom')).toHaveCount(0);
  // A new option gets the free id "custom" again.
  await page.getByTestId('option-add').click();
  await expect(page.getByTestId('select-option-custom')).toHaveAttribute('aria-selected', 'true');
  await page.getByTestId('undo').click();
  // Restored beside it under a fresh id, and that is the option shown.
  await expect(page.getByTestId('select-option-custom-2')).toHaveText('Deleted one');
  await expect(page.getByTestId('select-option-custom-2')).toHaveAttribute('aria-selected', 'true');
  await expect(page.locator('[role="tab"][aria-selected="true"]')).toHaveText('Deleted one');
});

test('undo of a deleted scenario reopens that scenario, even when a new scenario took its key', async ({ page }) => {
  const app = new Calculator(page);
  await app.open('?lang=en&currency=TWD');
  const select = page.getByTestId('scenario-select');
  await page.getByTestId('scenario-new').click();
  await page.getByTestId('scenario-rename').click();
  await page.getByTestId('scenario-name').fill('Deleted one');
  await app.type('baseline-customers', '4321');
  await page.getByTestId('scenario-delete').click();
  await expect(select.locator('option')).toHaveCount(1);
  await page.getByTestId('scenario-new').click();
  await expect(select.locator('option')).toHaveCount(2);
  await page.getByTestId('scenario-undo').click();
  await expect(select.locator('option')).toHaveCount(3);
  await expect(select.locator('option:checked')).toHaveText('Deleted one');
  await expect(app.input('baseline-customers')).toHaveValue('4,321');
});

test('undo of a deleted option puts it back into its own scenario, not the one open now', async ({ page }) => {
  const app = new Calculator(page);
  await app.open('?lang=en&currency=TWD');
  const select = page.getByTestId('scenario-select');
  await page.getByTestId('scenario-new').click();
  await expect(select.locator('option')).toHaveCount(2);
  await app.selectOption('automated');
  await page.getByTestId('option-delete').click();
  await expect(page.getByTestId('undo')).toBeVisible();
  // In another scenario the undo does not apply.
  await select.selectOption({ index: 0 });
  await expect(page.getByTestId('undo')).toHaveCount(0);
  await expect(page.locator('[data-testid^="select-option-"]')).toHaveCount(3);
  // Back in its own scenario, it does.
  await select.selectOption({ index: 1 });
  await page.getByTestId('undo').click();
  await expect(page.getByTestId('select-option-automated')).toHaveAttribute('aria-selected', 'true');
  await expect(page.locator('[data-testid^="select-option-"]')).toHaveCount(3);
});

// Issue 21, item 2: exploring a line's settings and going back gives back exactly what
// the visitor had (model::edit::LineMemory), not a conversion of a conversion.
test('switching a line to a schedule and back keeps its growth and quantity × unit cost', async ({ page }) => {
  const app = new Calculator(page);
  await app.open('?lang=en&currency=TWD');
  await app.showDetails();
  const timing = app.input('personalised-cost-0-timing');
  await expect(timing).toHaveValue('recurring');
  await timing.selectOption('schedule');
  await expect(app.input('personalised-cost-0-growth')).toHaveCount(0);
  await timing.selectOption('recurring');
  await expect(app.input('personalised-cost-0-growth')).toHaveValue('3');
  await expect(app.input('personalised-cost-0-per_unit')).toBeChecked();
  await expect(app.input('personalised-cost-0-quantity')).toHaveValue('1');
  await expect(app.input('personalised-cost-0-unit_cost')).toHaveValue('600,000');
  await app.expectHooks(base.hooks);
});

test('cycling a line through every way of growing and back gives back the same figures', async ({ page }) => {
  const app = new Calculator(page);
  await app.open('?lang=en&currency=TWD');
  await app.showDetails();
  const scale = app.input('personalised-cost-0-scale');
  await expect(scale).toHaveValue('per_revenue');
  for (const mode of ['revenue', 'marketing_spend', 'new_customers', 'customers', 'service_contacts', 'fixed']) {
    await scale.selectOption(mode);
    await expect(scale).toHaveValue(mode);
  }
  await scale.selectOption('per_revenue');
  await expect(app.input('personalised-cost-0-scale_per')).toHaveValue('12,000,000');
  await expect(app.input('personalised-cost-0-quantity')).toHaveValue('1');
  await app.expectHooks(base.hooks);
});

// Issue 21, item 3: removing a cost or benefit line could not be undone, and focus fell
// to the page's body. Now Undo puts the line back whole, where it was, and focus moves
// to a neighbour (and back to the line restored).
test('removing a line can be undone, with the focus on a neighbour and then on the line', async ({ page }) => {
  const app = new Calculator(page);
  await app.open('?lang=en&currency=TWD');
  await app.showDetails();
  const removeButtons = page.locator('[data-testid^="remove-personalised-cost-"]');
  const lines = base.scenario.options[0].costs.length;
  await expect(removeButtons).toHaveCount(lines);
  const second = base.scenario.options[0].costs[1].label;
  await expect(app.input('personalised-cost-1-label')).toHaveValue(second);

  // By keyboard: the button, Enter.
  await page.getByTestId('remove-personalised-cost-1-line').focus();
  await page.keyboard.press('Enter');
  await expect(removeButtons).toHaveCount(lines - 1);
  const without = structuredClone(base.scenario);
  without.options[0].costs.splice(1, 1);
  await app.expectHooks(expectedFor(without));
  // The line that took its place has the focus (the one before, if it was the last).
  await expect(page.getByTestId(lines > 2 ? 'remove-personalised-cost-1-line' : 'remove-personalised-cost-0-line')).toBeFocused();
  await expect(page.getByTestId('undo-cost-line-toast')).toContainText(second);

  await page.getByTestId('undo-cost-line').click();
  await expect(removeButtons).toHaveCount(lines);
  await expect(app.input('personalised-cost-1-label')).toHaveValue(second);
  await expect(app.input('personalised-cost-1-label')).toBeFocused();
  await expect(page.getByTestId('undo-cost-line-toast')).toHaveCount(0);
  await app.expectHooks(base.hooks);

  // The last line: focus goes to the one before; a benefit line likewise.
  await page.getByTestId(`remove-personalised-cost-${lines - 1}-line`).click();
  await expect(page.getByTestId(`remove-personalised-cost-${lines - 2}-line`)).toBeFocused();
  await page.getByTestId('add-benefit-line').click();
  await page.getByTestId('remove-personalised-benefit-0-line').click();
  await expect(page.getByTestId('add-benefit-line')).toBeFocused();
  await page.getByTestId('undo-benefit-line').click();
  await expect(page.getByTestId('remove-personalised-benefit-0-line')).toHaveCount(1);
});

test('renaming an option by keyboard: the field takes the focus, Enter keeps, Escape restores, an empty name is never kept', async ({ page }) => {
  const app = new Calculator(page);
  await app.open('?lang=en');
  const tabs = page.locator('[role="tab"]');
  const count = await tabs.count();
  const tab = page.getByTestId('select-option-personalised');
  const before = (await tab.textContent()) ?? '';
  const rename = page.getByTestId('option-rename');
  const field = page.getByTestId('input-option-name');
  await rename.click();
  await expect(field).toBeFocused();
  await page.keyboard.press('End');
  // A space typed here once pressed the focused button and deleted options.
  await page.keyboard.type(' plus');
  await page.keyboard.press('Enter');
  await expect(field).toHaveCount(0);
  await expect(rename).toBeFocused();
  await expect(tabs).toHaveCount(count);
  await expect(tab).toHaveText(`${before} plus`);

  await page.keyboard.press('Enter'); // the focused Rename button opens the field again
  await expect(field).toBeFocused();
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.type('Other');
  await expect(tab).toHaveText('Other');
  await page.keyboard.press('Escape');
  await expect(tab).toHaveText(`${before} plus`);
  await expect(rename).toBeFocused();

  await page.keyboard.press('Enter');
  await expect(field).toBeFocused();
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.press('Backspace');
  await expect(page.getByTestId('error-option-name')).toBeVisible();
  await expect(field).toHaveAttribute('aria-invalid', 'true');
  await expect(tab).toHaveText(`${before} plus`);
  await page.keyboard.press('Enter');
  await expect(tab).toHaveText(`${before} plus`);
  await expect(rename).toBeFocused();
});

test('renaming a scenario by keyboard keeps a name, and Undo of a deletion gives the focus to what came back', async ({ page }) => {
  const app = new Calculator(page);
  await app.open('?lang=en');
  const rename = page.getByTestId('scenario-rename');
  const picker = page.getByTestId('scenario-select');
  await rename.click();
  await expect(page.getByTestId('scenario-name')).toBeFocused();
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.type('Plan B');
  await page.keyboard.press('Enter');
  await expect(rename).toBeFocused();
  const before = 'Plan B';
  await expect(picker.locator('option:checked')).toHaveText(before);
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('scenario-name')).toBeFocused();
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.press('Backspace');
  await expect(page.getByTestId('error-scenario-name')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(picker.locator('option:checked')).toHaveText(before);
  await expect(rename).toBeFocused();

  // An option deleted and brought back: the focus is on its tab, not lost with Undo.
  await app.selectOption('automated');
  await page.getByTestId('option-delete').click();
  await expect(page.getByTestId('select-option-automated')).toHaveCount(0);
  await page.getByTestId('undo').click();
  await expect(page.getByTestId('select-option-automated')).toBeFocused();
  // A scenario deleted and brought back: the focus is on the picker showing it.
  await page.getByTestId('scenario-new').click();
  await expect(picker.locator('option')).toHaveCount(2);
  await page.getByTestId('scenario-delete').click();
  await page.getByTestId('scenario-undo').click();
  await expect(picker).toBeFocused();
  await expect(picker.locator('option')).toHaveCount(2);
});

test('the focus is never lost: closing a notice, opening the analysis', async ({ page }) => {
  const app = new Calculator(page);
  // Two notices (a link that cannot be read, twice the same kind replaces: use a
  // broken link and the storage notice is not there, so one notice).
  await app.open('?lang=en', '#scenario=%%%');
  const notice = page.getByTestId('link-error');
  await expect(notice).toBeVisible();
  await notice.getByRole('button', { name: 'Dismiss' }).click();
  await expect(notice).toHaveCount(0);
  await expect(page.locator('#main')).toBeFocused();
  // The analysis toggle is written again when it opens: the focus stays on it.
  await page.getByTestId('open-analysis').focus();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('open-analysis')).toHaveAttribute('aria-expanded', 'true');
  await expect(page.getByTestId('open-analysis')).toBeFocused();
});
