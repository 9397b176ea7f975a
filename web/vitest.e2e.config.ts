import { defineConfig } from 'vitest/config';

/**
 * End-to-end: the built SPA served by the real API (fresh demo database), driven by the system
 * Chromium through playwright-core. Files run one after another: they share one API and its data.
 */
export default defineConfig({
  test: {
    include: ['e2e/**/*.e2e.test.ts'],
    environment: 'node',
    globalSetup: ['e2e/global-setup.ts'],
    setupFiles: ['e2e/setup.ts'],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
