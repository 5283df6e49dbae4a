// The pipeline end to end: the built app shows the engine's results, and a scenario
// passed in the link is shown instead of the defaults.
import { expect, test } from './fixtures';
import { defaults, expectedFor, shareHash } from '../support/oracle';
import { Calculator } from './pages/calculator';
import example from '../support/contract-example.json' with { type: 'json' };
import exampleV2 from '../support/contract-example-v2.json' with { type: 'json' };

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

test('a version 1 link keeps its numbers, and a version 2 link with a scaled line opens too', async ({ page }) => {
  // contract-example.json is the contract's example as it was in file version 1.
  expect(example.version).toBe(1);
  const app = new Calculator(page);
  await app.open('', shareHash(example));
  const v1 = expectedFor(example);
  await app.expectHooks(v1);
  await page.goto('about:blank'); // a new page load: only the hash would differ
  await app.open('', shareHash(exampleV2));
  await app.expectHooks(expectedFor(exampleV2));
  // The scaled line (CRM seats, 1 per 250 customers) adds cost: NPV falls.
  const npv = await app.result('personalised', 'npv').getAttribute('data-value');
  expect(Number(npv)).toBeLessThan(Number(v1['result-personalised-npv']));
});

test('a visit in another language asks for its text beside the wasm, not after it, and once', async ({ page }) => {
  const events: string[] = [];
  page.on('request', (r) => events.push(`start ${new URL(r.url()).pathname}`));
  page.on('requestfinished', (r) => events.push(`end ${new URL(r.url()).pathname}`));
  // A slow wasm, as on a phone: the text must not wait for it.
  await page.route('**/*_bg.wasm', async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 800));
    await route.continue();
  });
  const app = new Calculator(page);
  await app.open('?lang=en&currency=TWD');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByTestId('verdict')).toContainText(/[a-z]/);
  const textStart = events.findIndex((e) => e.startsWith('start ') && e.endsWith('/locales/en.txt'));
  const wasmEnd = events.findIndex((e) => e.startsWith('end ') && e.endsWith('_bg.wasm') && !e.includes('analysis'));
  expect(textStart).toBeGreaterThanOrEqual(0);
  expect(wasmEnd).toBeGreaterThanOrEqual(0);
  expect(textStart).toBeLessThan(wasmEnd);
  expect(events.filter((e) => e.startsWith('start ') && e.endsWith('/locales/en.txt'))).toHaveLength(1);
});
