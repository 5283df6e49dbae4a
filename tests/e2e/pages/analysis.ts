// Page object of the analysis panel ("How sure is this?", model.md §3a): opening it,
// waiting for the worker's results, and its hooks (contract.md §4).
import { expect, type Locator, type Page } from '@playwright/test';
import type { AnalysisHooks } from '../../support/analysis-oracle';

/** Names of the analysis worker's files (hashed): its entry, JS and wasm. */
export const WORKER_FILE = /analysis[-_]worker[^/]*\.(js|wasm)(\?|$)/;

export class Analysis {
  constructor(readonly page: Page) {}

  get opener(): Locator { return this.page.getByTestId('open-analysis'); }
  get results(): Locator { return this.page.getByTestId('analysis-results'); }
  get progress(): Locator { return this.page.getByTestId('analysis-progress'); }
  get failed(): Locator { return this.page.getByTestId('analysis-failed'); }
  runsOf(id: string): Locator { return this.page.getByTestId(`mc-${id}-prob-positive`); }

  async open() {
    await this.opener.click();
  }

  /** Waits until the analysis of option `id` (shown in detail) is complete and fresh. */
  async done(id: string, timeout = 30_000) {
    await expect(this.runsOf(id)).toHaveAttribute('data-runs', '10000', { timeout });
    await expect(this.results).toHaveAttribute('aria-busy', 'false', { timeout });
    await expect(this.results).not.toHaveClass(/\bstale\b/, { timeout });
  }

  /** Every expected hook of option `id` is in the page once, with the engine's values. */
  async expectHooks(expected: AnalysisHooks, id: string) {
    const own = Object.entries(expected).filter(([testid]) => testid.split('-')[1] === id || testid.startsWith(`mc-${id}-`));
    expect(own.length).toBeGreaterThan(5);
    for (const [testid, hook] of own) {
      const el = this.page.getByTestId(testid);
      await expect(el, testid).toHaveCount(1);
      if (hook.input !== undefined) await expect(el, testid).toHaveAttribute('data-input', hook.input);
      if (hook.low !== undefined) await expect(el, testid).toHaveAttribute('data-low', hook.low);
      if (hook.high !== undefined) await expect(el, testid).toHaveAttribute('data-high', hook.high);
      if (hook.state !== undefined) await expect(el, testid).toHaveAttribute('data-state', hook.state);
      if (hook.value !== undefined) await expect(el, testid).toHaveAttribute('data-value', hook.value);
      if (hook.runs !== undefined) await expect(el, testid).toHaveAttribute('data-runs', hook.runs);
    }
    // No bar beyond the engine's.
    const bars = own.filter(([t]) => t.startsWith('tornado-')).length;
    await expect(this.page.getByTestId(`tornado-${id}-${bars + 1}`)).toHaveCount(0);
  }

  /** P10, P50, P90 of NPV as numbers. */
  async percentiles(id: string): Promise<number[]> {
    const out: number[] = [];
    for (const p of ['p10', 'p50', 'p90']) {
      out.push(Number(await this.page.getByTestId(`mc-${id}-npv-${p}`).getAttribute('data-value')));
    }
    return out;
  }
}
