/** `/briefings/<slug>/events.geojson`: the briefing's events with coordinates, as GeoJSON Points. */
import type { APIRoute } from 'astro';
import { toJsonText } from '../../../model/exports/briefing-json.ts';
import { eventRows, eventsGeojson } from '../../../model/exports/events.ts';
import type { BriefingExport } from '../../../model/exports/schema.ts';
import { exportPaths } from '../../../render/site-exports.ts';

export const getStaticPaths = exportPaths;

export const GET: APIRoute<{ briefing: BriefingExport }> = ({ props }) =>
  new Response(toJsonText(eventsGeojson(eventRows([props.briefing]))), { headers: { 'Content-Type': 'application/geo+json' } });
