/**
 * Small helpers every chart module shares: escaping, rounding, element strings, the accessible
 * <svg> root, text measurement and the colour variables. No DOM: charts are built as strings so
 * they render identically in Astro, vitest and scripts.
 */

/** Escapes text for an SVG text node or a double-quoted attribute. */
export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

/** Rounds a coordinate to one decimal, writing `-0` as `0` so output is byte-stable. */
export function round(n: number): number {
  const r = Math.round(n * 10) / 10;
  return Object.is(r, -0) ? 0 : r;
}

/** An attribute value: numbers are rounded, `undefined`/`false` drop the attribute. */
export type AttrValue = string | number | boolean | undefined;

/** Serialises attributes in the order given (insertion order keeps output deterministic). */
export function attrs(values: Record<string, AttrValue>): string {
  let out = '';
  for (const [key, value] of Object.entries(values)) {
    if (value === undefined || value === false) continue;
    if (value === true) out += ` ${key}="${key}"`;
    else out += ` ${key}="${typeof value === 'number' ? round(value) : escapeXml(value)}"`;
  }
  return out;
}

/**
 * One element as a string. `children` is already-serialised markup (so nest calls freely);
 * pass plain text through `escapeXml` first. Empty children make a self-closing tag.
 */
export function el(tag: string, attributes: Record<string, AttrValue> = {}, children: string | readonly string[] = ''): string {
  const inner = typeof children === 'string' ? children : children.join('');
  return inner ? `<${tag}${attrs(attributes)}>${inner}</${tag}>` : `<${tag}${attrs(attributes)}/>`;
}

/** A <text> element with escaped content. */
export function text(content: string, attributes: Record<string, AttrValue> = {}): string {
  return `<text${attrs(attributes)}>${escapeXml(content)}</text>`;
}

/**
 * A colour from the chart theme (src/charts/theme.css): `var(--chart-ink, #1a1a1a)`. The fallback
 * keeps the SVG legible where the stylesheet is absent (feeds, downloaded files).
 */
export function color(name: ThemeColor): string {
  return `var(--chart-${name}, ${THEME_FALLBACKS[name]})`;
}

/** The light-theme values, repeated as fallbacks inside each `var()`; theme.css documents them. */
export const THEME_FALLBACKS = {
  bg: '#faf8f3',
  ink: '#1a1a1a',
  muted: '#5c574c',
  grid: '#e4dfd3',
  axis: '#8a8478',
  water: '#eef2f4',
  land: '#e6e1d6',
  'land-highlight': '#f2d9c9',
  border: '#ffffff',
  'border-highlight': '#9b4a2f',
  mark: '#9b1c1c',
  halo: '#faf8f3',
  '1': '#1f5f8b',
  '2': '#c2571a',
  '3': '#2f7d4f',
  '4': '#8a3f8f',
  '5': '#8a6d00',
  '6': '#5a6570',
} as const;

/** Names of the theme's colour variables (without the `--chart-` prefix). */
export type ThemeColor = keyof typeof THEME_FALLBACKS;

/** The categorical series colours, in order; series past the sixth reuse them. */
export function seriesColor(index: number): string {
  return color(String((index % 6) + 1) as ThemeColor);
}

/** The font stack set on every chart's root; `--chart-font` lets the site choose. */
export const FONT = "var(--chart-font, Inter, system-ui, sans-serif)";

/** What every chart's root needs to be accessible and responsive. */
export interface SvgRootOptions {
  /** Base for the element ids (`${id}-title`, `${id}-desc`): unique per page, never random. */
  id: string;
  width: number;
  height: number;
  /** The accessible name (<title>). */
  title: string;
  /** The longer text alternative (<desc>): what the chart shows, in a sentence or two. */
  description: string;
  /** A class for page CSS, e.g. `chart-timeline`. */
  className: string;
}

/**
 * The <svg> root: `role="img"`, `<title>` and `<desc>` referenced by `aria-labelledby`, a
 * `viewBox` and no fixed width so the figure scales with its column.
 */
export function svgRoot(o: SvgRootOptions, body: string): string {
  const titleId = `${o.id}-title`;
  const descId = `${o.id}-desc`;
  return (
    `<svg${attrs({
      xmlns: 'http://www.w3.org/2000/svg',
      id: o.id,
      class: `chart ${o.className}`,
      viewBox: `0 0 ${round(o.width)} ${round(o.height)}`,
      role: 'img',
      'aria-labelledby': `${titleId} ${descId}`,
      'font-family': FONT,
      'font-size': 12,
      fill: color('ink'),
    })}>` +
    el('title', { id: titleId }, escapeXml(o.title)) +
    el('desc', { id: descId }, escapeXml(o.description)) +
    body +
    '</svg>'
  );
}

/**
 * Approximate advance widths (in em) of the sans-serif text charts use. Good enough to stack
 * timeline labels and place map labels without a font engine; errs on the wide side.
 */
function charWidth(c: string): number {
  if (c === ' ') return 0.28;
  if ('il.,:;!|\'’`()[]{}'.includes(c)) return 0.3;
  if ('fjtrI'.includes(c)) return 0.38;
  if ('mwMW'.includes(c)) return 0.86;
  if (c >= '0' && c <= '9') return 0.6;
  if (c >= 'A' && c <= 'Z') return 0.7;
  if (c === '–' || c === '—') return 0.7;
  return 0.58;
}

/** Estimated width in px of `content` at `fontSize` px (bold adds 6 %). */
export function textWidth(content: string, fontSize: number, bold = false): number {
  let em = 0;
  for (const c of content) em += charWidth(c);
  return em * fontSize * (bold ? 1.06 : 1);
}

/** Shortens `content` with an ellipsis so it fits `maxWidth` px. */
export function truncate(content: string, maxWidth: number, fontSize: number): string {
  if (textWidth(content, fontSize) <= maxWidth) return content;
  let out = content;
  while (out.length > 1 && textWidth(`${out}…`, fontSize) > maxWidth) out = out.slice(0, -1);
  return `${out.trimEnd()}…`;
}

/** Breaks `content` into lines no wider than `maxWidth` px (a long word keeps its own line). */
export function wrapText(content: string, maxWidth: number, fontSize: number, maxLines = 3): string[] {
  const words = content.split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let line = '';
  for (const word of words) {
    const candidate = line ? `${line} ${word}` : word;
    if (!line || textWidth(candidate, fontSize) <= maxWidth) line = candidate;
    else {
      lines.push(line);
      line = word;
    }
  }
  if (line) lines.push(line);
  if (lines.length > maxLines) {
    const kept = lines.slice(0, maxLines);
    kept[maxLines - 1] = truncate(`${kept[maxLines - 1]} ${lines.slice(maxLines).join(' ')}`, maxWidth, fontSize);
    return kept;
  }
  return lines.map((l) => truncate(l, maxWidth, fontSize));
}

/** An axis-aligned box, for collision tests. */
export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** True when two boxes overlap (touching edges do not count). */
export function overlaps(a: Box, b: Box): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

/** A data table behind a chart: what the wrapper renders as an HTML <table>. */
export interface ChartTable {
  headers: string[];
  rows: string[][];
}

/** Merges user options over defaults, ignoring keys set to `undefined`. */
export function withDefaults<T extends object>(defaults: T, options: Partial<T> | undefined): T {
  const out = { ...defaults };
  for (const [key, value] of Object.entries(options ?? {})) {
    if (value !== undefined) (out as Record<string, unknown>)[key] = value;
  }
  return out;
}
