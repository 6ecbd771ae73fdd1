import { describe, expect, it } from 'vitest';
import { buildVisibility, compareChronological, getNeighbours, groupByYear, isVisible, selectBriefings, type Dated } from '../../../src/model/briefings.ts';

const entry = (id: string, published: string, draft = false): Dated => ({ id, data: { published: new Date(published), draft } });
const now = new Date('2024-12-01T00:00:00Z');
const production = { now, drafts: false, scheduled: false };

describe('ordering', () => {
  it('orders by published, then by slug for a tie', () => {
    const list = [entry('b', '2024-05-01'), entry('c', '2024-01-01'), entry('a', '2024-05-01')];
    expect([...list].sort(compareChronological).map((e) => e.id)).toEqual(['c', 'a', 'b']);
  });

  it('lists newest first and ignores any updated date', () => {
    const edited = { id: 'old', data: { published: new Date('2024-01-01'), draft: false, updated: new Date('2024-11-30') } };
    const list = selectBriefings([edited, entry('new', '2024-06-01')], production);
    expect(list.map((e) => e.id)).toEqual(['new', 'old']);
  });
});

describe('drafts and schedule', () => {
  const list = [entry('live', '2024-06-01'), entry('draft', '2024-06-02', true), entry('scheduled', '2025-01-01')];

  it('production leaves out drafts and briefings dated after the build', () => {
    expect(selectBriefings(list, production).map((e) => e.id)).toEqual(['live']);
  });

  it('dev shows drafts but not scheduled briefings', () => {
    const dev = buildVisibility({ dev: true, now: now.toISOString() });
    expect(selectBriefings(list, dev).map((e) => e.id)).toEqual(['draft', 'live']);
  });

  it('a drafts preview shows both', () => {
    const preview = buildVisibility({ dev: false, drafts: '1', now: now.toISOString() });
    expect(selectBriefings(list, preview).map((e) => e.id)).toEqual(['scheduled', 'draft', 'live']);
  });

  it('a briefing dated exactly now is published', () => {
    expect(isVisible(entry('x', now.toISOString()), production)).toBe(true);
  });

  it('rejects an unreadable SITREP_NOW', () => {
    expect(() => buildVisibility({ dev: false, now: 'yesterday' })).toThrow(/SITREP_NOW/);
  });
});

describe('neighbours', () => {
  const list = selectBriefings([entry('free-speech', '2024-10-03'), entry('sahel', '2024-10-10'), entry('tajikistan', '2024-10-17')], production);

  it('previous is the next-older briefing and next the next-newer', () => {
    const { previous, next } = getNeighbours(list, 'sahel');
    expect(previous?.id).toBe('free-speech');
    expect(next?.id).toBe('tajikistan');
  });

  it('has no previous at the oldest and no next at the newest', () => {
    expect(getNeighbours(list, 'free-speech').previous).toBeUndefined();
    expect(getNeighbours(list, 'tajikistan').next).toBeUndefined();
  });

  it('breaks a same-day tie by slug', () => {
    const tied = [entry('b', '2024-10-10'), entry('a', '2024-10-10'), entry('c', '2024-10-10')];
    expect(getNeighbours(tied, 'b')).toMatchObject({ previous: { id: 'a' }, next: { id: 'c' } });
  });

  it('returns nothing for a briefing that is not listed', () => {
    expect(getNeighbours(list, 'missing')).toEqual({});
  });
});

describe('archive', () => {
  it('groups by UTC year, newest year first', () => {
    const groups = groupByYear(selectBriefings([entry('a', '2023-12-31T23:30:00Z'), entry('b', '2024-01-01'), entry('c', '2024-03-01')], production));
    expect(groups.map((g) => [g.year, g.entries.map((e) => e.id)])).toEqual([[2024, ['c', 'b']], [2023, ['a']]]);
  });
});
