import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    globalSetup: ['test/build.setup.ts'],
    // Generous on purpose: a limit only catches a hang, and a busy machine must not fail a test that works.
    testTimeout: 120_000,
    hookTimeout: 600_000,
  },
});
