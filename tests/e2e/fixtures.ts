// Every browser test runs with these guards, whatever it was checking:
// - a Rust panic (logged by the panic hook) or an uncaught page error fails the test;
// - so does any Content-Security-Policy violation, in the page or any of its frames
//   (the built page runs under a strict CSP: see index.html and the README).
import { test as base, expect } from '@playwright/test';

/** Records CSP violations of every document (frames too) in `window.__cspViolations`. */
export const recordCspViolations = () => {
  const list: string[] = [];
  (window as any).__cspViolations = list;
  document.addEventListener('securitypolicyviolation', (e) => {
    list.push(`${e.violatedDirective} blocked ${e.blockedURI || 'inline'} at ${e.sourceFile}:${e.lineNumber}`);
  });
};

export const test = base.extend<{ noPanic: void }>({
  noPanic: [async ({ page }, use) => {
    const problems: string[] = [];
    await page.addInitScript(recordCspViolations);
    page.on('console', (m) => {
      if (m.type() === 'error' && /panicked|RuntimeError|unreachable/.test(m.text())) problems.push(m.text());
      if (/Content.Security.Policy/i.test(m.text())) problems.push(`CSP: ${m.text()}`);
    });
    page.on('pageerror', (e) => problems.push(e.message));
    await use();
    for (const frame of page.isClosed() ? [] : page.frames()) {
      const violations = await frame.evaluate(() => (window as any).__cspViolations ?? []).catch(() => []);
      problems.push(...violations.map((v: string) => `CSP violation in ${frame.url()}: ${v}`));
    }
    expect(problems, 'the page panicked, threw or broke its Content-Security-Policy').toEqual([]);
  }, { auto: true }],
});

export { expect };
