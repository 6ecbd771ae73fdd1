/**
 * The content collections of a Sitrep publication, exported as `sitrep/content`: a publication's
 * src/content.config.ts is `export { collections } from 'sitrep/content';`. Wiring only: each collection is a loader over content/ plus a schema from src/schemas/. The
 * loaders are recorded (src/loaders/loaded-content.ts) so the build can start the social cards
 * before pages render (src/integration/cards.ts).
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { actorSchema } from './schemas/actor.ts';
import { authorSchema } from './schemas/author.ts';
import { createBriefingSchema } from './schemas/briefing.ts';
import { pageSchema } from './schemas/page.ts';
import { regionSchema } from './schemas/region.ts';
import { contentDir, listIds } from './loaders/content-dir.ts';
import { createSlugRegistry } from './loaders/slugs.ts';
import { briefingLoader } from './loaders/briefing-loader.ts';
import { datasetLoader } from './loaders/datasets.ts';
import { recordingLoader } from './loaders/loaded-content.ts';
import { gatedLoader } from './loaders/content-gate.ts';
import { datasetSchema } from './schemas/dataset.ts';

const base = (folder: string) => `${contentDir}/${folder}`;
const yaml = '*.{yaml,yml}';

export const collections = {
  briefings: defineCollection({
    loader: recordingLoader(briefingLoader({ pattern: '**/*.mdx', base: base('briefings'), generateId: createSlugRegistry(base('briefings')) })),
    schema: createBriefingSchema({
      authors: listIds('authors'),
      regions: listIds('regions'),
      actors: listIds('actors'),
    }),
  }),
  // Every loader passes the content gate first (src/loaders/content-gate.ts): one check of the
  // whole folder, by the code of `sitrep check`, before any entry is stored.
  authors: defineCollection({ loader: recordingLoader(gatedLoader(glob({ pattern: yaml, base: base('authors') }))), schema: authorSchema }),
  regions: defineCollection({ loader: recordingLoader(gatedLoader(glob({ pattern: yaml, base: base('regions') }))), schema: regionSchema }),
  actors: defineCollection({ loader: recordingLoader(gatedLoader(glob({ pattern: yaml, base: base('actors') }))), schema: actorSchema }),
  datasets: defineCollection({ loader: gatedLoader(datasetLoader({ base: base('data') })), schema: datasetSchema }),
  pages: defineCollection({ loader: recordingLoader(gatedLoader(glob({ pattern: '*.mdx', base: base('pages') }))), schema: pageSchema }),
};
