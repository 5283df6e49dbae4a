// An automated accessibility scan (axe-core) of every view in every language: no
// serious or critical violation.
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from './fixtures';
import { Calculator } from './pages/calculator';

for (const lang of ['zh-TW', 'zh-CN', 'en']) {
  for (const view of ['simple', 'details']) {
    test(`axe: ${view} view in ${lang}`, async ({ page }) => {
      const app = new Calculator(page);
      await app.open(`?lang=${lang}`);
      if (view === 'details') await app.showDetails();
      const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
      const bad = result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
      expect(bad.map((v) => `${v.id}: ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    });
  }
}

test.describe('dark colour scheme', () => {
  test.use({ colorScheme: 'dark' });
  test('axe in dark mode', async ({ page }) => {
    const app = new Calculator(page);
    await app.open('?lang=en');
    const result = await new AxeBuilder({ page }).withTags(['wcag2aa']).analyze();
    const bad = result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect(bad.map((v) => v.id)).toEqual([]);
  });
});

test('axe: the save, share and print tools open, with a share link and an import error', async ({ page }) => {
  const app = new Calculator(page);
  await app.open('?lang=en');
  await page.getByTestId('data-tools').click();
  await page.getByTestId('share-copy').click();
  await page.getByTestId('import-paste-text').fill('not json');
  await page.getByTestId('import-paste').click();
  await page.getByTestId('scenario-rename').click();
  await page.getByTestId('option-rename').click();
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  const bad = result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(bad.map((v) => `${v.id}: ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
});

test('axe: the embed panel open', async ({ page }) => {
  const app = new Calculator(page);
  await app.open('?lang=zh-TW');
  await page.getByTestId('embed-panel').locator('summary').click();
  await expect(page.getByTestId('embed-snippet')).toBeVisible();
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  const bad = result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(bad.map((v) => `${v.id}: ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
});

// Embed mode with a host's pale accent and a call to action, in both themes and at the
// narrowest width: the accent is adjusted until its contrast passes.
// Both views: the quick view (the default in embed mode, checked with its folded part
// and its help open) and the full calculator.
for (const theme of ['light', 'dark']) for (const view of ['quick', 'full']) {
  test(`axe: embed mode, ${view} view, ${theme} theme, pale accent, call to action`, async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 700 });
    const app = new Calculator(page);
    await app.open(`?embed=1&view=${view}&lang=en&theme=${theme}&accent=ffee00&cta=${encodeURIComponent('https://consult.example/')}`);
    await expect(page.getByTestId('cta')).toBeVisible();
    if (view === 'quick') {
      await page.getByTestId('quick-typical').locator(':scope > summary').click();
      await page.getByTestId('quick-more').locator(':scope > summary').click();
    }
    const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
    const bad = result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect(bad.map((v) => `${v.id}: ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  });
}
