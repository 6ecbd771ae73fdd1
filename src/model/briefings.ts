/**
 * Which briefings a build shows, in what order, and their neighbours: pure functions over the
 * minimum they need, so pages, feeds, sitemap and exports share one answer.
 */

/** The part of a briefing entry that ordering and visibility depend on. */
export interface Dated {
  id: string;
  data: { published: Date; draft: boolean };
}

/** What a build shows: production leaves out drafts and scheduled briefings; previews may not. */
export interface Visibility {
  /** The build's clock: briefings published after it are scheduled. */
  now: Date;
  /** Show drafts (in `astro dev`, or a `--drafts` preview build). */
  drafts: boolean;
  /** Show briefings dated in the future (preview builds). */
  scheduled: boolean;
}

/** True if the briefing is dated after `now` (scheduled). */
export function isScheduled(entry: Dated, now: Date): boolean {
  return entry.data.published.getTime() > now.getTime();
}

/** True if a build with these settings shows the briefing. */
export function isVisible(entry: Dated, visibility: Visibility): boolean {
  if (entry.data.draft && !visibility.drafts) return false;
  if (isScheduled(entry, visibility.now) && !visibility.scheduled) return false;
  return true;
}

/**
 * Oldest first by `published`, then by slug: the contract's order. `updated` never reorders
 * (an edit must not move a briefing or its neighbours).
 */
export function compareChronological(a: Dated, b: Dated): number {
  return a.data.published.getTime() - b.data.published.getTime() || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/** Visible briefings, newest first: the order of the home page, archive, listings and feeds. */
export function selectBriefings<T extends Dated>(entries: readonly T[], visibility: Visibility): T[] {
  return entries.filter((entry) => isVisible(entry, visibility)).sort((a, b) => compareChronological(b, a));
}

/** A briefing's neighbours: `previous` is the next-older, `next` the next-newer; absent at the ends. */
export interface Neighbours<T> {
  previous?: T | undefined;
  next?: T | undefined;
}

/** Neighbours of `id` among `entries` (any order; only visible ones should be passed). */
export function getNeighbours<T extends Dated>(entries: readonly T[], id: string): Neighbours<T> {
  const chronological = [...entries].sort(compareChronological);
  const index = chronological.findIndex((entry) => entry.id === id);
  if (index === -1) return {};
  return { previous: chronological[index - 1], next: chronological[index + 1] };
}

/** Groups newest-first briefings by year of publication (UTC), newest year first. */
export function groupByYear<T extends Dated>(entries: readonly T[]): { year: number; entries: T[] }[] {
  const groups = new Map<number, T[]>();
  for (const entry of entries) {
    const year = entry.data.published.getUTCFullYear();
    groups.set(year, [...(groups.get(year) ?? []), entry]);
  }
  return [...groups].sort(([a], [b]) => b - a).map(([year, list]) => ({ year, entries: list }));
}

/**
 * The visibility of this build. Production hides drafts and scheduled briefings; `astro dev`
 * shows drafts; SITREP_DRAFTS=1 (or `npm run build -- --drafts`) previews both. SITREP_NOW fixes
 * the clock (tests, reproducible rebuilds).
 */
export function buildVisibility(env: { dev: boolean; drafts?: string | undefined; now?: string | undefined }): Visibility {
  const preview = env.drafts === '1' || env.drafts === 'true';
  const now = env.now ? new Date(env.now) : new Date();
  if (Number.isNaN(now.getTime())) throw new Error(`SITREP_NOW must be an ISO date; got "${env.now}"`);
  return { now, drafts: env.dev || preview, scheduled: preview };
}
