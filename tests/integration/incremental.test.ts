/**
 * Astro's incremental build (experimental.incrementalBuild, keys from src/model/cache-key.ts):
 * rebuilds that share a cache copy unchanged pages instead of rendering them, and whatever they
 * copy, their output is byte for byte what a clean build of the same content writes. A stale page
 * (an old title in a neighbour's "next" link, a scheduled briefing missing once its date passed)
 * would show up here as a difference from the clean build.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { snapshot } from '../helpers/snapshot.ts';
import { buildSite, copyContent, scratch, type BuildResult } from '../helpers/build.ts';

const NOW = '2026-01-01T00:00:00Z';
/** The fixture's scheduled briefing (2099-01-01) is visible from this date on. */
const LATER = '2100-01-01T00:00:00Z';

let content: string;
/** One output folder for every incremental build: they share its Astro and card caches. */
let outDir: string;
let cold: BuildResult;
let coldFiles: Map<string, string>;

/** Output paths whose bytes differ between two snapshots, or that only one has. */
function differences(a: Map<string, string>, b: Map<string, string>): string[] {
  const names = new Set([...a.keys(), ...b.keys()]);
  return [...names].filter((name) => a.get(name) !== b.get(name)).sort();
}

/** Site paths the build copied from its cache instead of rendering (`├─ /x/index.html (restored)`). */
function copied(build: BuildResult): string[] {
  return [...build.output.matchAll(/─ (\S+) \((?:restored|cached)\)/g)].map((m) => m[1]!);
}

/** A clean build of the current content: fresh output folder, no caches. */
async function cleanBuild(env: Record<string, string>): Promise<Map<string, string>> {
  const clean = await buildSite({ content, env });
  expect(clean.code, clean.output).toBe(0);
  return snapshot(clean.outDir);
}

beforeAll(async () => {
  content = copyContent('tests/fixtures/sites/basic/content');
  outDir = path.join(scratch('incremental'), 'dist');
  cold = await buildSite({ content, outDir, env: { SITREP_NOW: NOW } });
  expect(cold.code, cold.output).toBe(0);
  coldFiles = snapshot(outDir);
});

describe('incremental builds', () => {
  it('copy every page of an unchanged publication, and write the same bytes', async () => {
    expect(copied(cold)).toEqual([]);
    const warm = await buildSite({ content, outDir, env: { SITREP_NOW: NOW } });
    expect(warm.code, warm.output).toBe(0);
    const reused = copied(warm);
    for (const page of ['/briefings/bravo/index.html', '/briefings/bravo.json', '/regions/testland/rss.xml', '/rss.xml', '/feed.json', '/cards/briefings/bravo.png']) {
      expect(reused, page).toContain(page);
    }
    expect(differences(coldFiles, snapshot(outDir))).toEqual([]);
  });

  it('render a title change everywhere it shows: the output equals a clean build', async () => {
    const file = path.join(content, 'briefings/bravo.mdx');
    writeFileSync(file, readFileSync(file, 'utf8').replace('title: "Bravo briefing: the full house structure"', 'title: "Bravo briefing, retitled: the full house structure"'));
    const edited = await buildSite({ content, outDir, env: { SITREP_NOW: NOW } });
    expect(edited.code, edited.output).toBe(0);
    const incremental = snapshot(outDir);

    // Only the cards that show the title are new; the other cards are copied.
    const cards = copied(edited).filter((p) => p.startsWith('/cards/'));
    expect(cards).not.toContain('/cards/briefings/bravo.png');
    expect(cards).toContain('/cards/briefings/alpha.png');
    // Bravo's neighbours link to it by its new title.
    for (const neighbour of ['alpha', 'charlie']) {
      expect(readFileSync(path.join(outDir, `briefings/${neighbour}/index.html`), 'utf8')).toContain('Bravo briefing, retitled');
    }
    expect(differences(incremental, await cleanBuild({ SITREP_NOW: NOW }))).toEqual([]);
  });

  it('publish a scheduled briefing once the clock passes its date, as a clean build would', async () => {
    const later = await buildSite({ content, outDir, env: { SITREP_NOW: LATER } });
    expect(later.code, later.output).toBe(0);
    const incremental = snapshot(outDir);
    expect(incremental.has('briefings/echo-scheduled/index.html')).toBe(true);
    expect(differences(incremental, await cleanBuild({ SITREP_NOW: LATER }))).toEqual([]);
  });
});
