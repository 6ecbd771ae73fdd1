import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { SearchIndexError, buildSearchIndex, buildSearchIndexCached, searchInputKey } from '../../../src/integration/pagefind.ts';

const dirs: string[] = [];
const scratch = () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'sitrep-pagefind-'));
  dirs.push(dir);
  return dir;
};
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('buildSearchIndex', () => {
  it('writes the Pagefind bundle beside the site it indexed', async () => {
    const site = scratch();
    writeFileSync(path.join(site, 'index.html'), '<!doctype html><html lang="en"><body><nav>Menu</nav><article data-pagefind-body><h1>Barsalogho</h1><p>Text.</p></article></body></html>');
    expect(await buildSearchIndex(site)).toBe(1);
    for (const file of ['pagefind.js', 'pagefind-ui.js', 'pagefind-ui.css']) expect(existsSync(path.join(site, 'pagefind', file)), file).toBe(true);
  });

  it('fails with a message that names the problem and what to do', async () => {
    const error = await buildSearchIndex(scratch()).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SearchIndexError);
    expect((error as Error).name).toBe('SearchIndexFailed');
    expect((error as Error).message).toMatch(/^Pagefind could not index .*: no HTML files found in .*\. Hint: /);
  });
});

describe('buildSearchIndexCached', () => {
  const page = (title: string) => `<!doctype html><html lang="en"><body><article data-pagefind-body><h1>${title}</h1><p>Text.</p></article></body></html>`;
  const bundle = (site: string) => {
    const dir = path.join(site, 'pagefind');
    return new Map(readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.includes('.')).map((f) => [f, readFileSync(path.join(dir, f)).toString('base64')]));
  };

  it('copies the last bundle when the HTML is byte for byte the same, and indexes again when it is not', async () => {
    const cache = path.join(scratch(), 'pagefind');
    const first = scratch();
    writeFileSync(path.join(first, 'index.html'), page('Barsalogho'));
    expect(await buildSearchIndexCached(first, 'pagefind', cache)).toEqual({ files: 1, cached: false });

    // A fresh output folder with the same pages, as after Astro empties dist/.
    const second = scratch();
    writeFileSync(path.join(second, 'index.html'), page('Barsalogho'));
    expect(searchInputKey(second)).toBe(searchInputKey(first));
    expect(await buildSearchIndexCached(second, 'pagefind', cache)).toEqual({ files: 1, cached: true });
    expect(bundle(second)).toEqual(bundle(first));

    writeFileSync(path.join(second, 'index.html'), page('Timbuktu'));
    expect(searchInputKey(second)).not.toBe(searchInputKey(first));
    expect(await buildSearchIndexCached(second, 'pagefind', cache)).toEqual({ files: 1, cached: false });
    // Only the latest bundle is kept.
    expect(readdirSync(cache).sort()).toEqual([searchInputKey(second), `${searchInputKey(second)}.json`].sort());
  });
});
