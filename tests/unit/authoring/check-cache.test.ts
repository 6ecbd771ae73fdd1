/**
 * The build's content check keeps each briefing's problems between builds. A kept result must
 * always be what a fresh check reports: the tests change the briefing, a file it refers to and a
 * dataset it charts, and expect the cache to miss each time.
 */
import { cpSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContent, type ProblemCache } from '../../../src/authoring/check.ts';
import { fileProblemCache } from '../../../src/authoring/check-cache.ts';
import { root, scratch } from '../../helpers/build.ts';

/** A file cache that counts what it was asked. */
function counting(dir: string): ProblemCache & { hits: number; misses: number } {
  const inner = fileProblemCache(dir);
  const counts = { hits: 0, misses: 0 };
  return Object.assign(counts, {
    key: inner.key,
    get: (key: string) => {
      const found = inner.get(key);
      if (found) counts.hits++;
      else counts.misses++;
      return found;
    },
    set: inner.set,
  });
}

const names = (problems: readonly { name: string }[]) => problems.map((p) => p.name);

describe('the content check cache', () => {
  it("reuses a briefing's problems only while the briefing, what it refers to and the rules are unchanged", async () => {
    const base = scratch('check-cache');
    const content = path.join(base, 'content');
    cpSync(path.join(root, 'tests/fixtures/authoring/unknown-column/content'), content, { recursive: true });
    const cache = counting(path.join(base, 'cache'));
    const check = () => checkContent({ contentDir: content, cwd: base, lint: false, cache });

    const first = await check();
    expect(names(first.problems)).toEqual(['UnknownColumn']);
    expect([cache.hits, cache.misses]).toEqual([0, 1]);

    const again = await check();
    expect(again.problems).toEqual(first.problems);
    expect([cache.hits, cache.misses]).toEqual([1, 1]);

    // The dataset it charts gains the missing column: checked afresh, and now clean.
    writeFileSync(path.join(content, 'data/attacks.csv'), 'town,killed,fatalities\nKati,12,12\nBamako,77,77\n');
    expect(names((await check()).problems)).toEqual([]);
    expect(cache.misses).toBe(2);

    // A file it refers to goes: the kept "no problems" must not hide the broken reference.
    rmSync(path.join(content, 'authors/desk.yaml'));
    expect(names((await check()).problems)).toContain('MissingReference');
    expect(cache.misses).toBe(3);
  });
});

