// Embedding (contract.md §2–3): the compact mode and its parameters, the snippet the
// app and the README give, pasted into a page on another origin, the iframe following
// the calculator's height, and the host script ignoring every other message.
import { readFileSync } from 'node:fs';
import { expect, test } from './fixtures';
import { Calculator } from './pages/calculator';
import { APP, HOST, HostPage, THIRD_PARTY_HOST } from './pages/host';
import { PORT } from '../support/ports';
import { answered } from '../support/oracle';

/** A page of another origin the frame is sent to (answered by page.route, no server). */
const EVIL = `http://localhost:${PORT + 3}`;

/** WCAG contrast of two `rgb(r, g, b)` colours. */
function contrast(a: string, b: string) {
  const lum = (c: string) => {
    const [r, g, bl] = (c.match(/\d+(\.\d+)?/g) ?? []).slice(0, 3).map(Number).map((v) => {
      const s = v / 255;
      return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
  };
  const [x, y] = [lum(a), lum(b)].sort((p, q) => q - p);
  return (x + 0.05) / (y + 0.05);
}

// In both views: the quick view (the default in embed mode) and the full calculator.
for (const view of ['', '&view=full']) test(`embed mode${view}: compact, themed, with the host’s accent and call to action, from 320 px`, async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  const app = new Calculator(page);
  const cta = encodeURIComponent('https://consult.example/book?from=roi');
  await app.open(`?embed=1${view}&theme=dark&accent=ffee00&cta=${cta}&cta_label=${encodeURIComponent('<b>預約顧問</b>')}`);
  const root = page.locator('html');
  await expect(root).toHaveClass(/\bembed\b/);
  await expect(root).toHaveAttribute('data-theme', 'dark');
  // No page chrome: the title is there for screen readers only; no embed panel.
  expect((await page.locator('.site-header h1').boundingBox())?.height ?? 0).toBeLessThanOrEqual(1);
  await expect(page.getByTestId('embed-panel')).toHaveCount(0);
  // The link: https only, a new tab, the label as text (markup shown, not run).
  const link = page.getByTestId('cta');
  await expect(link).toHaveAttribute('href', 'https://consult.example/book?from=roi');
  await expect(link).toHaveAttribute('target', '_blank');
  await expect(link).toHaveAttribute('rel', 'noopener noreferrer');
  await expect(link).toContainText('<b>預約顧問</b>');
  await expect(link.locator('b')).toHaveCount(0);
  // The pale yellow accent is kept readable on the dark surface and under its text.
  const colours = await link.evaluate((a) => {
    const s = getComputedStyle(a);
    return { fg: s.color, bg: s.backgroundColor, surface: getComputedStyle(document.querySelector('.card')!).backgroundColor };
  });
  expect(contrast(colours.fg, colours.bg)).toBeGreaterThanOrEqual(4.5);
  expect(contrast(colours.bg, colours.surface)).toBeGreaterThanOrEqual(4.5);
  // 320 px: nothing scrolls sideways.
  expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
  // The calculator still works.
  const currency = await app.input('settings-currency').inputValue();
  await app.type('baseline-customers', '2000');
  await expect(app.result('personalised', 'npv')).toHaveAttribute('data-value', answered(currency, { customers: '2000' }).hooks['result-personalised-npv'] as string);
});

test('a light theme and an accent apply without embed mode; the default link wording is localised', async ({ page }) => {
  const app = new Calculator(page);
  await app.open('?theme=light&accent=%231a56db&cta=https://consult.example/&lang=en');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
  await expect(page.locator('html')).not.toHaveClass(/\bembed\b/);
  await expect(page.getByTestId('cta')).toHaveText(/Talk to a consultant about these results/);
  const accent = await page.evaluate(() => getComputedStyle(document.documentElement).getPropertyValue('--accent-light').trim());
  expect(accent).toBe('#1a56db'); // 6.4:1 on white: kept as it is
  // The charts follow the accent: the first series is drawn in it.
  const series = page.locator('svg.chart .series.c1').first();
  await expect(series).toHaveCSS('stroke', 'rgb(26, 86, 219)');
  await page.getByTestId('lang-zh-TW').click();
  await expect(page.getByTestId('cta')).toHaveText(/和顧問談談這些結果/);
});

test('invalid embedding parameters are ignored without a message', async ({ page }) => {
  const app = new Calculator(page);
  await app.open('?embed=yes&theme=pink&accent=url(x)&cta=javascript:alert(1)&cta_label=x&parent_origin=*');
  await expect(page.locator('html')).not.toHaveAttribute('data-theme');
  await expect(page.locator('html')).not.toHaveClass(/\bembed\b/);
  await expect(page.getByTestId('cta')).toHaveCount(0);
  await expect(page.locator('.notice')).toHaveCount(0);
  for (const bad of ['http://consult.example', 'data:text/html,x', 'https://bank.example@evil.example']) {
    await app.open(`?cta=${encodeURIComponent(bad)}`);
    await expect(page.getByTestId('cta')).toHaveCount(0);
  }
});

test('the app’s snippet, pasted into a page on another origin, shows a calculator that fits its content', async ({ page }) => {
  const app = new Calculator(page);
  await app.open('?lang=en&currency=USD&accent=0a7d5a');
  await page.getByTestId('embed-panel').locator('summary').click();
  const snippet = await page.getByTestId('embed-snippet').inputValue();
  expect(snippet).toContain(`src="${APP}index.html?embed=1&amp;lang=en&amp;currency=USD&amp;accent=0a7d5a"`);
  expect(snippet).toContain(`<script src="${APP}embed.js" async></script>`);
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: APP.slice(0, -1) });
  await page.getByTestId('embed-copy').click();
  await expect(page.getByTestId('embed-copied')).not.toBeEmpty();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(snippet);

  const host = new HostPage(page);
  await host.open(snippet);
  const frame = await host.app();
  await expect(frame.locator('html')).toHaveAttribute('lang', 'en');
  await host.expectFitted(frame);
  const closed = await host.iframeHeight();
  expect(closed).not.toBe(1200);

  // Sections that open and close (the quick view's folded part): the iframe follows.
  const more = frame.getByTestId('quick-more').locator(':scope > summary');
  await more.click();
  await expect.poll(() => host.iframeHeight()).toBeGreaterThan(closed + 100);
  await host.expectFitted(frame);
  await more.click();
  await expect.poll(() => host.iframeHeight()).toBe(closed);
  await host.expectFitted(frame);

  // Every message: from the app's origin, its type and a height, nothing else.
  const messages = await host.resizeMessages();
  expect(messages.length).toBeGreaterThanOrEqual(3);
  for (const m of messages) {
    expect(m.origin).toBe(APP.slice(0, -1));
    expect(Object.keys(m.data).sort()).toEqual(['height', 'type']);
    expect(Number.isInteger(m.data.height)).toBe(true);
  }
  // Settled: no further messages (no resize loop).
  const count = (await host.received()).length;
  await page.waitForTimeout(600);
  expect((await host.received()).length).toBe(count);
});

test('the embed panel: each choice is checked beside its field and carried into the snippet', async ({ page }) => {
  const app = new Calculator(page);
  await app.open();
  await page.getByTestId('embed-panel').locator('summary').click();
  const snippet = page.getByTestId('embed-snippet');
  const field = (name: string) => page.getByTestId(`embed-${name}`);
  const error = (name: string) => page.getByTestId(`embed-${name}-error`);

  await field('parent_origin').fill('https://blog.example.com/posts/crm');
  await expect(error('parent_origin')).toBeVisible();
  await expect(field('parent_origin')).toHaveAttribute('aria-describedby', 'f-embed-parent_origin-error');
  await expect(snippet).not.toHaveValue(/parent_origin/);
  await field('parent_origin').fill('https://blog.example.com');
  await expect(error('parent_origin')).toBeHidden();
  await expect(snippet).toHaveValue(/&amp;parent_origin=https%3A%2F%2Fblog\.example\.com"/);

  await field('accent').fill('red');
  await expect(error('accent')).toBeVisible();
  await field('accent').fill('#C2185B');
  await expect(error('accent')).toBeHidden();
  await expect(snippet).toHaveValue(/&amp;accent=c2185b/);
  await page.getByTestId('input-embed-theme').selectOption('dark');
  await expect(snippet).toHaveValue(/&amp;theme=dark/);

  await field('cta_label').fill('預約 "免費" 諮詢');
  await expect(error('cta_label')).toBeVisible();
  await field('cta').fill('http://consult.example');
  await expect(error('cta')).toBeVisible();
  await expect(snippet).not.toHaveValue(/cta=/);
  await field('cta').fill('https://consult.example/book?a=1&b=2');
  await expect(error('cta')).toBeHidden();
  await expect(error('cta_label')).toBeHidden();
  await expect(snippet).toHaveValue(/&amp;cta=https%3A%2F%2Fconsult\.example%2Fbook%3Fa%3D1%26b%3D2&amp;cta_label=%E9%A0%90%E7%B4%84%20%22/);

  // The snippet follows the language and currency of the calculator (the untouched
  // example takes the language's currency).
  await page.getByTestId('lang-en').click();
  await expect(snippet).toHaveValue(/lang=en&amp;currency=USD/);
  await expect(snippet).toHaveValue(/title="CRM ROI calculator"/);
  await expect(page.getByTestId('embed-accent-error')).toBeHidden();
});

test('the README’s snippet works as documented', async ({ page }) => {
  const readme = readFileSync('README.md', 'utf8');
  const block = readme.split('<!-- embed-snippet:start -->')[1]?.split('<!-- embed-snippet:end -->')[0] ?? '';
  const snippet = block.replace(/```html\n|```\n?/g, '').trim().replaceAll('https://calc.example.com/crm-roi/', APP);
  expect(snippet).toContain('<iframe data-crm-roi');
  const host = new HostPage(page);
  await host.open(snippet);
  const frame = await host.app();
  await expect(frame.locator('html')).toHaveAttribute('lang', 'zh-TW');
  await host.expectFitted(frame);
  // The article goes on below the fitted frame: its next paragraph starts where the
  // frame ends (not hidden behind it, not pushed away by a stale height).
  const frameBox = (await host.iframe().boundingBox())!;
  const after = (await page.locator('#after').boundingBox())!;
  expect(after.y).toBeGreaterThanOrEqual(frameBox.y + frameBox.height - 1);
  expect(after.y - (frameBox.y + frameBox.height)).toBeLessThan(80);
});

test('the host script ignores messages of another type, another origin or another window', async ({ page }) => {
  const host = new HostPage(page);
  await host.open(`<iframe data-crm-roi src="${APP}index.html?embed=1&amp;parent_origin=${encodeURIComponent(HOST)}" title="calc" style="width:100%;height:1200px;border:0"></iframe>
<script src="${APP}embed.js"></script>`);
  const frame = await host.app();
  await host.expectFitted(frame);
  const fitted = await host.iframeHeight();
  const settle = () => page.waitForTimeout(300);

  // From the calculator's window and origin, but not the right shape: ignored.
  for (const data of [{ type: 'other', height: 50 }, { type: 'crm-roi:resize', height: 'x' }, { type: 'crm-roi:resize', height: -5 },
    { type: 'crm-roi:resize', height: 1e9 }, { type: 'crm-roi:resize' }, 'crm-roi:resize', null]) {
    await frame.evaluate((d) => parent.postMessage(d, '*'), data);
  }
  // The right shape from the host page's own window: ignored.
  await page.evaluate(() => window.postMessage({ type: 'crm-roi:resize', height: 50 }, '*'));
  await settle();
  expect(await host.iframeHeight()).toBe(fitted);

  // The right shape from the frame: taken (the control for the cases above).
  await frame.evaluate(() => parent.postMessage({ type: 'crm-roi:resize', height: 777 }, '*'));
  await expect.poll(() => host.iframeHeight()).toBe(777);

  // The frame sent to a page of another origin: its messages are ignored.
  await page.route(`${EVIL}/**`, (route) => route.fulfill({
    contentType: 'text/html',
    body: '<!doctype html><script>parent.postMessage({type: "crm-roi:resize", height: 55}, "*")</script>',
  }));
  await page.locator('iframe').evaluate((f: HTMLIFrameElement, evil) => { f.contentWindow!.location.href = `${evil}/evil.html`; }, EVIL);
  await expect.poll(async () => (await host.resizeMessages()).some((m) => m.origin === EVIL)).toBe(true);
  await settle();
  expect(await host.iframeHeight()).toBe(777);
});

test('a host script that starts after the calculator still fits it', async ({ page }) => {
  const host = new HostPage(page);
  await host.open(`<iframe data-crm-roi src="${APP}index.html?embed=1" title="calc" style="width:100%;height:1200px;border:0"></iframe>`);
  const frame = await host.app();
  await expect.poll(async () => (await host.resizeMessages()).length).toBeGreaterThan(0);
  await page.waitForTimeout(300);
  expect(await host.iframeHeight()).toBe(1200);
  // Now the script arrives (async, slow network): it asks, the calculator answers.
  await page.evaluate((src) => { const s = document.createElement('script'); s.src = src; document.body.append(s); }, `${APP}embed.js`);
  await host.expectFitted(frame);
});

test('with parent_origin, the height goes to that origin only', async ({ page }) => {
  const host = new HostPage(page);
  await host.open(`<iframe data-crm-roi src="${APP}index.html?embed=1&amp;parent_origin=https%3A%2F%2Fother.example" title="calc" style="width:100%;height:1200px;border:0"></iframe>
<script src="${APP}embed.js"></script>`);
  await host.app();
  await page.waitForTimeout(500);
  expect(await host.resizeMessages()).toEqual([]);
  expect(await host.iframeHeight()).toBe(1200);
});

test('embedded storage: kept in a same-site frame; in a third-party or sandboxed frame, the calculator works in memory', async ({ page }) => {
  const host = new HostPage(page);
  const frameHtml = (extra: string) => `<iframe data-crm-roi ${extra} src="${APP}index.html?embed=1" title="calc" style="width:100%;height:1200px;border:0"></iframe><script src="${APP}embed.js"></script>`;
  // Another origin of the same site (another port): storage works, work survives a reload.
  await host.open(frameHtml(''));
  let frame = await host.app();
  const field = frame.getByTestId('input-baseline-customers');
  await field.fill('4321');
  await field.blur();
  // Autosaved (at most 500 ms after a change).
  await frame.waitForFunction(() => Object.values(localStorage).some((v) => v.includes('"customers":"4321"')));
  await page.reload();
  frame = await host.app();
  await expect(frame.getByTestId('input-baseline-customers')).toHaveValue(/4,?321/);
  await expect(frame.getByTestId('notice-storage-unavailable')).toHaveCount(0);

  // Another site (localhost vs 127.0.0.1): browsers partition or, like this Chromium,
  // block third-party storage; a sandboxed frame without allow-same-origin never has any.
  // Either way the calculator works in memory; the quick view greets no reader with a
  // warning, and says quietly, once they have changed a figure, that this page cannot
  // keep it (issue 16, item 5).
  for (const extra of ['', 'sandbox="allow-scripts allow-popups"']) {
    await host.open(frameHtml(extra), THIRD_PARTY_HOST);
    frame = await host.app();
    const blocked = await frame.evaluate(() => { try { localStorage.getItem('x'); return false; } catch { return true; } });
    await expect(frame.getByTestId('notice-storage-unavailable')).toHaveCount(0);
    await expect(frame.getByTestId('quick-not-kept')).toBeHidden();
    const input = frame.getByTestId('input-baseline-customers');
    await input.fill('2500');
    await input.blur();
    const expected = answered('TWD', { customers: '2500' }).hooks['result-personalised-npv'] as string;
    await expect(frame.getByTestId('result-personalised-npv')).toHaveAttribute('data-value', expected);
    if (blocked) await expect(frame.getByTestId('quick-not-kept')).toBeVisible();
    else await expect(frame.getByTestId('quick-not-kept')).toBeHidden();
    if (extra) expect(blocked).toBe(true);
  }
});

test('the built page carries a strict Content-Security-Policy', async ({ page }) => {
  const app = new Calculator(page);
  await app.open();
  const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  expect(csp).toMatch(/script-src 'self' 'wasm-unsafe-eval' 'sha256-[A-Za-z0-9+/=]+'/);
  expect(csp).not.toMatch(/'unsafe-eval'|'unsafe-inline'|INLINE_SCRIPT_HASHES/);
  expect(csp).toMatch(/default-src 'none'/);
  // The same policy as a header line for the server, with frame-ancestors.
  const header = await page.evaluate(() => fetch('./csp-header.txt').then((r) => r.text()));
  expect(header.trim()).toBe(`Content-Security-Policy: ${csp}; frame-ancestors *`);
  // No inline event handlers or style attributes anywhere in the rendered page.
  await app.showDetails();
  const inline = await page.evaluate(() => [...document.querySelectorAll('*')].flatMap((el) =>
    [...el.attributes].filter((a) => a.name.startsWith('on') || a.name === 'style').map((a) => `${el.tagName} ${a.name}`)));
  expect(inline).toEqual([]);
});
