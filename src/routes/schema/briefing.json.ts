/** `/schema/briefing.json`: the JSON Schema of `/briefings/<slug>.json`, generated from its zod schema. */
import type { APIRoute } from 'astro';
import { toJsonText } from '../../model/exports/briefing-json.ts';
import { briefingJsonSchema } from '../../model/json-schema.ts';
import { siteConfig } from '../../render/config.ts';

export const GET: APIRoute = () =>
  new Response(toJsonText(briefingJsonSchema(siteConfig.url)), { headers: { 'Content-Type': 'application/schema+json' } });
