/**
 * Card data → SVG (satori) → PNG (resvg). Fonts are loaded once per process (or worker thread)
 * from the bundled @fontsource files; resvg loads no system fonts, and satori embeds the glyphs as
 * paths, so the PNG depends only on the data, the template and the font files.
 */
import { Resvg } from '@resvg/resvg-js';
import satori, { type SatoriNode } from 'satori';
import { fontStack, loadFonts } from './fonts.ts';
import { CARD_HEIGHT, CARD_WIDTH } from '../model/card-paths.ts';
import { encodePng, isOpaque } from './png.ts';
import { cardTemplate, cardTexts, fitTitle, measureKey, TITLE_STEPS, titleLines, titleMeasureTree, type CardData, type CardNode, type TitleFit, type TitleStep } from './template.ts';

/** A rendered card and what was decided on the way (for tests, logs and the benchmark). */
export interface RenderedCard {
  png: Uint8Array;
  svg: string;
  fit: TitleFit;
  /** Characters no bundled font can draw; they were left out of the card (see `renderCardSvg`). */
  missing: string[];
}

/** Satori's layout of one node, as reported by `onNodeDetected`. */
export type LaidOutNode = Pick<SatoriNode, 'type' | 'key' | 'left' | 'top' | 'width' | 'height' | 'textContent'>;

// satori's types expect React elements; our plain `{ type, props }` objects are what JSX makes.
type SatoriElement = Parameters<typeof satori>[0];
const asElement = (node: CardNode) => node as unknown as SatoriElement;

/** Title sizes measured per satori call: most titles fit within the first group. */
const MEASURE_GROUP = 3;

/**
 * Measures the title with satori's own layout, a few candidate sizes per call, stopping at the
 * first group that holds a fit (`fitTitle` reads heights in order). Returns size → height.
 */
export async function measureTitle(data: CardData, steps: readonly TitleStep[] = TITLE_STEPS): Promise<Map<number, number>> {
  const heights = new Map<number, number>();
  for (let i = 0; i < steps.length; i += MEASURE_GROUP) {
    const group = steps.slice(i, i + MEASURE_GROUP);
    const keys = new Map(group.map((s) => [measureKey(s.size), s.size]));
    await satori(asElement(titleMeasureTree(data, group)), {
      width: CARD_WIDTH,
      fonts: loadFonts(),
      // Only the layout is read: no glyph outlines needed (<text> instead of paths).
      embedFont: false,
      onNodeDetected: (node) => {
        const size = node.key === undefined ? undefined : keys.get(String(node.key));
        if (size !== undefined) heights.set(size, node.height);
      },
    });
    const fits = group.some((step) => titleLines(heights.get(step.size)!, step.size) <= step.maxLines);
    if (fits) break;
  }
  return heights;
}

/** Graphemes already probed in this process: true if some bundled font draws it. */
const coverage = new Map<string, boolean>();

/**
 * The graphemes of `texts` that no bundled font can draw. Satori reports exactly those to
 * `loadAdditionalAsset`; answers are remembered, so after the first cards only new characters
 * cost a (small) satori call.
 */
export async function missingGlyphs(texts: readonly string[]): Promise<string[]> {
  const unknown = [...new Set(texts.flatMap(graphemes))].filter((g) => g.trim() && !coverage.has(g));
  if (unknown.length) {
    const missing = new Set<string>();
    await satori(asElement({ type: 'div', props: { style: { display: 'flex', fontFamily: fontStack('sans'), fontSize: 16 }, children: unknown.join(' ') } }), {
      width: CARD_WIDTH,
      fonts: loadFonts(),
      loadAdditionalAsset: async (_language, segment) => {
        for (const grapheme of graphemes(segment)) missing.add(grapheme);
        return [];
      },
    });
    for (const grapheme of unknown) coverage.set(grapheme, !missing.has(grapheme));
  }
  return [...new Set(texts.flatMap(graphemes))].filter((g) => coverage.get(g) === false);
}

const segmenter = new Intl.Segmenter('en', { granularity: 'grapheme' });
function graphemes(text: string): string[] {
  return [...segmenter.segment(text)].map((s) => s.segment);
}

/**
 * Removes characters no bundled font can draw, so a card never shows missing-glyph boxes; the
 * caller logs them with a hint (add a @fontsource package for that script). Runs of spaces left
 * behind are collapsed.
 */
export function withoutGraphemes(data: CardData, missing: readonly string[]): CardData {
  if (!missing.length) return data;
  const drop = new Set(missing);
  const clean = (text: string) => graphemes(text).filter((g) => !drop.has(g)).join('').replace(/\s{2,}/g, ' ').replace(/\s+([:,;.!?])/g, '$1').trim();
  const optional = (text: string | undefined) => (text === undefined ? undefined : clean(text) || undefined);
  return {
    ...data,
    site: clean(data.site) || data.site,
    title: clean(data.title) || data.site,
    label: optional(data.label),
    kicker: optional(data.kicker),
    description: optional(data.description),
    url: clean(data.url) || data.url,
    byline: optional(data.byline),
  };
}

/** The card's SVG, with the title fitted; `nodes` collects satori's layout of every element. */
export async function renderCardSvg(data: CardData, nodes?: LaidOutNode[]): Promise<Omit<RenderedCard, 'png'>> {
  const missing = await missingGlyphs(cardTexts(data));
  const printable = withoutGraphemes(data, missing);
  const fit = fitTitle(await measureTitle(printable));
  const svg = await satori(asElement(cardTemplate(printable, fit)), {
    width: CARD_WIDTH,
    height: CARD_HEIGHT,
    fonts: loadFonts(),
    ...(nodes ? { onNodeDetected: (n: SatoriNode) => void nodes.push({ type: n.type, key: n.key, left: n.left, top: n.top, width: n.width, height: n.height, textContent: n.textContent }) } : {}),
  });
  return { svg, fit, missing };
}

/**
 * Rasterises a card SVG with resvg: no system fonts (satori has already turned text into paths).
 * The PNG is written by ./png.ts, faster than resvg's encoder for cards.
 */
export function svgToPng(svg: string): Uint8Array {
  const resvg = new Resvg(svg, {
    fitTo: { mode: 'original' },
    font: { loadSystemFonts: false },
    shapeRendering: 2,
    textRendering: 1,
    imageRendering: 0,
  });
  const image = resvg.render();
  const pixels = image.pixels;
  // resvg's pixels are premultiplied: only an opaque image can be written as they are.
  return isOpaque(pixels) ? encodePng(image.width, image.height, pixels) : image.asPng();
}

/** Renders one card to PNG. */
export async function renderCard(data: CardData): Promise<RenderedCard> {
  const result = await renderCardSvg(data);
  return { ...result, png: svgToPng(result.svg) };
}
