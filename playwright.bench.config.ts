// `make bench` only: timings in Chromium on the release build (never part of `make test`).
import { defineConfig } from '@playwright/test';
import base, { chromium } from './playwright.config';

export default defineConfig({
  ...base,
  testDir: 'tests/bench',
  testMatch: /.*\.bench\.ts/,
  workers: 1,
  timeout: 120_000,
  use: { ...base.use, launchOptions: chromium },
});
