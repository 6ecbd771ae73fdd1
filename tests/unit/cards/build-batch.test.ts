/**
 * The build's one card batch: started by the integration before the pages are bundled, found by
 * the card endpoint, which hands it the site's cards and awaits each one.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { buildCardBatch, startBuildCardBatch } from '../../../src/cards/build-batch.ts';
import { buildCardJobs } from '../../../src/cards/data.ts';
import { workersFor } from '../../../src/cards/pipeline.ts';
import { loadedCardJobs } from '../../../src/integration/cards.ts';
import { about, publication, site } from '../../fixtures/cards/publication.ts';
import { sampleOptions } from '../../helpers/sample-options.ts';
import { pngSize } from '../../helpers/png.ts';

const dirs: string[] = [];
afterEach(() => {
  vi.unstubAllEnvs();
  vi.restoreAllMocks();
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('workers for the cards', () => {
  it('leave the build one core while it renders pages, use no more workers than cards, and never fewer than one', () => {
    // SITREP_CARD_WORKERS stands in for the machine's core count in poolSize.
    vi.stubEnv('SITREP_CARD_WORKERS', '8');
    expect(workersFor(1000, true, 4)).toBe(3);
    expect(workersFor(2, true, 4)).toBe(2);
    expect(workersFor(1000, true, 2)).toBe(1);
    expect(workersFor(1000, true, 1)).toBe(1);
    // Once the build waits for its cards, every core.
    expect(workersFor(1000, false, 2)).toBe(8);
  });

  it('respect SITREP_CARD_WORKERS', () => {
    vi.stubEnv('SITREP_CARD_WORKERS', '1');
    expect(workersFor(1000, true, 8)).toBe(1);
    vi.stubEnv('SITREP_CARD_WORKERS', '0');
    expect(workersFor(1000, false, 8)).toBe(0);
  });
});

describe('the build batch', () => {
  it('waits for the content layer: no jobs before the collections have loaded', () => {
    expect(loadedCardJobs(sampleOptions)).toBeUndefined();
  });

  it('is the one the integration started: the endpoint adds the same cards and each renders once', async () => {
    const cacheRoot = mkdtempSync(path.join(tmpdir(), 'sitrep-build-batch-'));
    dirs.push(cacheRoot);
    vi.stubEnv('SITREP_CACHE_DIR', cacheRoot);
    vi.stubEnv('SITREP_CARD_WORKERS', '0');
    const log = vi.spyOn(console, 'log').mockImplementation(() => undefined);
    const jobs = buildCardJobs(publication, site, { about }).slice(0, 4);
    // At astro:build:start, from the loaders' entries…
    const started = startBuildCardBatch(jobs);
    // …and in the endpoint's getStaticPaths, from the pages' publication, one card more.
    const endpoint = buildCardBatch();
    expect(endpoint).toBe(started);
    const all = buildCardJobs(publication, site, { about }).slice(0, 5);
    endpoint.add(all);
    void endpoint.close();
    for (const job of all) expect(pngSize(await endpoint.get(job.path))).toEqual({ width: 1200, height: 630 });
    expect(await endpoint.done).toMatchObject({ total: 5, rendered: 5, cached: 0 });
    expect(log.mock.calls.map(([line]) => String(line).trim())).toEqual([expect.stringMatching(/^\[sitrep\] cards: 5 rendered, 0 from cache \(\d+\.\d s, in-process\)$/)]);
    // The next build (of this process) starts a batch of its own, over the same cache.
    const next = startBuildCardBatch(all);
    expect(buildCardBatch()).toBe(next);
    expect(await next.close()).toMatchObject({ rendered: 0, cached: 5 });
  });
});
