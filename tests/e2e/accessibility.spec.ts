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

/** The contrast ratio of two CSS colours as the browser computed them (`rgb(…)`). */
function contrast(a: string, b: string): number {
  const lum = (c: string) => {
    const [r, g, bl] = (c.match(/[\d.]+/g) ?? []).slice(0, 3).map(Number).map((v) => {
      const s = v / 255;
      return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
  };
  const [x, y] = [lum(a), lum(b)].sort((p, q) => q - p);
  return (x + 0.05) / (y + 0.05);
}

for (const theme of ['light', 'dark']) {
  test(`edges of buttons, unselected tabs and the file button are at least 3:1 (${theme}; WCAG 1.4.11)`, async ({ page }) => {
    const app = new Calculator(page);
    await app.open(`?lang=en&theme=${theme}`);
    await page.getByTestId('data-tools').click();
    const controls = [
      page.getByTestId('scenario-new'),
      page.locator('[role="tab"][aria-selected="false"]').first(),
      page.locator('label.file-button'),
    ];
    for (const control of controls) {
      const [edge, behind] = await control.evaluate((el) => {
        let parent = el.parentElement;
        let background = 'rgba(0, 0, 0, 0)';
        while (parent && /rgba\(0, 0, 0, 0\)|transparent/.test(background)) {
          background = getComputedStyle(parent).backgroundColor;
          parent = parent.parentElement;
        }
        if (/rgba\(0, 0, 0, 0\)|transparent/.test(background)) background = getComputedStyle(document.body).backgroundColor;
        return [getComputedStyle(el).borderTopColor, background];
      });
      expect(contrast(edge, behind), `${await control.evaluate((el) => el.outerHTML.slice(0, 80))}: ${edge} on ${behind}`).toBeGreaterThanOrEqual(3);
    }
  });
}

test('the file button is the app\'s own, in the page\'s language, and reachable by keyboard', async ({ page }) => {
  const app = new Calculator(page);
  await app.open('?lang=en');
  await page.getByTestId('data-tools').click();
  const input = page.getByTestId('import-file');
  // The browser's control ("Choose file / No file chosen") takes no room on screen…
  const box = await input.boundingBox();
  expect((box?.width ?? 0) * (box?.height ?? 0)).toBeLessThanOrEqual(1);
  await expect(page.locator('label.file-button')).toHaveText(/^\s*Import a scenario file\s*$/);
  // …but the keyboard still reaches it, and the focus shows on the app's button.
  await input.focus();
  await expect(page.locator('label.file-button')).toHaveCSS('outline-style', 'solid');
});

for (const width of [360, 1280]) {
  test(`the payback label fits inside its chart in English at ${width} px`, async ({ page }) => {
    await page.setViewportSize({ width, height: 900 });
    const app = new Calculator(page);
    await app.open('?lang=en');
    for (const option of ['personalised', 'automated', 'data_driven']) {
      await app.selectOption(option);
      const label = page.locator('[data-testid="payback-marker"] text');
      if ((await label.count()) === 0) continue;
      const [text, svg] = [await label.boundingBox(), await page.locator('svg:has([data-testid="payback-marker"])').boundingBox()];
      expect(text!.x, option).toBeGreaterThanOrEqual(svg!.x - 0.5);
      expect(text!.x + text!.width, option).toBeLessThanOrEqual(svg!.x + svg!.width + 0.5);
    }
  });
}

for (const width of [320, 360]) {
  test(`the currency choice shows its whole name in English at ${width} px`, async ({ page }) => {
    await page.setViewportSize({ width, height: 900 });
    const app = new Calculator(page);
    await app.open('?lang=en&currency=USD');
    const select = page.getByTestId('input-settings-currency');
    const [needed, has] = await select.evaluate((el: HTMLSelectElement) => {
      const probe = document.createElement('span');
      probe.style.font = getComputedStyle(el).font;
      probe.style.whiteSpace = 'nowrap';
      probe.textContent = el.selectedOptions[0].textContent;
      document.body.append(probe);
      const w = probe.getBoundingClientRect().width;
      probe.remove();
      const style = getComputedStyle(el);
      return [w, el.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight) - 16];
    });
    expect(has, `room ${has}, text ${needed}`).toBeGreaterThanOrEqual(needed);
  });
}
