import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // One production build for the tests that read the built pages.
    globalSetup: ['test/build/globalSetup.ts'],
    environment: 'node',
    testTimeout: 120_000,
  },
});
