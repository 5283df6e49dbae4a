// The analysis (issue 11) in Chromium, release build: the time from opening it to all
// three options done (30 000 Monte Carlo runs in the worker), the main thread's long
// tasks meanwhile, the input-to-result time of edits made while Monte Carlo runs, and
// the worker's download size (gzip -9). Figures go to README.md, "Figures".
import { readdirSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { expect, test } from '@playwright/test';

test('analysis: time to done, long tasks, input-to-result during a run, worker size', async ({ page }) => {
  await page.addInitScript(() => {
    const w = window as any;
    w.__longTasks = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) w.__longTasks.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: 'longtask', buffered: true });
  });
  await page.goto('./index.html?lang=en');
  await expect(page.getByTestId('verdict')).not.toBeEmpty();
  // Let the page settle after its start (service worker registration, first save).
  await page.waitForTimeout(1000);

  // 1. Opening to all three options done (the worker's download and start included).
  const run = await page.evaluate(async () => {
    const section = document.querySelector('[data-testid="analysis"]')!;
    const start = performance.now();
    (document.querySelector('[data-testid="open-analysis"]') as HTMLElement).click();
    await new Promise<void>((resolve) => {
      const status = () => section.querySelector('[data-testid="analysis-results"]')?.getAttribute('data-status');
      const check = () => { if (status() === 'done') { observer.disconnect(); resolve(); } };
      const observer = new MutationObserver(check);
      observer.observe(section, { attributes: true, childList: true, subtree: true });
      check();
    });
    const end = performance.now();
    const long = ((window as any).__longTasks as { start: number; duration: number }[]).filter((t) => t.start >= start && t.start <= end);
    return { ms: end - start, long: long.map((t) => t.duration) };
  });
  await expect(page.getByTestId('analysis-results')).toHaveAttribute('data-status', 'done');

  // 2. A second run without the download: edit, then time until done again.
  const again = await page.evaluate(async () => {
    const section = document.querySelector('[data-testid="analysis"]')!;
    const input = document.querySelector('[data-testid="input-settings-uncertainty"]') as HTMLInputElement;
    const start = performance.now();
    input.value = '25';
    input.dispatchEvent(new Event('input', { bubbles: true }));
    await new Promise((r) => setTimeout(r, 0));
    await new Promise<void>((resolve) => {
      const status = () => section.querySelector('[data-testid="analysis-results"]')?.getAttribute('data-status');
      const check = () => { if (status() === 'done') { observer.disconnect(); resolve(); } };
      const observer = new MutationObserver(check);
      observer.observe(section, { attributes: true, childList: true, subtree: true });
      check();
    });
    const end = performance.now();
    const long = ((window as any).__longTasks as { start: number; duration: number }[]).filter((t) => t.start >= start && t.start <= end);
    return { ms: end - start, long: long.map((t) => t.duration) };
  });

  // 3. Input-to-result while Monte Carlo runs: each edit restarts the analysis (after
  // its pause), so it runs throughout; each edit is timed to the last DOM change of its
  // main results, as tests/bench/input-latency.bench.ts does.
  const fields = ['baseline-customers', 'baseline-annual_churn', 'baseline-gross_margin', 'settings-discount_rate'];
  const values = [['1200', '1500', '900'], ['18', '22', '15'], ['35', '45', '40'], ['8', '12', '9']];
  const times: number[] = [];
  let duringRun = 0;
  for (let i = 0; i < 60; i++) {
    const field = fields[i % fields.length];
    const value = values[i % fields.length][Math.floor(i / fields.length) % 3];
    const r = await page.evaluate(async ({ testid, value }) => {
      const section = document.querySelector('[data-testid="analysis"]')!;
      const running = section.querySelector('[data-testid="analysis-results"]')?.getAttribute('data-status') === 'running';
      const result = document.querySelector('.area-results')!;
      const input = document.querySelector(`[data-testid="input-${testid}"]`) as HTMLInputElement;
      let last = 0;
      const observer = new MutationObserver(() => { last = performance.now(); });
      observer.observe(result, { subtree: true, childList: true, attributes: true, characterData: true });
      const start = performance.now();
      input.value = value;
      input.dispatchEvent(new Event('input', { bubbles: true }));
      await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
      observer.disconnect();
      // Leave the worker time to get going again before the next edit.
      await new Promise((r) => setTimeout(r, 120 + Math.random() * 120));
      return { ms: last > 0 ? last - start : NaN, running };
    }, { testid: field, value });
    if (!Number.isNaN(r.ms)) times.push(r.ms);
    if (r.running) duringRun++;
  }
  times.sort((a, b) => a - b);
  const pct = (p: number) => times[Math.min(times.length - 1, Math.floor((p / 100) * times.length))];

  // 4. The worker's download.
  const files = readdirSync('dist').filter((f) => /^analysis[-_]worker.*\.(js|wasm)$/.test(f));
  const gz = files.reduce((a, f) => a + gzipSync(readFileSync(`dist/${f}`), { level: 9 }).length, 0);
  const raw = files.reduce((a, f) => a + readFileSync(`dist/${f}`).length, 0);

  const max = (xs: number[]) => (xs.length ? Math.max(...xs).toFixed(0) : '0');
  console.log(`analysis, open to 3 options done (incl. worker download): ${run.ms.toFixed(0)} ms; main-thread long tasks: ${run.long.length} (max ${max(run.long)} ms)`);
  console.log(`analysis, edit to 3 options done again: ${again.ms.toFixed(0)} ms; main-thread long tasks: ${again.long.length} (max ${max(again.long)} ms)`);
  console.log(`input-to-result while the analysis runs: ${times.length} edits (${duringRun} with Monte Carlo running), median ${pct(50).toFixed(2)} ms, p95 ${pct(95).toFixed(2)} ms, max ${times[times.length - 1].toFixed(2)} ms`);
  console.log(`analysis worker download: ${(gz / 1024).toFixed(1)} KB gzip (${(raw / 1024).toFixed(1)} KB raw; ${files.join(', ')})`);
  expect(times.length).toBeGreaterThan(50);
});
