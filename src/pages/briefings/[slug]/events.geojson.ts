/** `/briefings/<slug>/events.geojson`: the briefing's events with coordinates, as GeoJSON Points. */
import type { APIRoute } from 'astro';
import { toJsonText } from '../../../lib/exports/briefing-json.ts';
import { eventRows, eventsGeojson } from '../../../lib/exports/events.ts';
import type { BriefingExport } from '../../../lib/exports/schema.ts';
import { exportPaths } from '../../../lib/exports/site-exports.ts';

export const getStaticPaths = exportPaths;

export const GET: APIRoute<{ briefing: BriefingExport }> = ({ props }) =>
  new Response(toJsonText(eventsGeojson(eventRows([props.briefing]))), { headers: { 'Content-Type': 'application/geo+json' } });
