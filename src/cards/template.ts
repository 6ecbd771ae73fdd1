/**
 * The card template: a pure function from card data (and the title size chosen by measuring) to
 * a satori element tree of plain `{ type, props }` objects. No fonts are read and nothing is
 * measured here; `render.ts` measures the title with satori's own layout, picks a size with
 * `fitTitle()`, then calls `cardTemplate()`.
 *
 * Design: a restrained editorial page: off-white paper, near-black ink, one dark-red accent,
 * Source Serif 4 for the title, Inter for labels, and a small locator map when there is one.
 */
import { fontStack } from './fonts.ts';
import { hasLocatorMap, locatorMap, locatorMapDataUri, type LocatorMapInput } from './locator-map.ts';
import { CARD_HEIGHT, CARD_WIDTH } from '../model/card-paths.ts';

/**
 * Bump when the template's output changes for the same data (layout, colours, sizes), so every
 * cached card is rendered again. Fonts, the world atlas and the renderer versions are hashed
 * separately (see cache.ts), so updating those needs no bump.
 */
export const TEMPLATE_VERSION = 2;

/** Everything a card shows. Plain JSON: it is hashed for the cache and sent to render workers. */
export interface CardData {
  /** The page kind: `home`, `briefing`, a taxonomy's kind (`region`) or index (`regions`), `author`…; `page` for `extras.pages`. */
  kind: string;
  /** Publication name, top left. */
  site: string;
  /** Top right: the date of a briefing, a count for a listing. */
  label?: string | undefined;
  /** Red line above the title: a briefing's regions, or the kind of page ("Region"). */
  kicker?: string | undefined;
  title: string;
  /** The dek, an overview excerpt or a term's description; clamped to the lines left. */
  description?: string | undefined;
  /** Bottom left: the page's address without the scheme. */
  url: string;
  /** Bottom right: e.g. "By Editorial Desk". */
  byline?: string | undefined;
  /** Countries and points for the locator map; omitted when there is nothing to place. */
  map?: LocatorMapInput | undefined;
}

/** A satori element: what JSX would produce, written as plain objects. */
export interface CardNode {
  type: string;
  key?: string;
  props: { style?: Record<string, string | number>; children?: CardChild | CardChild[]; [attr: string]: unknown };
}
export type CardChild = CardNode | string;

/** The house palette. */
export const palette = {
  paper: '#faf8f3',
  ink: '#1a1a1a',
  accent: '#9b1c1c',
  muted: '#5f5a52',
  rule: '#d6cfc0',
} as const;

// Geometry (px). The body's height is what is left between header and footer; the text sizes
// below are chosen so that every block fits it (tests check the satori layout against the card).
const ACCENT_BAR = 8;
const PAD_X = 72;
const PAD_TOP = 44;
const PAD_BOTTOM = 40;
const HEADER_SIZE = 22;
const HEADER_LINE = Math.round(HEADER_SIZE * 1.3);
const HEADER_RULE = 2;
const HEADER_GAP = 30;
const FOOTER_SIZE = 20;
const FOOTER_LINE = Math.round(FOOTER_SIZE * 1.3);
const FOOTER_GAP = 22;
const FOOTER_PAD = 16;
const KICKER_SIZE = 20;
const KICKER_LINE = Math.round(KICKER_SIZE * 1.3);
const KICKER_GAP = 16;
const TITLE_LINE_HEIGHT = 1.1;
const TITLE_GAP = 20;
const DESCRIPTION_SIZE = 26;
const DESCRIPTION_LINE = Math.round(DESCRIPTION_SIZE * 1.4);
const MAP_SIZE = 360;
const MAP_GAP = 48;

/** Height of the body (kicker, title, description, map) between header and footer. */
export const BODY_HEIGHT =
  CARD_HEIGHT - ACCENT_BAR - PAD_TOP - PAD_BOTTOM - (HEADER_LINE + HEADER_GAP / 2 + HEADER_RULE + HEADER_GAP) - (FOOTER_GAP + 1 + FOOTER_PAD + FOOTER_LINE);

/** One title size to try, and how many lines the title may take at that size. */
export interface TitleStep {
  size: number;
  maxLines: number;
}

/**
 * Title sizes in order of preference: the largest size at which the title takes at most
 * `maxLines` lines wins; small sizes may take a fourth line. If even the last step does not fit,
 * it is used with its lines clamped and an ellipsis (the last resort, for pathological titles).
 */
export const TITLE_STEPS: readonly TitleStep[] = [
  { size: 72, maxLines: 3 },
  { size: 64, maxLines: 3 },
  { size: 56, maxLines: 3 },
  { size: 50, maxLines: 3 },
  { size: 46, maxLines: 4 },
  { size: 42, maxLines: 4 },
  { size: 38, maxLines: 4 },
];
/** No title is drawn smaller than this. */
export const MIN_TITLE_SIZE = Math.min(...TITLE_STEPS.map((s) => s.size));

/** The title size chosen for a card. */
export interface TitleFit {
  size: number;
  /** Lines the title takes (after clamping). */
  lines: number;
  /** True when the title did not fit at any step and is cut with an ellipsis. */
  clamped: boolean;
}

/** Width available to the title and description: narrower when the map is shown. */
export function textWidth(data: CardData): number {
  return CARD_WIDTH - 2 * PAD_X - (showsMap(data) ? MAP_SIZE + MAP_GAP : 0);
}

function showsMap(data: CardData): data is CardData & { map: LocatorMapInput } {
  return data.map !== undefined && hasLocatorMap(data.map);
}

/** The title's style at a size: shared by the measuring tree and the card, so they agree. */
function titleStyle(size: number, width: number): Record<string, string | number> {
  return {
    display: 'block',
    width,
    fontFamily: fontStack('serif'),
    fontWeight: 600,
    fontSize: size,
    lineHeight: TITLE_LINE_HEIGHT,
    color: palette.ink,
    overflowWrap: 'break-word',
  };
}

/** Height of one title line at a size, in px (satori uses fontSize × lineHeight). */
export function titleLineHeight(size: number): number {
  return size * TITLE_LINE_HEIGHT;
}

/** Lines in a title box of a measured height (satori rounds line boxes to whole pixels). */
export function titleLines(height: number, size: number): number {
  return Math.max(1, Math.round(height / titleLineHeight(size)));
}

/** Keys of the measuring tree's title boxes: `title-72`, `title-64`… */
export const measureKey = (size: number) => `title-${size}`;

/**
 * A tree that lays the title out once per candidate size in `steps` (satori reports each box's
 * height through `onNodeDetected`), so one satori call measures several sizes.
 */
export function titleMeasureTree(data: CardData, steps: readonly TitleStep[] = TITLE_STEPS): CardNode {
  const width = textWidth(data);
  const sizes = [...new Set(steps.map((s) => s.size))];
  return {
    type: 'div',
    props: {
      style: { display: 'flex', flexDirection: 'column', alignItems: 'flex-start', width: CARD_WIDTH },
      children: sizes.map((size): CardNode => ({ type: 'div', key: measureKey(size), props: { style: titleStyle(size, width), children: data.title } })),
    },
  };
}

/** Every text a card prints, for the missing-glyph probe. */
export function cardTexts(data: CardData): string[] {
  return [data.site, data.label, data.kicker, data.title, data.description, data.url, data.byline].filter((t): t is string => !!t);
}

/**
 * Picks the title size from measured box heights (size → px): the first step whose line count
 * is within its limit, else the last step clamped. Heights are read in order, so only the steps
 * up to the first fit need measuring. Pure, so it is tested without fonts.
 */
export function fitTitle(heights: ReadonlyMap<number, number>, steps: readonly TitleStep[] = TITLE_STEPS): TitleFit {
  const linesAt = (size: number) => {
    const height = heights.get(size);
    if (height === undefined) throw new Error(`No measured title height for size ${size}.`);
    return titleLines(height, size);
  };
  for (const step of steps) {
    const lines = linesAt(step.size);
    if (lines <= step.maxLines) return { size: step.size, lines, clamped: false };
  }
  const last = steps[steps.length - 1]!;
  return { size: last.size, lines: last.maxLines, clamped: true };
}

/** Lines of description that fit under a title of `titleLines` lines at `titleSize`. */
export function descriptionLines(data: CardData, fit: TitleFit): number {
  const kicker = data.kicker ? KICKER_LINE + KICKER_GAP : 0;
  const left = BODY_HEIGHT - kicker - Math.ceil(fit.lines * titleLineHeight(fit.size)) - TITLE_GAP;
  return Math.max(0, Math.floor(left / DESCRIPTION_LINE));
}

const sans = (size: number, extra: Record<string, string | number> = {}) => ({ fontFamily: fontStack('sans'), fontSize: size, ...extra });

/**
 * One line of text, cut with an ellipsis if it is too long. satori's `lineClamp` cuts text on
 * its own; no box on the card sets `overflow: hidden`, which satori turns into an SVG mask that
 * resvg composites as a separate full-size layer (a third of a card's raster time).
 */
function oneLine(text: string, style: Record<string, string | number>, key?: string): CardNode {
  return { type: 'div', ...(key ? { key } : {}), props: { style: { display: 'block', lineClamp: 1, minWidth: 0, ...style }, children: text } };
}

/** The card as a satori element tree, 1200 × 630. */
export function cardTemplate(data: CardData, fit: TitleFit): CardNode {
  const width = textWidth(data);
  const mapSvg = showsMap(data) ? locatorMap(data.map, { width: MAP_SIZE, height: MAP_SIZE, label: `Locator map: ${data.title}` }) : undefined;
  const clampDescription = descriptionLines(data, fit);

  const header: CardNode = {
    type: 'div',
    key: 'header',
    props: {
      style: { display: 'flex', justifyContent: 'space-between', alignItems: 'baseline', height: HEADER_LINE, lineHeight: 1.3, gap: 32 },
      children: [
        oneLine(data.site, sans(HEADER_SIZE, { fontWeight: 600, color: palette.ink, letterSpacing: 0.2, flexShrink: 1 }), 'site'),
        ...(data.label ? [oneLine(data.label, sans(HEADER_SIZE, { color: palette.muted, flexShrink: 0 }), 'label')] : []),
      ],
    },
  };

  const rule: CardNode = { type: 'div', props: { style: { display: 'flex', height: HEADER_RULE, backgroundColor: palette.ink, marginTop: HEADER_GAP / 2, marginBottom: HEADER_GAP } } };

  const text: CardNode = {
    type: 'div',
    key: 'text',
    props: {
      style: { display: 'flex', flexDirection: 'column', width, height: BODY_HEIGHT },
      children: [
        ...(data.kicker
          ? [oneLine(data.kicker, sans(KICKER_SIZE, { fontWeight: 600, color: palette.accent, textTransform: 'uppercase', letterSpacing: 1.6, lineHeight: 1.3, height: KICKER_LINE, marginBottom: KICKER_GAP }), 'kicker')]
          : []),
        {
          type: 'div',
          key: 'title',
          props: { style: { ...titleStyle(fit.size, width), ...(fit.clamped ? { lineClamp: fit.lines } : {}) }, children: data.title },
        },
        ...(data.description && clampDescription > 0
          ? [{
              type: 'div',
              key: 'description',
              props: {
                style: sans(DESCRIPTION_SIZE, { display: 'block', marginTop: TITLE_GAP, width, color: '#3d3a35', lineHeight: DESCRIPTION_LINE / DESCRIPTION_SIZE, lineClamp: clampDescription, overflowWrap: 'break-word' }),
                children: data.description,
              },
            } satisfies CardNode]
          : []),
      ],
    },
  };

  const body: CardNode = {
    type: 'div',
    key: 'body',
    props: {
      style: { display: 'flex', justifyContent: 'space-between', alignItems: 'flex-start', height: BODY_HEIGHT },
      children: [
        text,
        ...(mapSvg
          ? [{ type: 'img', key: 'map', props: { src: locatorMapDataUri(mapSvg), width: MAP_SIZE, height: MAP_SIZE, style: { width: MAP_SIZE, height: MAP_SIZE } } } satisfies CardNode]
          : []),
      ],
    },
  };

  const footer: CardNode = {
    type: 'div',
    key: 'footer',
    props: {
      style: { display: 'flex', justifyContent: 'space-between', alignItems: 'baseline', marginTop: FOOTER_GAP, paddingTop: FOOTER_PAD, borderTop: `1px solid ${palette.rule}`, boxSizing: 'border-box', height: 1 + FOOTER_PAD + FOOTER_LINE, flexShrink: 0, lineHeight: 1.3, gap: 32 },
      children: [
        oneLine(data.url, sans(FOOTER_SIZE, { color: palette.muted, flexShrink: 1 }), 'url'),
        ...(data.byline ? [oneLine(data.byline, sans(FOOTER_SIZE, { color: palette.ink, flexShrink: 0, maxWidth: 560 }), 'byline')] : []),
      ],
    },
  };

  return {
    type: 'div',
    props: {
      style: { display: 'flex', flexDirection: 'column', width: CARD_WIDTH, height: CARD_HEIGHT, backgroundColor: palette.paper, color: palette.ink, boxSizing: 'border-box' },
      children: [
        { type: 'div', props: { style: { display: 'flex', height: ACCENT_BAR, flexShrink: 0, backgroundColor: palette.accent } } },
        {
          type: 'div',
          props: {
            style: { display: 'flex', flexDirection: 'column', flexGrow: 1, paddingTop: PAD_TOP, paddingBottom: PAD_BOTTOM, paddingLeft: PAD_X, paddingRight: PAD_X },
            children: [header, rule, body, footer],
          },
        },
      ],
    },
  };
}
