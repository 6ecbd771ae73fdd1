/** `/briefings/<slug>/events.csv`: the briefing's events, ACLED-style columns. */
import type { APIRoute } from 'astro';
import { eventRows, eventsCsv } from '../../../model/exports/events.ts';
import type { BriefingExport } from '../../../model/exports/schema.ts';
import { exportPaths } from '../../../render/site-exports.ts';

export const getStaticPaths = exportPaths;

export const GET: APIRoute<{ briefing: BriefingExport }> = ({ props }) =>
  new Response(eventsCsv(eventRows([props.briefing])), { headers: { 'Content-Type': 'text/csv; charset=utf-8; header=present' } });
