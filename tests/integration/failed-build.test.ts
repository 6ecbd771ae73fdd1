/**
 * A failed build never destroys the last good build (issue 14): after a good build into a folder,
 * a build of the same folder that fails, on a content error found before anything renders, on
 * a chart error met while the pages render or on a card that fails after pages are written, exits non-zero and leaves every file of the good
 * build byte for byte as it was, with no file added and no staging folder left beside it. A
 * later good build still replaces the output.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { snapshot } from '../helpers/snapshot.ts';
import { buildSite, copyContent, scratch } from '../helpers/build.ts';

const NOW = '2026-01-01T00:00:00Z';

let content: string;
let outDir: string;
let good: Map<string, string>;
let alpha: string;

/** What sits beside the output folder: the staging folder must be gone after every build. */
function siblings(): string[] {
  return readdirSync(path.dirname(outDir)).filter((name) => name.startsWith(path.basename(outDir))).sort();
}

async function failingBuild(edit: () => void): Promise<string> {
  edit();
  const failed = await buildSite({ content, outDir, keepOutDir: true, env: { SITREP_NOW: NOW } });
  writeFileSync(path.join(content, 'briefings/alpha.mdx'), alpha);
  expect(failed.code, failed.output).not.toBe(0);
  return failed.output;
}

beforeAll(async () => {
  content = copyContent('tests/fixtures/sites/basic/content');
  alpha = readFileSync(path.join(content, 'briefings/alpha.mdx'), 'utf8');
  outDir = path.join(scratch('failed-build'), 'dist');
  const first = await buildSite({ content, outDir, env: { SITREP_NOW: NOW } });
  expect(first.code, first.output).toBe(0);
  // A deploy checkout (gh-pages) keeps its .git in the output folder; Astro's own emptying keeps it.
  mkdirSync(path.join(outDir, '.git'));
  writeFileSync(path.join(outDir, '.git/HEAD'), 'ref: refs/heads/gh-pages\n');
  good = snapshot(outDir);
});

describe('a failed build keeps the last good build', () => {
  it('the good build is a whole site', () => {
    for (const file of ['index.html', 'briefings/alpha/index.html', 'rss.xml', 'pagefind/pagefind.js']) {
      expect(good.has(file), file).toBe(true);
    }
    expect(siblings()).toEqual(['dist']);
  });

  it('on a content error, found before any page renders', async () => {
    const output = await failingBuild(() => {
      writeFileSync(path.join(content, 'briefings/alpha.mdx'), alpha.replace('likelihood: likely', 'likelihood: maybe'));
    });
    expect(output).toContain('InvalidField');
    expect(snapshot(outDir)).toEqual(good);
    expect(siblings()).toEqual(['dist']);
  });

  it('on a chart error met while the pages render', async () => {
    // A `data` prop computed by an expression is not known before rendering (DatasetNotFound).
    const output = await failingBuild(() => {
      writeFileSync(path.join(content, 'briefings/alpha.mdx'), `${alpha}\n<BarChart data={'miss' + 'ing'} x="x" y="y" />\n`);
    });
    expect(output).toContain('DatasetNotFound');
    expect(snapshot(outDir)).toEqual(good);
    expect(siblings()).toEqual(['dist']);
  });

  it('on a card failure, after the briefing pages are written', async () => {
    // Sitrep's cache folder under a plain file: the pages render, then the first card cannot be cached.
    const blocker = path.join(path.dirname(outDir), 'not-a-folder');
    writeFileSync(blocker, '');
    const failed = await buildSite({ content, outDir, keepOutDir: true, env: { SITREP_NOW: NOW, SITREP_CACHE_DIR: path.join(blocker, 'sitrep') } });
    expect(failed.code, failed.output).not.toBe(0);
    expect(failed.output).toMatch(/briefings\/alpha\/index\.html[\s\S]*ENOTDIR/);
    expect(snapshot(outDir)).toEqual(good);
    expect(siblings()).toEqual(['dist']);
  });

  it('a good build after them replaces the output, keeping its .git', async () => {
    writeFileSync(path.join(content, 'briefings/alpha.mdx'), alpha.replace('Alpha body text.', 'Alpha body text, rewritten.'));
    const next = await buildSite({ content, outDir, keepOutDir: true, env: { SITREP_NOW: NOW } });
    writeFileSync(path.join(content, 'briefings/alpha.mdx'), alpha);
    expect(next.code, next.output).toBe(0);
    expect(readFileSync(path.join(outDir, 'briefings/alpha/index.html'), 'utf8')).toContain('Alpha body text, rewritten.');
    expect(readFileSync(path.join(outDir, '.git/HEAD'), 'utf8')).toBe('ref: refs/heads/gh-pages\n');
    expect(existsSync(path.join(outDir, 'index.html'))).toBe(true);
    expect(siblings()).toEqual(['dist']);
  });
});
