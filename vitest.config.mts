import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'services',
          include: ['tests/services/**/*.test.ts'],
          environment: 'node',
          pool: 'forks',
          // A bound that ends a hung test, not a timing: speed is checked by `npm run bench`. Tests that generate data
          // or walk every minute of years take 30-40 s with the machine loaded many times over its two cores.
          testTimeout: 180_000,
          hookTimeout: 180_000,
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.spec.ts'],
          setupFiles: ['tests/e2e/setup.ts'],
          environment: 'node',
          pool: 'forks',
          fileParallelism: false,
          testTimeout: 90_000,
          hookTimeout: 90_000,
          // expect.poll gives up after 1 s by default: on a loaded machine a save and the refetch it causes take
          // longer than that. Playwright's own waits already allow 30 s; polls get the same bound.
          expect: { poll: { timeout: 30_000 } },
        },
      },
    ],
  },
});
