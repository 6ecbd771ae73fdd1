import { afterEach, describe, expect, it, vi } from 'vitest';
import { aheadWorkers, loadedCardJobs } from '../../../src/integration/cards.ts';
import { sampleOptions } from '../../helpers/sample-options.ts';

afterEach(() => vi.unstubAllEnvs());

describe('cards rendered ahead of the pages', () => {
  it('leave the build one core, use no more workers than cards, and never fewer than one', () => {
    // SITREP_CARD_WORKERS stands in for the machine's core count in poolSize.
    vi.stubEnv('SITREP_CARD_WORKERS', '8');
    expect(aheadWorkers(1000, 4)).toBe(3);
    expect(aheadWorkers(2, 4)).toBe(2);
    expect(aheadWorkers(1000, 2)).toBe(1);
    expect(aheadWorkers(1000, 1)).toBe(1);
  });

  it('respect SITREP_CARD_WORKERS', () => {
    vi.stubEnv('SITREP_CARD_WORKERS', '1');
    expect(aheadWorkers(1000, 8)).toBe(1);
  });

  it('wait for the content layer: no jobs before the collections have loaded', () => {
    expect(loadedCardJobs(sampleOptions)).toBeUndefined();
  });
});
