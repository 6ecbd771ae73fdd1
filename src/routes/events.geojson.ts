/** `/events.geojson`: every published event with coordinates, site-wide. */
import type { APIRoute } from 'astro';
import { toJsonText } from '../model/exports/briefing-json.ts';
import { eventRows, eventsGeojson } from '../model/exports/events.ts';
import { getBriefingExports } from '../render/site-exports.ts';

export const GET: APIRoute = async () =>
  new Response(toJsonText(eventsGeojson(eventRows(await getBriefingExports()))), { headers: { 'Content-Type': 'application/geo+json' } });
