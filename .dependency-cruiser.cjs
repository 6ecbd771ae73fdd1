/**
 * The direction of imports in src/, checked by dependency-cruiser in `npm test`
 * (tests/unit/core/layers.test.ts). The layers, from the bottom:
 *
 *   model/, schemas/, errors.ts, options.ts   pure: no Astro, no file system, no environment
 *   charts/                                   pure (data, options) -> SVG
 *   environment.ts                            the environment variables Sitrep reads
 *   markdown/, loaders/, authoring/, cards/   the content layer, the authoring tools, card rendering
 *   render/, components/, layouts/, routes/   Astro: what the pages run
 *   integration/, index.ts, cli.ts            wiring
 *
 * A module may import from its own layer and the layers below it, never above.
 */
const PURE = '^src/(model|schemas)/|^src/(errors|options)\\.ts$';
const ASTRO_RUNTIME = '^src/(render|components|layouts|routes)/';
const WIRING = '^src/(integration/|index\\.ts$|cli\\.ts$|bin\\.mjs$)';

module.exports = {
  forbidden: [
    {
      name: 'model-is-pure',
      comment: 'The model and schemas are pure functions of their inputs: no Astro (but astro/zod, which is zod), no file system, processes, threads or network.',
      severity: 'error',
      from: { path: PURE },
      to: { path: '^astro$|^astro:|^astro/(?!zod)|^@astrojs/|^node:(fs|fs/promises|child_process|worker_threads|os|net|http|https|process)$|^(fs|child_process|worker_threads|os)$' },
    },
    {
      name: 'model-imports-only-pure-modules',
      comment: 'Nothing below the model knows about loaders, authoring, cards, charts, Astro components or the integration.',
      severity: 'error',
      from: { path: PURE },
      to: { path: '^src/', pathNot: PURE },
    },
    {
      name: 'charts-are-pure',
      comment: 'Charts are (data, options) -> SVG over the model: no Astro, no file system.',
      severity: 'error',
      from: { path: '^src/charts/' },
      to: { path: `^astro|^@astrojs/|^node:(fs|fs/promises|child_process|worker_threads)$|${ASTRO_RUNTIME}|${WIRING}|^src/(loaders|authoring|cards)/` },
    },
    {
      name: 'content-and-tools-below-astro-runtime',
      comment: 'Loaders, authoring tools and card rendering are used by the pages, never the other way round.',
      severity: 'error',
      from: { path: '^src/(markdown|loaders|authoring|cards)/' },
      to: { path: `${ASTRO_RUNTIME}|${WIRING}` },
    },
    {
      name: 'runtime-below-wiring',
      comment: 'Pages and components do not reach into the integration that injects them.',
      severity: 'error',
      from: { path: ASTRO_RUNTIME },
      to: { path: WIRING },
    },
    {
      name: 'routes-are-leaves',
      comment: 'Route files are entry points: nothing imports them.',
      severity: 'error',
      from: { path: '^src/' },
      to: { path: '^src/routes/' },
    },
    {
      name: 'no-circular',
      comment: 'Modules that import each other are one module in two files.',
      severity: 'error',
      from: { path: '^src/' },
      to: { circular: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^src/.*\\.d\\.ts$' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'require', 'node', 'default', 'types'], extensions: ['.ts', '.mjs', '.js', '.astro', '.json'] },
    moduleSystems: ['es6'],
  },
};
