/**
 * Where each page's social card lives. Card URLs are derived from the page URLs of the one URL
 * builder (`/briefings/x/` → `/cards/briefings/x.png`), so a card cannot drift from its page.
 * Pure, beside the URL builder: pages, feeds and JSON-LD import it without loading the renderer.
 */

/** Card width and height in pixels (the Open Graph / X large-image size). */
export const CARD_WIDTH = 1200;
export const CARD_HEIGHT = 630;

/**
 * Site-relative card URL of a page: `/` → `/cards/home.png`, `/briefings/x/` →
 * `/cards/briefings/x.png`, `/regions/` → `/cards/regions.png`.
 */
export function cardPathForPage(pagePath: string): string {
  const trimmed = pagePath.replace(/^\/+|\/+$/g, '');
  return `/cards/${trimmed || 'home'}.png`;
}

/** The route parameter of `src/routes/cards/[...card].png.ts` for a card URL (`briefings/x`). */
export function cardRouteParam(cardUrl: string): string {
  return cardUrl.replace(/^\/cards\//, '').replace(/\.png$/, '');
}
