/** `/briefings/<slug>.stix.json`: the briefing as a STIX 2.1 bundle. */
import type { APIRoute } from 'astro';
import { toJsonText } from '../../model/exports/briefing-json.ts';
import type { BriefingExport } from '../../model/exports/schema.ts';
import { exportPaths, exportSite } from '../../render/site-exports.ts';
import { buildStixBundle } from '../../model/exports/stix.ts';

export const getStaticPaths = exportPaths;

export const GET: APIRoute<{ briefing: BriefingExport }> = ({ props }) =>
  new Response(toJsonText(buildStixBundle(props.briefing, exportSite)), { headers: { 'Content-Type': 'application/stix+json;version=2.1' } });
