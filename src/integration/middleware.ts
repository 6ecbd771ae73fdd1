/**
 * Build-time middleware: the first page the build renders starts the social-card batch, so the
 * cards render on a worker pool alongside the pages (see src/cards/site-cards.ts).
 */
import { defineMiddleware } from 'astro:middleware';
import { startSiteCards } from '../cards/site-cards.ts';

export const onRequest = defineMiddleware((context, next) => {
  if (!import.meta.env.DEV && context.isPrerendered) startSiteCards();
  return next();
});
