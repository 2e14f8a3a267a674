import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // A chart's own tests live in its folder (src/charts/<name>/); the rest under test/.
    include: ['test/**/*.test.ts', 'src/**/*.test.ts'],
    // One production build for the tests that read the built pages.
    globalSetup: ['test/build/globalSetup.ts'],
    environment: 'node',
    testTimeout: 120_000,
  },
});
