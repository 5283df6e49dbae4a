import { defineConfig } from '@playwright/test';

// Debian's Chromium, never a downloaded browser; flags keep it off the (closed) network.
export const chromium = {
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync'],
};

// Every run serves its own builds on its own ports (tests/support/ports.ts: four free
// ports found at start, PORT..PORT+3: the release build, the blog of the embedding
// tests, the trap test build, the offline tests' own server). A server is ready when it
// answers this run's token for a folder that holds a build, and never reused: a server
// left over from another run can neither answer for this one nor hide a missing build.
import { PORT, RUN } from './tests/support/ports';

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
    // On CI a failed test keeps its trace (retries stay at 0), so a flake can be read.
    trace: process.env.CI ? 'retain-on-failure' : 'off',
    // Service workers would answer requests before page.route() sees them; the specs
    // about offline use and updates allow them (test.use).
    serviceWorkers: 'block',
  },
  webServer: [{
    command: `node tests/support/serve.mjs dist ${PORT} ${RUN}`,
    url: `http://127.0.0.1:${PORT}/__served/${RUN}`,
    reuseExistingServer: false,
    timeout: 20_000,
  }, {
    // The test build with forced traps (`make dist-trap`, tests/e2e/crash.spec.ts):
    // a missing build stops the run at start instead of passing the crash tests' setup.
    command: `node tests/support/serve.mjs target/dist-trap ${PORT + 2} ${RUN}`,
    url: `http://127.0.0.1:${PORT + 2}/__served/${RUN}`,
    reuseExistingServer: false,
    timeout: 20_000,
  }, {
    // The blog of the embedding tests: another origin (tests/e2e/pages/host.ts).
    command: `node tests/support/host-server.mjs ${PORT + 1} ${RUN}`,
    url: `http://127.0.0.1:${PORT + 1}/__served/${RUN}`,
    reuseExistingServer: false,
    timeout: 20_000,
  }],
});
