/** `/briefings/<slug>.json`: the briefing's typed data (schema: `/schema/briefing.json`). */
import type { APIRoute } from 'astro';
import { toJsonText } from '../../model/exports/briefing-json.ts';
import type { BriefingExport } from '../../model/exports/schema.ts';
import { exportPaths } from '../../render/site-exports.ts';

export const getStaticPaths = exportPaths;

export const GET: APIRoute<{ briefing: BriefingExport }> = ({ props }) =>
  new Response(toJsonText(props.briefing), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
