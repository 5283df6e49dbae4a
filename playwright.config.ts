import { defineConfig } from '@playwright/test';

// Debian's Chromium, never a downloaded browser; flags keep it off the (closed) network.
export const chromium = {
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync'],
};

// E2E_PORT lets two checkouts run their browser tests at once (ports PORT..PORT+3:
// the release build, the blog of the embedding tests, the trap test build, the
// offline tests' own server).
const PORT = Number(process.env.E2E_PORT ?? 8090);

export default defineConfig({
  testDir: 'tests/e2e',
  timeout: 30_000,
  expect: { timeout: 5_000 },
  fullyParallel: true,
  workers: 2,
  retries: 0,
  reporter: process.env.CI ? [['list']] : [['list']],
  use: {
    baseURL: `http://127.0.0.1:${PORT}/`,
    launchOptions: chromium,
    locale: 'zh-TW',
    trace: 'off',
    // Service workers would answer requests before page.route() sees them; the specs
    // about offline use and updates allow them (test.use).
    serviceWorkers: 'block',
  },
  webServer: [{
    command: `node tests/support/serve.mjs dist ${PORT}`,
    url: `http://127.0.0.1:${PORT}/index.html`,
    reuseExistingServer: !process.env.CI,
    timeout: 20_000,
  }, {
    // The test build with forced traps (`make dist-trap`; tests/e2e/crash.spec.ts says
    // so if it is missing). Ready when the port answers, built or not.
    command: `node tests/support/serve.mjs target/dist-trap ${PORT + 2}`,
    port: PORT + 2,
    reuseExistingServer: !process.env.CI,
    timeout: 20_000,
  }, {
    // The blog of the embedding tests: another origin (tests/e2e/pages/host.ts).
    command: `node tests/support/host-server.mjs ${PORT + 1}`,
    url: `http://127.0.0.1:${PORT + 1}/article.html`,
    reuseExistingServer: !process.env.CI,
    timeout: 20_000,
  }],
});
