// A blog page on another origin that embeds the calculator: served by
// tests/support/host-server.mjs on 127.0.0.1:PORT+1 (a second localhost port, so a
// different origin from the app's 127.0.0.1:PORT, tests/support/ports.ts), with a log of every message
// the page receives.
import { expect, type Frame, type Page } from '@playwright/test';
import { PORT } from '../../support/ports';
export const APP = `http://127.0.0.1:${PORT}/`;
export const HOST = `http://127.0.0.1:${PORT + 1}`;
/** The same blog server under another site name: the app is then a third-party frame. */
export const THIRD_PARTY_HOST = `http://localhost:${PORT + 1}`;

export type Received = { origin: string; data: any };

export class HostPage {
  constructor(readonly page: Page) {}

  /** Opens a plain article page with `snippet` between two paragraphs; `host` may be
   *  THIRD_PARTY_HOST (localhost:PORT+1), another *site* than the app's 127.0.0.1 (third-party). */
  async open(snippet: string, host = HOST) {
    await this.page.goto(`${host}/article.html?snippet=${Buffer.from(snippet).toString('base64url')}`);
  }

  iframe() { return this.page.locator('iframe[data-crm-roi]'); }

  /** The calculator's frame, once its results are shown. */
  async app(): Promise<Frame> {
    await expect(this.page.frameLocator('iframe[data-crm-roi]').getByTestId('verdict')).not.toBeEmpty();
    const frame = this.page.frames().find((f) => f.url().startsWith(APP));
    if (!frame) throw new Error('no calculator frame');
    return frame;
  }

  async iframeHeight() { return this.iframe().evaluate((f) => f.getBoundingClientRect().height); }
  async received(): Promise<Received[]> { return this.page.evaluate(() => (window as any).received); }
  async resizeMessages() { return (await this.received()).filter((m) => m.data?.type === 'crm-roi:resize'); }

  /** Waits until the iframe is exactly as tall as the calculator's content. */
  async expectFitted(frame: Frame) {
    await expect.poll(async () => {
      const content = await frame.evaluate(() => Math.ceil(document.body.getBoundingClientRect().height));
      return Math.abs(content - (await this.iframeHeight()));
    }, { message: 'iframe height = content height' }).toBeLessThanOrEqual(1);
    // Nothing to scroll inside the frame, across or down.
    const inner = await frame.evaluate(() => ({
      down: document.documentElement.scrollHeight - document.documentElement.clientHeight,
      across: document.documentElement.scrollWidth - document.documentElement.clientWidth,
    }));
    expect(inner.down).toBeLessThanOrEqual(1);
    expect(inner.across).toBeLessThanOrEqual(0);
  }
}
