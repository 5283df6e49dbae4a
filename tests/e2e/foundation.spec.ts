// The pipeline end to end: the built app shows the engine's results, and a scenario
// passed in the link is shown instead of the defaults.
import { expect, test } from './fixtures';
import { defaults, expectedFor, shareHash } from '../support/oracle';
import { Calculator } from './pages/calculator';
import example from '../support/contract-example.json' with { type: 'json' };

test('the default scenario shows every option with the engine values', async ({ page }) => {
  const app = new Calculator(page);
  await app.open();
  const { scenario, hooks } = defaults('TWD');
  expect(scenario.options.map((o: any) => o.id)).toEqual(['personalised', 'automated', 'data_driven']);
  await app.expectHooks(hooks);
  // The detail table shows the first option's years 0..N.
  await expect(page.getByTestId('cashflow-personalised-0')).toHaveCount(1);
  await expect(page.getByTestId('cashflow-personalised-3')).toHaveCount(1);
  await expect(page.getByTestId('cashflow-personalised-4')).toHaveCount(0);
});

test('a scenario in #scenario= is shown instead of the defaults', async ({ page }) => {
  const app = new Calculator(page);
  await app.open('', shareHash(example));
  await app.expectHooks(expectedFor(example));
  await expect(page.getByTestId('select-option-personalised')).toHaveText('Personalised service');
  await expect(app.result('automated', 'npv')).toHaveCount(0);
  // The contract's example does not pay back: the hook is empty, the page says why.
  await expect(app.result('personalised', 'payback-months')).toHaveAttribute('data-value', '');
  await expect(app.result('personalised', 'payback-months')).toContainText('—');
});

test('a broken link says so and opens the defaults', async ({ page }) => {
  const app = new Calculator(page);
  await app.open('', '#scenario=not-base64-%%%');
  await expect(page.getByTestId('link-error')).toBeVisible();
  await app.expectHooks(defaults('TWD').hooks);

  await app.open('', shareHash({ format: 'crm-roi-scenario', version: 99 }));
  await expect(page.getByTestId('link-error')).toBeVisible();
});
