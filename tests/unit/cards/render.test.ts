/**
 * Renders real cards with the bundled fonts: a few PNG checks (size, not blank, the paper and
 * accent colours where they belong) and structural checks on satori's layout and the SVG's glyph
 * outlines, rather than binary snapshots.
 */
import { describe, expect, it } from 'vitest';
import { missingGlyphs, renderCard, renderCardSvg, withoutGraphemes, type LaidOutNode } from '../../../src/cards/render.ts';
import { MIN_TITLE_SIZE, textWidth, titleLineHeight, type CardData } from '../../../src/cards/template.ts';
import { CARD_HEIGHT, CARD_WIDTH } from '../../../src/model/card-paths.ts';
import { decodePng, distinctColours, pixel, pngSize } from '../../helpers/png.ts';

const base: CardData = {
  kind: 'briefing',
  site: 'Sitrep Test Briefings',
  label: '10 October 2024',
  kicker: 'Sahel',
  title: 'Trouble in the Sahel: JNIM Strikes Again',
  description: 'Simultaneous strikes on Malian bases show a group able to fight on several fronts at once.',
  url: 'briefings.example.org/briefings/trouble-in-the-sahel',
  byline: 'By Editorial Desk',
  map: { countries: ['ML', 'BF', 'NE'], points: [[-8, 12.64], [-0.04, 16.27]] },
};

/**
 * Every point of every glyph outline in the SVG: satori draws text as paths of absolute M/L/Q/C
 * commands (the map is an <image>; borders use other commands and are skipped).
 */
function glyphPoints(svg: string): [number, number][] {
  const points: [number, number][] = [];
  for (const match of svg.matchAll(/<path[^>]* d="([MLQCZ\d\s.-]+)"/g)) {
    const numbers = match[1]!.match(/-?\d+(?:\.\d+)?/g)!.map(Number);
    for (let i = 0; i + 1 < numbers.length; i += 2) points.push([numbers[i]!, numbers[i + 1]!]);
  }
  return points;
}

async function layout(data: CardData) {
  const nodes: LaidOutNode[] = [];
  const result = await renderCardSvg(data, nodes);
  const byKey = (key: string) => nodes.find((n) => n.key === key);
  return { ...result, nodes, byKey };
}

function expectInsideCard(nodes: LaidOutNode[], svg: string) {
  const outside = nodes.filter((n) => n.left < 0 || n.top < 0 || n.left + n.width > CARD_WIDTH || n.top + n.height > CARD_HEIGHT);
  expect(outside.map((n) => n.key ?? n.type)).toEqual([]);
  const points = glyphPoints(svg);
  expect(points.length).toBeGreaterThan(100);
  const xs = points.map(([x]) => x);
  const ys = points.map(([, y]) => y);
  expect(Math.min(...xs)).toBeGreaterThanOrEqual(0);
  expect(Math.max(...xs)).toBeLessThanOrEqual(CARD_WIDTH);
  expect(Math.min(...ys)).toBeGreaterThanOrEqual(0);
  expect(Math.max(...ys)).toBeLessThanOrEqual(CARD_HEIGHT);
}

/** The title and description stay in the text column, above the footer. */
function expectTextInColumn(data: CardData, byKey: (key: string) => LaidOutNode | undefined, svg: string) {
  const body = byKey('body')!;
  const footer = byKey('footer')!;
  // No glyph of the body (kicker, title, description) reaches into the map's column.
  const bodyGlyphs = glyphPoints(svg).filter(([, y]) => y > body.top && y < body.top + body.height);
  expect(bodyGlyphs.length).toBeGreaterThan(50);
  expect(Math.max(...bodyGlyphs.map(([x]) => x))).toBeLessThanOrEqual(body.left + textWidth(data) + 0.5);
  for (const key of ['kicker', 'title', 'description']) {
    const node = byKey(key);
    if (!node) continue;
    expect(node.left + node.width, `${key} right`).toBeLessThanOrEqual(body.left + textWidth(data) + 0.5);
    expect(node.top + node.height, `${key} bottom`).toBeLessThanOrEqual(body.top + body.height + 0.5);
    expect(node.top + node.height, `${key} above footer`).toBeLessThanOrEqual(footer.top);
  }
}

describe('renderCard', () => {
  it('writes a 1200 × 630 PNG that is not blank', async () => {
    const { png, fit, missing } = await renderCard(base);
    expect(pngSize(png)).toEqual({ width: 1200, height: 630 });
    const image = decodePng(png);
    expect(distinctColours(image)).toBeGreaterThan(50);
    // Paper in the margin, the accent bar at the top, ink somewhere in the title.
    expect(pixel(image, 20, 300)).toEqual([0xfa, 0xf8, 0xf3, 255]);
    expect(pixel(image, 600, 3)).toEqual([0x9b, 0x1c, 0x1c, 255]);
    expect(fit).toEqual({ size: 72, lines: 3, clamped: false });
    expect(missing).toEqual([]);
  });

  it('is deterministic', async () => {
    const [a, b] = [await renderCard(base), await renderCard(base)];
    expect(Buffer.from(a.png).equals(Buffer.from(b.png))).toBe(true);
  });
});

describe('title fitting', () => {
  it('keeps a short title at the largest size, on one line', async () => {
    const { fit, byKey } = await layout({ ...base, title: 'Sahel', map: undefined });
    expect(fit).toEqual({ size: 72, lines: 1, clamped: false });
    expect(Math.abs(byKey('title')!.height - titleLineHeight(72))).toBeLessThanOrEqual(1);
  });

  it('shrinks a long title, keeps it inside the card, and never goes below the minimum size', async () => {
    const data = { ...base, title: 'Attacks on the gendarmerie school and the military airport in Bamako show JNIM can strike the capital at will' };
    const { fit, nodes, svg, byKey } = await layout(data);
    expect(fit.size).toBeLessThan(72);
    expect(fit.size).toBeGreaterThanOrEqual(MIN_TITLE_SIZE);
    expect(fit.clamped).toBe(false);
    // The card lays the title out exactly as the measuring pass did.
    // (satori rounds each line box to whole pixels: allow one pixel a line).
    expect(Math.abs(byKey('title')!.height - fit.lines * titleLineHeight(fit.size))).toBeLessThanOrEqual(fit.lines);
    expectInsideCard(nodes, svg);
    expectTextInColumn(data, byKey, svg);
  });

  it('cuts long unbroken header and footer lines inside their boxes (no clipping masks needed)', async () => {
    const data = {
      ...base,
      site: `The-${'Very'.repeat(40)}-Long-Publication`,
      url: `briefings.example.org/briefings/${'a-very-long-slug-'.repeat(12)}end`,
      byline: `By ${'Correspondent'.repeat(8)}`,
    };
    const { nodes, svg, byKey } = await layout(data);
    expectInsideCard(nodes, svg);
    const points = glyphPoints(svg);
    for (const key of ['site', 'url', 'byline']) {
      const box = byKey(key)!;
      const inBox = points.filter(([, y]) => y > box.top && y < box.top + box.height);
      expect(Math.max(...inBox.map(([x]) => x)), key).toBeLessThanOrEqual(CARD_WIDTH - 72 + 0.5);
    }
    // satori's overflow masks cost resvg a full-size layer each; only the map image has one.
    expect(svg.match(/<(?!image\b)\w+[^>]*\smask="url\(#satori_om/g)).toBeNull();
  });

  it('clamps a pathological title with an ellipsis at the minimum size', async () => {
    const data = { ...base, title: `${'Interminable '.repeat(20)}Supercalifragilisticexpialidocious-without-any-break-at-all-anywhere` };
    const { fit, nodes, svg, byKey } = await layout(data);
    expect(fit).toEqual({ size: MIN_TITLE_SIZE, lines: 4, clamped: true });
    expectInsideCard(nodes, svg);
    expectTextInColumn(data, byKey, svg);
  });

  it('draws Latin Extended and Cyrillic from the bundled fonts, inside the card', async () => {
    const data = { ...base, title: 'Łódź, Ségou and Тбилиси: Tombouctou, Ménaka and a supply chain that spans two continents', kicker: 'Sahel · Caucasus' };
    const { fit, nodes, svg, byKey, missing } = await layout(data);
    expect(missing).toEqual([]);
    expect(fit.size).toBeGreaterThanOrEqual(MIN_TITLE_SIZE);
    expectInsideCard(nodes, svg);
    expectTextInColumn(data, byKey, svg);
    expect(byKey('title')!.textContent).toBe(data.title);
  });

  it('draws Greek and Vietnamese through the fallback font', async () => {
    const { missing, svg, nodes } = await layout({ ...base, title: 'Αθήνα και Θεσσαλονίκη: Tiếng Việt ở Hà Nội' });
    expect(missing).toEqual([]);
    expectInsideCard(nodes, svg);
  });

  it('leaves out characters no bundled font has (Arabic) instead of drawing boxes', async () => {
    const data = { ...base, title: 'Aleppo (حلب) after the offensive', map: undefined };
    const { missing, byKey } = await layout(data);
    expect(missing.sort()).toEqual(['ب', 'ح', 'ل'].sort());
    expect(byKey('title')!.textContent).toBe('Aleppo () after the offensive');
  });
});

describe('missingGlyphs', () => {
  it('finds the characters no bundled font has, and remembers the answer', async () => {
    expect(await missingGlyphs(['Łódź Тбилиси Αθήνα Hà Nội हिन्दी'])).toEqual([]);
    expect(await missingGlyphs(['Gaza غزة', '東京'])).toEqual(['غ', 'ز', 'ة', '東', '京']);
    expect(await missingGlyphs(['غزة again'])).toEqual(['غ', 'ز', 'ة']);
  });
});

describe('withoutGraphemes', () => {
  it('removes the given characters and tidies the spaces', () => {
    const data = withoutGraphemes({ ...base, title: 'Gaza غزة: ceasefire', description: 'غزة' }, ['غ', 'ز', 'ة']);
    expect(data.title).toBe('Gaza: ceasefire');
    expect(data.description).toBeUndefined();
  });

  it('falls back to the publication name when nothing of the title is left', () => {
    expect(withoutGraphemes({ ...base, title: 'غزة' }, ['غ', 'ز', 'ة']).title).toBe(base.site);
  });
});
