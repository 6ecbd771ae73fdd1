import { defineConfig } from 'vitest/config';
import { fileURLToPath } from 'node:url';

/** Suites that read the one production build of the sample site (tests/e2e/global-setup.ts). */
const siteSuites = ['tests/e2e/**/*.test.ts', 'tests/quality/**/*.test.ts'];

export default defineConfig({
  root: fileURLToPath(new URL('..', import.meta.url)),
  test: {
    // Each project lists its own `include` (arrays of `extends: true` projects add to the root's).
    exclude: ['tests/.tmp/**', 'node_modules/**'],
    // Integration suites build whole sites with `astro build`: give them time, and run files in
    // two workers at most on CI's two cores.
    testTimeout: 180_000,
    hookTimeout: 300_000,
    maxWorkers: 2,
    allowOnly: !process.env.CI,
    // `npm test` runs both; `--project site` runs only the browser and quality gates, and
    // `--project node` everything else. The site's build and server start only when a `site`
    // suite is selected.
    projects: [
      {
        extends: true,
        test: { name: 'node', include: ['tests/**/*.test.ts'], exclude: siteSuites, globalSetup: ['tests/helpers/scratch-teardown.ts'] },
      },
      {
        extends: true,
        test: { name: 'site', include: siteSuites, globalSetup: ['tests/e2e/global-setup.ts'] },
      },
    ],
  },
});
