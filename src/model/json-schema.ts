/**
 * JSON Schemas the site publishes, generated from the zod schemas that type the exports, so the
 * published contract cannot drift from what the builders write.
 */
import { z } from 'astro/zod';
import { briefingExportSchema } from './exports/schema.ts';
import { absolute, paths } from './paths.ts';

/** The JSON Schema (draft 2020-12) of `/briefings/<slug>.json`, with its `$id` on the given site. */
export function briefingJsonSchema(siteUrl: string): Record<string, unknown> {
  const { $schema, ...schema } = z.toJSONSchema(briefingExportSchema, { target: 'draft-2020-12', io: 'output' });
  return {
    $schema,
    $id: absolute(paths.briefingJsonSchema(), siteUrl),
    title: 'Sitrep briefing',
    ...schema,
  };
}
