/**
 * Page weight of a built briefing page: what a first visit downloads. The HTML; the stylesheets
 * it links (and its inline styles); the web fonts of those stylesheets' @font-face rules; the
 * JavaScript it runs (external scripts, their static imports, and inline scripts; JSON-LD is
 * data, not code, and stays counted in the HTML). Text resources are counted raw and gzipped
 * (node:zlib, level 9: what a static host's precompression would serve); woff2 fonts are already
 * compressed, so they count as they are.
 *
 * Fonts are reported twice: `referenced` is every woff2 the CSS names (the upper bound: what a
 * page would load if it used every face), `loaded` is the faces whose unicode-range covers a
 * character of the page's text (the subsets a browser fetches; all weights and styles counted,
 * since which ones the page's elements use needs a layout engine).
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

/** Compression level used for every gzipped figure. */
export const GZIP_LEVEL = 9;

export interface Weight {
  /** Files (or inline blocks) counted. */
  files: number;
  bytes: number;
  gzipBytes: number;
}

export interface PageWeight {
  /** Site path of the page measured. */
  page: string;
  /** Briefing pages in the build (the median is taken over their HTML size). */
  pages: number;
  html: Weight;
  css: Weight;
  fonts: { loaded: Weight & { names: string[] }; referenced: Weight };
  js: Weight;
  /** HTML + CSS + loaded fonts + JS, gzipped where text. */
  totalGzipBytes: number;
}

const gz = (data: Uint8Array | string) => gzipSync(data, { level: GZIP_LEVEL }).length;
const empty = (): Weight => ({ files: 0, bytes: 0, gzipBytes: 0 });
function add(weight: Weight, data: Uint8Array | string, compress = true): void {
  const bytes = typeof data === 'string' ? Buffer.byteLength(data) : data.length;
  weight.files++;
  weight.bytes += bytes;
  weight.gzipBytes += compress ? gz(data) : bytes;
}

/** Site-relative URL (`/_astro/x.css`, `./x.js` from a file) → file in the output folder, if local. */
function localFile(outDir: string, url: string, from = '/'): string | undefined {
  if (/^(?:[a-z]+:)?\/\//i.test(url) || url.startsWith('data:')) return undefined;
  const clean = url.split(/[?#]/)[0]!;
  const resolved = clean.startsWith('/') ? clean : path.posix.join(path.posix.dirname(from), clean);
  return path.join(outDir, resolved);
}

const attr = (tag: string, name: string) => new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i').exec(tag)?.slice(1).find((v) => v !== undefined);

/** One @font-face rule: its woff2 URL and the code points it covers. */
export interface FontFace {
  family: string;
  weight: string;
  style: string;
  url: string;
  ranges: [number, number][];
}

/** Parses `unicode-range: U+0000-00FF, U+0131, U+4??`; no descriptor means every code point. */
export function parseUnicodeRange(value: string | undefined): [number, number][] {
  if (!value) return [[0, 0x10ffff]];
  return value.split(',').map((part) => {
    const text = part.trim().replace(/^u\+/i, '');
    if (text.includes('?')) return [parseInt(text.replaceAll('?', '0'), 16), parseInt(text.replaceAll('?', 'F'), 16)] as [number, number];
    const [low, high] = text.split('-');
    return [parseInt(low!, 16), parseInt(high ?? low!, 16)] as [number, number];
  });
}

/** The @font-face rules of a stylesheet that have a woff2 source. */
export function parseFontFaces(css: string): FontFace[] {
  const faces: FontFace[] = [];
  for (const match of css.matchAll(/@font-face\s*\{([^}]*)\}/g)) {
    const block = match[1]!;
    const get = (name: string) => new RegExp(`${name}\\s*:\\s*([^;]+)`, 'i').exec(block)?.[1]?.trim();
    const woff2 = /url\(\s*["']?([^"')]+\.woff2(?:[?#][^"')]*)?)["']?\s*\)/i.exec(block)?.[1];
    if (!woff2) continue;
    faces.push({
      family: (get('font-family') ?? '').replace(/["']/g, ''),
      weight: get('font-weight') ?? '400',
      style: get('font-style') ?? 'normal',
      url: woff2,
      ranges: parseUnicodeRange(get('unicode-range')),
    });
  }
  return faces;
}

/** The code points of a page's visible text (tags, scripts and styles removed, entities decoded). */
export function textCodePoints(html: string): Set<number> {
  const text = html
    .replace(/<(script|style)\b[^>]*>[\s\S]*?<\/\1>/gi, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&#x([0-9a-f]+);/gi, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16)))
    .replace(/&#(\d+);/g, (_, dec: string) => String.fromCodePoint(Number(dec)))
    .replace(/&(?:amp|lt|gt|quot|apos|nbsp);/g, ' ');
  const points = new Set<number>();
  for (const char of text) points.add(char.codePointAt(0)!);
  return points;
}

function covers(face: FontFace, points: ReadonlySet<number>): boolean {
  for (const point of points) if (face.ranges.some(([low, high]) => point >= low && point <= high)) return true;
  return false;
}

/** Static and dynamic import specifiers of a JS module (relative ones only matter here). */
function importsOf(code: string): string[] {
  const found = new Set<string>();
  for (const match of code.matchAll(/(?:\bimport|\bexport)\s*(?:[\w*${}\s,]*\bfrom\s*)?["']([^"']+)["']|\bimport\(\s*["']([^"']+)["']\s*\)/g)) {
    found.add((match[1] ?? match[2])!);
  }
  return [...found];
}

/** Weight of one built page (site path `page`, e.g. `/briefings/x/`). */
export function measurePage(outDir: string, page: string, pages = 1): PageWeight {
  const htmlFile = path.join(outDir, page, 'index.html');
  const html = readFileSync(htmlFile, 'utf8');
  const weight: PageWeight = {
    page, pages, html: empty(), css: empty(), js: empty(),
    fonts: { loaded: { ...empty(), names: [] }, referenced: empty() }, totalGzipBytes: 0,
  };
  add(weight.html, html);

  // Stylesheets: linked files and inline <style> blocks.
  const sheets: { css: string; from: string }[] = [];
  for (const [tag] of html.matchAll(/<link\b[^>]*>/gi)) {
    if (!/\brel\s*=\s*["']?stylesheet/i.test(tag)) continue;
    const href = attr(tag, 'href');
    const file = href ? localFile(outDir, href) : undefined;
    if (!file) continue;
    const css = readFileSync(file, 'utf8');
    add(weight.css, css);
    sheets.push({ css, from: href! });
  }
  for (const match of html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/gi)) {
    add(weight.css, match[1]!);
    sheets.push({ css: match[1]!, from: page });
  }

  // Fonts named by those stylesheets.
  const points = textCodePoints(html);
  const counted = new Set<string>();
  const loaded = new Set<string>();
  for (const { css, from } of sheets) {
    for (const face of parseFontFaces(css)) {
      const file = localFile(outDir, face.url, from);
      if (!file || counted.has(file)) continue;
      counted.add(file);
      const data = readFileSync(file);
      add(weight.fonts.referenced, data, false);
      if (covers(face, points) && !loaded.has(file)) {
        loaded.add(file);
        add(weight.fonts.loaded, data, false);
        weight.fonts.loaded.names.push(path.basename(file));
      }
    }
  }

  // JavaScript: external scripts with their static imports, and inline code (not JSON data).
  const scripts = new Set<string>();
  const queue: { file: string; url: string }[] = [];
  for (const match of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
    const tag = `<script${match[1]}>`;
    const type = attr(tag, 'type')?.toLowerCase();
    if (type && type !== 'module' && !type.includes('javascript')) continue;
    const src = attr(tag, 'src');
    if (src) {
      const file = localFile(outDir, src);
      if (file) queue.push({ file, url: src });
    } else if (match[2]!.trim()) {
      add(weight.js, match[2]!);
    }
  }
  while (queue.length) {
    const { file, url } = queue.shift()!;
    if (scripts.has(file)) continue;
    scripts.add(file);
    let code: string;
    try {
      code = readFileSync(file, 'utf8');
    } catch {
      continue;
    }
    add(weight.js, code);
    for (const specifier of importsOf(code)) {
      if (!/^(?:\.{1,2}\/|\/)/.test(specifier)) continue;
      const next = localFile(outDir, specifier, url);
      if (next) queue.push({ file: next, url: path.posix.join(path.posix.dirname(url), specifier) });
    }
  }

  weight.totalGzipBytes = weight.html.gzipBytes + weight.css.gzipBytes + weight.fonts.loaded.bytes + weight.js.gzipBytes;
  return weight;
}

/**
 * Weight of the median briefing page: the briefing page whose HTML size is the median of all
 * of them (`/briefings/<slug>/index.html`; the lower middle one for an even count).
 */
export function measureMedianBriefing(outDir: string): PageWeight {
  const root = path.join(outDir, 'briefings');
  const pages = readdirSync(root, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => ({ page: `/briefings/${entry.name}/`, size: statSafe(path.join(root, entry.name, 'index.html')) }))
    .filter((entry) => entry.size > 0)
    .sort((a, b) => a.size - b.size || a.page.localeCompare(b.page));
  if (!pages.length) throw new Error(`no briefing pages under ${root}`);
  const median = pages[Math.floor((pages.length - 1) / 2)]!;
  return measurePage(outDir, median.page, pages.length);
}

function statSafe(file: string): number {
  try {
    return statSync(file).size;
  } catch {
    return 0;
  }
}
