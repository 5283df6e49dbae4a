// Page object of the calculator: what a visitor sees and does, by data-testid.
import { expect, type Locator, type Page } from '@playwright/test';
import type { Hooks } from '../../support/oracle';

export class Calculator {
  constructor(readonly page: Page) {}

  async open(query = '', hash = '') {
    await this.page.goto(`./index.html${query}${hash}`);
    await expect(this.page.getByTestId('verdict')).not.toBeEmpty();
  }

  input(path: string): Locator { return this.page.getByTestId(`input-${path}`); }
  error(path: string): Locator { return this.page.getByTestId(`error-${path}`); }
  result(id: string, metric: string): Locator { return this.page.getByTestId(`result-${id}-${metric}`); }

  /** Types into a field the way a visitor does: select all, type, leave the field. */
  async type(path: string, text: string) {
    const field = this.input(path);
    await field.click();
    await field.press('ControlOrMeta+a');
    await field.pressSequentially(text);
  }

  async selectOption(id: string) { await this.page.getByTestId(`select-option-${id}`).click(); }
  async showDetails() {
    const toggle = this.page.getByTestId('toggle-details');
    if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
  }

  /** Every result hook appears once and carries the engine's value. Year rows
   *  (`cashflow-<id>-<year>`) exist only for the option shown in detail: when the page
   *  shows a year table, every row of that option must be there, none missing. */
  async expectHooks(expected: Hooks) {
    const rowsOf = new Map<string, number>();
    for (const [testid, value] of Object.entries(expected)) {
      const el = this.page.getByTestId(testid);
      if (typeof value === 'string') {
        await expect(el, testid).toHaveCount(1);
        await expect(el, testid).toHaveAttribute('data-value', value);
      } else {
        const id = testid.replace(/^cashflow-/, '').replace(/-\d+$/, '');
        if (!rowsOf.has(id)) rowsOf.set(id, 0);
        if (await el.count()) {
          rowsOf.set(id, rowsOf.get(id)! + 1);
          await expect(el, testid).toHaveAttribute('data-benefit', value.benefit);
          await expect(el, testid).toHaveAttribute('data-cost', value.cost);
          await expect(el, testid).toHaveAttribute('data-net', value.net);
        }
      }
    }
    const shown = await this.page.locator('[data-testid^="cashflow-"]').count();
    if (shown > 0) {
      // A year table is on the page: exactly one option's rows, all of them.
      const expectedRows = Object.keys(expected).filter((k) => k.startsWith('cashflow-'));
      const complete = [...rowsOf.entries()].filter(([id, n]) =>
        n > 0 && n === expectedRows.filter((k) => k.replace(/^cashflow-/, '').replace(/-\d+$/, '') === id).length);
      expect(complete.length, `year rows: ${JSON.stringify([...rowsOf])} of ${shown} shown`).toBe(1);
      expect(shown, 'year rows beyond the expected ones').toBe(complete[0][1]);
    }
  }
}
