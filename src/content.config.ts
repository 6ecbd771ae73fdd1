/** Wiring only: each collection is a loader over content/ plus a schema from src/schemas/. */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { actorSchema } from './schemas/actor.ts';
import { authorSchema } from './schemas/author.ts';
import { createBriefingSchema } from './schemas/briefing.ts';
import { pageSchema } from './schemas/page.ts';
import { regionSchema } from './schemas/region.ts';
import { contentDir, listIds } from './lib/content-dir.ts';
import { createSlugRegistry } from './lib/slugs.ts';
import { briefingLoader } from './lib/located-loader.ts';
import { datasetLoader } from './lib/datasets.ts';
import { datasetSchema } from './schemas/dataset.ts';

const base = (folder: string) => `${contentDir}/${folder}`;
const yaml = '*.{yaml,yml}';

export const collections = {
  briefings: defineCollection({
    loader: briefingLoader({ pattern: '**/*.mdx', base: base('briefings'), generateId: createSlugRegistry(base('briefings')) }),
    schema: createBriefingSchema({
      authors: listIds('authors'),
      regions: listIds('regions'),
      actors: listIds('actors'),
    }),
  }),
  authors: defineCollection({ loader: glob({ pattern: yaml, base: base('authors') }), schema: authorSchema }),
  regions: defineCollection({ loader: glob({ pattern: yaml, base: base('regions') }), schema: regionSchema }),
  actors: defineCollection({ loader: glob({ pattern: yaml, base: base('actors') }), schema: actorSchema }),
  datasets: defineCollection({ loader: datasetLoader({ base: base('data') }), schema: datasetSchema }),
  pages: defineCollection({ loader: glob({ pattern: '*.mdx', base: base('pages') }), schema: pageSchema }),
};
