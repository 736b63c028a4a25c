import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'tests/build/**/*.test.ts'],
    // The build tests run real Astro builds of fixture content.
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
