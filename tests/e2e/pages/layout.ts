// Layout checks a visitor on a phone would notice (issue 9: 320–400 px).
import { expect, type Frame, type Page } from '@playwright/test';

/** Every number shown (amounts, metrics, table cells) is on one line in text of at least
 *  14 px, and the page does not scroll sideways. */
export async function expectNumbersOnOneLine(doc: Page | Frame) {
  const broken = await doc.evaluate(() => {
    const bad: string[] = [];
    const els = document.querySelectorAll('.num, .metric-value, .cashflow-table td, .summary-bar .num');
    for (const el of els) {
      if (!(el as HTMLElement).offsetParent && getComputedStyle(el).position !== 'fixed') continue; // not shown
      const range = document.createRange();
      range.selectNodeContents(el);
      const tops = new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)));
      const size = parseFloat(getComputedStyle(el).fontSize);
      if (tops.size > 1) bad.push(`broken: ${el.textContent}`);
      if (size < 14) bad.push(`${size}px: ${el.textContent}`);
    }
    const across = document.documentElement.scrollWidth - document.documentElement.clientWidth;
    if (across > 0) bad.push(`scrolls sideways by ${across}px`);
    return { bad, checked: els.length };
  });
  expect(broken.checked).toBeGreaterThan(10);
  expect(broken.bad).toEqual([]);
}
