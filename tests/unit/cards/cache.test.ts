/**
 * The cache and the batch renderer: renders are counted by the renderer itself (CardStats), so
 * "nothing changed → nothing rendered" and "one title changed → one card rendered" are exact.
 */
import { mkdtempSync, readdirSync, rmSync, utimesSync, writeFileSync, mkdirSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CardCache, cardCacheDir, cardKey } from '../../../src/cards/cache.ts';
import { canonicalJson } from '../../../src/model/canonical-json.ts';
import { buildCardJobs } from '../../../src/cards/data.ts';
import { CardBatch, renderCards, startCardBatch, summary, type CardJob } from '../../../src/cards/pipeline.ts';
import { RenderPool, workerScript } from '../../../src/cards/pool.ts';
import { about, publication, site } from '../../fixtures/cards/publication.ts';
import { pngSize } from '../../helpers/png.ts';

const dirs: string[] = [];
function tempDir(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'sitrep-cards-'));
  dirs.push(dir);
  return dir;
}
afterEach(() => {
  vi.unstubAllEnvs();
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function files(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((name) => /\.(png|tmp)$/.test(name));
}

const quiet = { log: false as const };
// A handful of the fixture's cards: enough to count, few enough to stay quick.
const jobs: CardJob[] = buildCardJobs(publication, site, { about }).filter((j) => ['briefing', 'home', 'tag'].includes(j.data.kind));

describe('renderCards with the cache', () => {
  it('renders every card once, nothing on a second run, and one card after one title changes', async () => {
    const cacheDir = tempDir();
    const first = await renderCards(jobs, { cacheDir, workers: 0, ...quiet });
    expect(first.stats).toMatchObject({ total: jobs.length, rendered: jobs.length, cached: 0, workers: 0 });
    for (const job of jobs) expect(pngSize(first.cards.get(job.path)!)).toEqual({ width: 1200, height: 630 });

    const second = await renderCards(jobs, { cacheDir, workers: 0, ...quiet });
    expect(second.stats).toMatchObject({ rendered: 0, cached: jobs.length });
    for (const job of jobs) expect(Buffer.from(second.cards.get(job.path)!).equals(Buffer.from(first.cards.get(job.path)!))).toBe(true);

    const edited = jobs.map((job) => (job.path === '/cards/briefings/three-cities.png' ? { ...job, data: { ...job.data, title: 'Łódź, Ségou and Tbilisi: a new title' } } : job));
    const third = await renderCards(edited, { cacheDir, workers: 0, ...quiet });
    expect(third.stats).toMatchObject({ rendered: 1, cached: jobs.length - 1 });
    expect(files(cacheDir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('renders on a worker pool when there are more than a handful, with the same pixels', async () => {
    const cacheDir = tempDir();
    const pooled = await renderCards(jobs, { cacheDir, workers: 2, parallelThreshold: 2, ...quiet });
    expect(pooled.stats).toMatchObject({ rendered: jobs.length, workers: 2 });
    const serialDir = tempDir();
    const serial = await renderCards(jobs.slice(0, 1), { cacheDir: serialDir, workers: 0, ...quiet });
    expect(Buffer.from(serial.cards.get(jobs[0]!.path)!).equals(Buffer.from(pooled.cards.get(jobs[0]!.path)!))).toBe(true);
  });

  it('takes more jobs until it is closed: a card it already has is neither rendered again nor counted twice', async () => {
    const cacheDir = tempDir();
    const batch = new CardBatch({ cacheDir, workers: 0, ...quiet });
    batch.add(jobs.slice(0, 2));
    // A card can be awaited before the batch is closed.
    expect(pngSize(await batch.get(jobs[0]!.path))).toEqual({ width: 1200, height: 630 });
    batch.add(jobs);
    const stats = await batch.close();
    expect(stats).toMatchObject({ total: jobs.length, rendered: jobs.length, cached: 0 });
    expect(files(cacheDir).filter((f) => f.endsWith('.png'))).toHaveLength(jobs.length);
    expect(() => batch.add(jobs)).toThrow(/closed batch/);
  });

  it('starts its workers once enough cards are missing, even after rendering the first few itself', async () => {
    const batch = new CardBatch({ cacheDir: tempDir(), workers: 2, parallelThreshold: 2, ...quiet });
    batch.add(jobs.slice(0, 1));
    await batch.get(jobs[0]!.path);
    batch.add(jobs);
    expect(await batch.close()).toMatchObject({ rendered: jobs.length, workers: 2 });
  });

  it('leaves the calling thread one core until a card is awaited, then takes it too', async () => {
    // Two cores' worth of workers: one while the build renders pages, two once it waits.
    vi.stubEnv('SITREP_CARD_WORKERS', '2');
    const many = Array.from({ length: 30 }, (_, i) => ({ path: `/cards/many-${i}.png`, data: { ...jobs[0]!.data, title: `Card number ${i}` } }));
    const untouched = startCardBatch(many.slice(0, 6), { cacheDir: tempDir(), spareCore: true, ...quiet });
    expect((await untouched.done).workers).toBe(1);
    const awaited = startCardBatch(many.slice(6), { cacheDir: tempDir(), spareCore: true, ...quiet });
    // More cards than the one worker holds in flight are still queued when the first is asked for.
    await new Promise((resolve) => setTimeout(resolve, 50));
    await awaited.get(many[6]!.path);
    expect((await awaited.done).workers).toBe(2);
  });

  it('adds a worker to a running pool, which takes the queued cards', async () => {
    const cacheDir = tempDir();
    // One card ahead per worker, so the queue still holds cards when the pool grows.
    const pool = new RenderPool(1, workerScript()!, 1);
    try {
      const renders = jobs.map((job) => pool.render({ data: job.data, cacheDir, key: cardKey(job.data) }));
      pool.grow(1);
      expect(pool.size).toBe(2);
      await Promise.all(renders);
      for (const job of jobs) expect(existsSync(new CardCache(cacheDir).file(cardKey(job.data)))).toBe(true);
      // Nothing is queued any more: growing now starts nobody.
      pool.grow(1);
      expect(pool.size).toBe(2);
    } finally {
      await pool.close();
    }
  });

  it('counts cards with identical data once', async () => {
    const cacheDir = tempDir();
    const twice = [jobs[0]!, { path: '/cards/copy.png', data: jobs[0]!.data }];
    const { stats, cards } = await renderCards(twice, { cacheDir, workers: 0, ...quiet });
    expect(stats).toMatchObject({ total: 1, rendered: 1 });
    expect(Buffer.from(cards.get('/cards/copy.png')!).equals(Buffer.from(cards.get(jobs[0]!.path)!))).toBe(true);
  });

  it('fails every card, rather than hanging, when the cache folder is unusable', async () => {
    const file = path.join(tempDir(), 'not-a-folder');
    writeFileSync(file, '');
    const batch = startCardBatch(jobs.slice(0, 2), { cacheDir: path.join(file, 'cards'), workers: 0, ...quiet });
    await expect(batch.done).rejects.toThrow(/ENOTDIR/);
    await expect(batch.get(jobs[0]!.path)).rejects.toThrow(/ENOTDIR/);
    await expect(batch.get('/cards/unknown.png')).rejects.toThrow(/No card job/);
  });

  it('reports renders in one log line', () => {
    expect(summary({ total: 60, rendered: 3, cached: 57, workers: 2, ms: 1400, renderMs: 900, missingGlyphs: {} })).toBe('[sitrep] cards: 3 rendered, 57 from cache (1.4 s, 2 workers)');
    expect(summary({ total: 60, rendered: 0, cached: 60, workers: 0, ms: 40, renderMs: 0, missingGlyphs: {} })).toBe('[sitrep] cards: 0 rendered, 60 from cache (0.0 s)');
  });
});

describe('CardCache', () => {
  it('writes atomically and never reads a half-written file as a hit', async () => {
    const cache = new CardCache(tempDir());
    const key = 'ab'.repeat(32);
    // What an interrupted build leaves: a temporary file, never the final name.
    mkdirSync(path.dirname(cache.file(key)), { recursive: true });
    writeFileSync(`${cache.file(key)}.123-0-dead.tmp`, 'half a PNG');
    expect(await cache.read(key)).toBeUndefined();
    await cache.write(key, new Uint8Array([1, 2, 3]));
    expect([...(await cache.read(key))!]).toEqual([1, 2, 3]);
    expect(files(cache.dir).filter((f) => f.endsWith('.png'))).toEqual([path.join('ab', `${key}.png`)]);
  });

  it('prunes only old entries that this build does not use', async () => {
    const cache = new CardCache(tempDir());
    const [keep, old, fresh] = ['aa', 'bb', 'cc'].map((c) => c.repeat(32));
    for (const key of [keep!, old!, fresh!]) await cache.write(key, new Uint8Array([1]));
    const longAgo = new Date(Date.now() - 90 * 86_400_000);
    for (const key of [keep!, old!]) utimesSync(cache.file(key), longAgo, longAgo);
    writeFileSync(`${cache.file(fresh!)}.1-0-x.tmp`, '');
    utimesSync(`${cache.file(fresh!)}.1-0-x.tmp`, longAgo, longAgo);
    expect(await cache.prune(new Set([keep!]), 30)).toBe(2);
    expect(files(cache.dir).sort()).toEqual([path.join('aa', `${keep}.png`), path.join('cc', `${fresh}.png`)]);
  });
});

describe('cache location and keys', () => {
  it('lives in node_modules/.cache/sitrep/cards unless SITREP_CACHE_DIR says otherwise', () => {
    expect(cardCacheDir({}, '/project')).toBe('/project/node_modules/.cache/sitrep/cards');
    expect(cardCacheDir({ SITREP_CACHE_DIR: '/ci/cache/sitrep' }, '/project')).toBe('/ci/cache/sitrep/cards');
    expect(cardCacheDir({ SITREP_CACHE_DIR: '.cache' }, '/project')).toBe('/project/.cache/cards');
  });

  it('keys on the data (in any key order) and on the renderer fingerprint', () => {
    const data = jobs[0]!.data;
    const reordered = Object.fromEntries(Object.entries(data).reverse()) as typeof data;
    expect(canonicalJson(reordered)).toBe(canonicalJson(data));
    expect(cardKey(reordered)).toBe(cardKey(data));
    expect(cardKey(data, 'another-template-or-font')).not.toBe(cardKey(data));
    expect(cardKey({ ...data, title: `${data.title}!` })).not.toBe(cardKey(data));
  });
});
