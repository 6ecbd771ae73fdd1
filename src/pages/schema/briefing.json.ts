/** `/schema/briefing.json`: the JSON Schema of `/briefings/<slug>.json`, generated from its zod schema. */
import type { APIRoute } from 'astro';
import { toJsonText } from '../../lib/exports/briefing-json.ts';
import { briefingJsonSchema } from '../../lib/json-schema.ts';
import { siteConfig } from '../../site.config.ts';

export const GET: APIRoute = () =>
  new Response(toJsonText(briefingJsonSchema(siteConfig.url)), { headers: { 'Content-Type': 'application/schema+json' } });
