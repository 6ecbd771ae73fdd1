/**
 * A briefing's social card as an image for feeds (RSS `media:content`, Atom enclosure link, JSON
 * Feed `image`) and JSON-LD (`image`). The card's URL comes from the card generator's own path
 * helper, so feeds and pages name the same file.
 */
import { CARD_HEIGHT, CARD_WIDTH, cardPathForPage } from '../card-paths.ts';
import { absolute, paths } from '../paths.ts';
import type { FeedImage } from './model.ts';

/** The 1200×630 PNG card of briefing `slug`, with an absolute URL. */
export function briefingCardImage(slug: string, siteUrl: string): FeedImage {
  return { url: absolute(cardPathForPage(paths.briefing(slug)), siteUrl), type: 'image/png', width: CARD_WIDTH, height: CARD_HEIGHT };
}
