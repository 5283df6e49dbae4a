// Every browser test runs with this guard: a Rust panic (logged by the panic hook) or
// an uncaught page error fails the test, whatever it was checking.
import { test as base, expect } from '@playwright/test';

export const test = base.extend<{ noPanic: void }>({
  noPanic: [async ({ page }, use) => {
    const problems: string[] = [];
    page.on('console', (m) => { if (m.type() === 'error' && /panicked|RuntimeError|unreachable/.test(m.text())) problems.push(m.text()); });
    page.on('pageerror', (e) => problems.push(e.message));
    await use();
    expect(problems, 'the page panicked or threw').toEqual([]);
  }, { auto: true }],
});

export { expect };
