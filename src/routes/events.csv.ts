/** `/events.csv`: every published event, site-wide, ACLED-style columns. */
import type { APIRoute } from 'astro';
import { eventRows, eventsCsv } from '../model/exports/events.ts';
import { getBriefingExports } from '../render/site-exports.ts';

export const GET: APIRoute = async () =>
  new Response(eventsCsv(eventRows(await getBriefingExports())), { headers: { 'Content-Type': 'text/csv; charset=utf-8; header=present' } });
