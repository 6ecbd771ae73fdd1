import { defineConfig } from 'vitest/config';
import { fileURLToPath } from 'node:url';

export default defineConfig({
  root: fileURLToPath(new URL('..', import.meta.url)),
  test: {
    include: ['tests/**/*.test.ts'],
    exclude: ['tests/.tmp/**', 'node_modules/**'],
    // Integration suites build whole sites with `astro build`: give them time, and run files in
    // two workers at most on CI's two cores.
    testTimeout: 180_000,
    hookTimeout: 300_000,
    maxWorkers: 2,
    allowOnly: !process.env.CI,
  },
});
