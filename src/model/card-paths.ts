/**
 * Where each page's social card lives. Card URLs are derived from the page URLs of the one URL
 * builder (`/briefings/x/` → `/cards/briefings/x.png`), so a card cannot drift from its page.
 * Pure, beside the URL builder: pages, feeds and JSON-LD import it without loading the renderer.
 */
import { paths } from './paths.ts';

/** Card width and height in pixels (the Open Graph / X large-image size). */
export const CARD_WIDTH = 1200;
export const CARD_HEIGHT = 630;

/** The page kinds that have a card, and the page each one describes. */
export const cardPages = {
  home: () => paths.home(),
  archive: () => paths.archive(),
  briefing: (slug: string) => paths.briefing(slug),
  regions: () => paths.taxonomy('region'),
  region: (id: string) => paths.term('region', id),
  actors: () => paths.taxonomy('actor'),
  actor: (id: string) => paths.term('actor', id),
  countries: () => paths.taxonomy('country'),
  country: (code: string) => paths.term('country', code),
  tags: () => paths.taxonomy('tag'),
  tag: (tag: string) => paths.term('tag', tag),
  author: (id: string) => paths.author(id),
  about: () => paths.about(),
  search: () => paths.search(),
} as const;

export type CardKind = keyof typeof cardPages;
/** Kinds whose card is one per site (no id). */
export type SingletonCardKind = { [K in CardKind]: Parameters<(typeof cardPages)[K]>['length'] extends 0 ? K : never }[CardKind];
export type ItemCardKind = Exclude<CardKind, SingletonCardKind>;

/**
 * Site-relative card URL of a page: `/` → `/cards/home.png`, `/briefings/x/` →
 * `/cards/briefings/x.png`, `/regions/` → `/cards/regions.png`.
 */
export function cardPathForPage(pagePath: string): string {
  const trimmed = pagePath.replace(/^\/+|\/+$/g, '');
  return `/cards/${trimmed || 'home'}.png`;
}

/** Site-relative card URL of a page kind (and id): `cardPath('briefing', 'x')` → `/cards/briefings/x.png`. */
export function cardPath(kind: SingletonCardKind): string;
export function cardPath(kind: ItemCardKind, id: string): string;
export function cardPath(kind: CardKind, id?: string): string {
  const page = (cardPages[kind] as (id?: string) => string)(id);
  return cardPathForPage(page);
}

/** The route parameter of `src/routes/cards/[...card].png.ts` for a card URL (`briefings/x`). */
export function cardRouteParam(cardUrl: string): string {
  return cardUrl.replace(/^\/cards\//, '').replace(/\.png$/, '');
}
