import { describe, expect, it } from 'vitest';
import { BODY_HEIGHT, cardTemplate, descriptionLines, fitTitle, measureKey, textWidth, titleLineHeight, titleMeasureTree, TITLE_STEPS, type CardData, type CardNode } from '../../../src/cards/template.ts';
import { hasLocatorMap, locatorMap } from '../../../src/cards/locator-map.ts';

const data: CardData = { kind: 'briefing', site: 'Sitrep', url: 'example.org/briefings/x', title: 'A title', description: 'A dek.', kicker: 'Sahel', label: '10 October 2024' };

/** Heights as satori would measure a title taking `lines(size)` lines at each candidate size. */
const measured = (lines: (size: number) => number) => new Map(TITLE_STEPS.map((s) => [s.size, lines(s.size) * titleLineHeight(s.size)]));

describe('fitTitle', () => {
  it('takes the largest size at which the title fits its line limit', () => {
    expect(fitTitle(measured(() => 1))).toEqual({ size: 72, lines: 1, clamped: false });
    expect(fitTitle(measured((size) => (size > 56 ? 4 : 3)))).toEqual({ size: 56, lines: 3, clamped: false });
  });

  it('allows a fourth line only at the small sizes', () => {
    expect(fitTitle(measured((size) => (size >= 50 ? 5 : 4)))).toEqual({ size: 46, lines: 4, clamped: false });
  });

  it('clamps at the smallest size, with an ellipsis, as a last resort', () => {
    const last = TITLE_STEPS[TITLE_STEPS.length - 1]!;
    expect(fitTitle(measured(() => 9))).toEqual({ size: last.size, lines: last.maxLines, clamped: true });
  });

  it('needs heights only up to the first size that fits', () => {
    expect(fitTitle(new Map([[72, 4 * titleLineHeight(72)], [64, 2 * titleLineHeight(64)]]))).toEqual({ size: 64, lines: 2, clamped: false });
    expect(() => fitTitle(new Map([[72, 4 * titleLineHeight(72)]]))).toThrow(/size 64/);
  });

  it('rounds measured heights to whole lines', () => {
    expect(fitTitle(new Map(TITLE_STEPS.map((s) => [s.size, 3 * titleLineHeight(s.size) + 1.5])))).toMatchObject({ size: 72, lines: 3 });
  });
});

describe('layout arithmetic', () => {
  it('leaves the description at least two lines under the longest unclamped title', () => {
    for (const step of TITLE_STEPS) expect(descriptionLines(data, { size: step.size, lines: step.maxLines, clamped: false })).toBeGreaterThanOrEqual(2);
  });

  it('fits the tallest title step in the body', () => {
    for (const step of TITLE_STEPS) expect(step.maxLines * titleLineHeight(step.size)).toBeLessThan(BODY_HEIGHT - 60);
  });

  it('narrows the text when there is a map', () => {
    expect(textWidth(data)).toBe(1056);
    expect(textWidth({ ...data, map: { countries: ['ML'], points: [] } })).toBeLessThan(1056);
    // A map with nothing placeable is not drawn and takes no room.
    expect(textWidth({ ...data, map: { countries: ['XX'], points: [] } })).toBe(1056);
  });
});

describe('titleMeasureTree', () => {
  it('lays the title out once per candidate size, at the card title width', () => {
    const tree = titleMeasureTree(data);
    const children = tree.props.children as CardNode[];
    const boxes = children.filter((c) => c.key?.startsWith('title-'));
    expect(boxes.map((b) => b.key)).toEqual(TITLE_STEPS.map((s) => measureKey(s.size)));
    expect(boxes.every((b) => b.props.style?.width === textWidth(data) && b.props.children === data.title)).toBe(true);
  });
});

describe('cardTemplate', () => {
  const find = (node: CardNode, key: string): CardNode | undefined => {
    if (node.key === key) return node;
    const children = Array.isArray(node.props.children) ? node.props.children : node.props.children ? [node.props.children] : [];
    for (const child of children) if (typeof child !== 'string') {
      const hit = find(child, key);
      if (hit) return hit;
    }
    return undefined;
  };

  it('is a 1200 × 630 tree with the fitted title size', () => {
    const tree = cardTemplate(data, { size: 64, lines: 2, clamped: false });
    expect(tree.props.style).toMatchObject({ width: 1200, height: 630 });
    expect(find(tree, 'title')!.props.style).toMatchObject({ fontSize: 64 });
    expect(find(tree, 'title')!.props.style!.lineClamp).toBeUndefined();
    expect(find(tree, 'map')).toBeUndefined();
  });

  it('clamps the title only as a last resort', () => {
    const tree = cardTemplate(data, { size: 38, lines: 4, clamped: true });
    expect(find(tree, 'title')!.props.style).toMatchObject({ fontSize: 38, lineClamp: 4 });
  });

  it('embeds the locator map as an SVG image when there are places', () => {
    const tree = cardTemplate({ ...data, map: { countries: ['ML'], points: [[-8, 12.64]] } }, { size: 64, lines: 2, clamped: false });
    const map = find(tree, 'map')!;
    expect(map.type).toBe('img');
    expect(String(map.props.src)).toMatch(/^data:image\/svg\+xml;base64,/);
  });
});

describe('locatorMap', () => {
  it('draws highlighted countries and points inside its frame', () => {
    const svg = locatorMap({ countries: ['ML', 'BF'], points: [[-8, 12.64], [-0.04, 16.27]] }, { width: 300, height: 200 })!;
    expect(svg).toMatch(/^<svg [^>]*width="300" height="200"/);
    expect(svg).toContain('fill="#d9a79f"');
    const circles = [...svg.matchAll(/<circle cx="([\d.]+)" cy="([\d.]+)"/g)].map((m) => [Number(m[1]), Number(m[2])]);
    expect(circles).toHaveLength(2);
    for (const [x, y] of circles) {
      expect(x).toBeGreaterThan(0);
      expect(x).toBeLessThan(300);
      expect(y).toBeGreaterThan(0);
      expect(y).toBeLessThan(200);
    }
  });

  it('is deterministic and has nothing to draw without places', () => {
    const input = { countries: ['PL'], points: [] };
    expect(locatorMap(input)).toBe(locatorMap(input));
    expect(locatorMap({ countries: [], points: [] })).toBeUndefined();
    // Singapore is too small for the 110m atlas; an unknown code is ignored.
    expect(hasLocatorMap({ countries: ['SG', 'XX'], points: [] })).toBe(false);
  });

  it('keeps a single point in context rather than zooming in without limit', () => {
    const svg = locatorMap({ countries: [], points: [[19.45, 51.76]] })!;
    // Land around the point is drawn (Poland and its neighbours), not one huge polygon.
    expect((svg.match(/L/g) ?? []).length).toBeGreaterThan(50);
  });
});
