/**
 * Social cards in a real build: every page's OpenGraph/Twitter meta points at a 1200×630 PNG that
 * exists in dist/, and the content-addressed cache renders only what changed.
 */
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'node-html-parser';
import { buildSite, copyContent, scratch, type BuildResult } from '../helpers/build.ts';

const SITE = 'https://sitrep.example.org/';
let content: string;
let cacheDir: string;
let first: BuildResult;

/** The renderer's own count, printed once per build: `[sitrep] cards: N rendered, M from cache`. */
function rendered(build: BuildResult): number {
  const match = /\[sitrep\] cards: (\d+) rendered, (\d+) from cache/.exec(build.output);
  if (!match) throw new Error(`no card summary in the build output:\n${build.output}`);
  return Number(match[1]);
}

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((d) => d.isFile() && d.name.endsWith('.html'))
    .map((d) => path.join(d.parentPath, d.name));
}

/** Width and height from a PNG's IHDR chunk. */
function pngSize(file: string): [number, number] {
  const bytes = readFileSync(file);
  expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
  return [bytes.readUInt32BE(16), bytes.readUInt32BE(20)];
}

beforeAll(async () => {
  content = copyContent('tests/fixtures/sites/basic/content');
  cacheDir = path.join(scratch('card-cache'), 'sitrep');
  first = await buildSite({ content, env: { SITREP_CACHE_DIR: cacheDir, SITREP_NOW: '2026-01-01T00:00:00Z' } });
  expect(first.code, first.output).toBe(0);
});

describe('social cards in the build', () => {
  it('gives every indexable page complete OpenGraph and Twitter meta pointing at an existing 1200×630 PNG', () => {
    const pages = htmlFiles(first.outDir).filter((f) => !f.endsWith('404.html'));
    expect(pages.length).toBeGreaterThan(10);
    for (const file of pages) {
      const head = parse(readFileSync(file, 'utf8')).querySelector('head')!;
      const meta = (key: string) => head.querySelector(`meta[property="${key}"], meta[name="${key}"]`)?.getAttribute('content');
      for (const key of ['og:title', 'og:description', 'og:type', 'og:url', 'og:site_name', 'og:image:alt']) expect(meta(key), `${key} in ${file}`).toBeTruthy();
      expect(meta('twitter:card'), file).toBe('summary_large_image');
      expect(meta('og:image:width')).toBe('1200');
      expect(meta('og:image:height')).toBe('630');
      expect(head.querySelector('link[rel=canonical]')?.getAttribute('href')).toBe(meta('og:url'));
      const image = meta('og:image')!;
      expect(image.startsWith(`${SITE}cards/`), image).toBe(true);
      expect(pngSize(path.join(first.outDir, new URL(image).pathname))).toEqual([1200, 630]);
    }
  });

  it('marks briefings as articles with their dates, section and tags', () => {
    const head = parse(readFileSync(path.join(first.outDir, 'briefings/bravo/index.html'), 'utf8')).querySelector('head')!;
    const all = (key: string) => head.querySelectorAll(`meta[property="${key}"]`).map((m) => m.getAttribute('content'));
    expect(all('og:type')).toEqual(['article']);
    expect(all('article:published_time')).toEqual(['2024-02-10T00:00:00.000Z']);
    expect(all('article:modified_time')).toEqual(['2024-02-12T00:00:00.000Z']);
    expect(all('article:section')).toEqual(['Testland']);
    expect(all('article:tag')).toEqual(['fixture', 'insurgency']);
  });

  it('renders every card cold, none on an unchanged rebuild, and exactly the changed ones after a title edit', async () => {
    expect(rendered(first)).toBeGreaterThan(10);
    // Cold, every card was started with the build, before the pages (src/integration/cards.ts),
    // by the one batch that then served the endpoint: one summary line, each card rendered once.
    const ahead = /(\d+) social cards: those not in the cache render alongside the build/.exec(first.output)?.[1];
    expect(Number(ahead)).toBe(rendered(first));
    expect(first.output.match(/\[sitrep\] cards: /g)).toHaveLength(1);
    const warm = await buildSite({ content, env: { SITREP_CACHE_DIR: cacheDir, SITREP_NOW: '2026-01-01T00:00:00Z' } });
    expect(warm.code, warm.output).toBe(0);
    expect(rendered(warm)).toBe(0);

    const file = path.join(content, 'briefings/charlie.mdx');
    writeFileSync(file, readFileSync(file, 'utf8').replace('title: Charlie briefing', 'title: Charlie briefing, retitled'));
    const edited = await buildSite({ content, env: { SITREP_CACHE_DIR: cacheDir, SITREP_NOW: '2026-01-01T00:00:00Z' } });
    expect(edited.code, edited.output).toBe(0);
    expect(rendered(edited)).toBe(1);
  });
});
