/** `/briefings/<slug>/sources.json`: the briefing's sources as CSL-JSON. */
import type { APIRoute } from 'astro';
import { toJsonText } from '../../../model/exports/briefing-json.ts';
import { buildCslJson } from '../../../model/exports/csl.ts';
import type { BriefingExport } from '../../../model/exports/schema.ts';
import { exportPaths } from '../../../render/site-exports.ts';

export const getStaticPaths = exportPaths;

export const GET: APIRoute<{ briefing: BriefingExport }> = ({ props }) =>
  new Response(toJsonText(buildCslJson(props.briefing.sources)), { headers: { 'Content-Type': 'application/vnd.citationstyles.csl+json' } });
