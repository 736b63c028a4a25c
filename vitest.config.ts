import { defineConfig } from 'vitest/config';

/** Tests that build a site or run the search indexer: they start processes and take seconds each. */
const BUILD_TESTS = ['tests/build/**/*.test.ts', 'src/build/finish-site.test.ts', 'src/lib/search/build-index.test.ts', 'src/lib/search/bundle-fragments.test.ts'];

export default defineConfig({
  test: {
    projects: [
      {
        // Pure modules: they share no state worth isolating, so one worker runs many files. Drawing
        // a share image takes a second alone and several on a busy machine, hence the timeout.
        test: { name: 'unit', include: ['src/**/*.test.ts', 'tests/validators/**/*.test.ts', 'tests/support/**/*.test.ts'], exclude: BUILD_TESTS, isolate: false, testTimeout: 30_000 },
      },
      {
        test: { name: 'build', include: BUILD_TESTS, testTimeout: 120_000, hookTimeout: 120_000 },
      },
      {
        // The built site (dist/) served by nginx with its shipped configuration: run after a build.
        test: { name: 'server', include: ['tests/server/**/*.test.ts'] },
      },
    ],
  },
});
