import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { SearchIndexError, buildSearchIndex } from '../../../src/integrations/pagefind.ts';

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
