/**
 * The build's memo of drawn event maps (see src/model/memo.ts): the page and the feeds draw each
 * briefing's map once between them. Off in `astro dev`, so an edited chart module draws afresh.
 */
import { StringMemo } from '../../model/memo.ts';

/** 96 M characters: the maps of several thousand briefings (a map is 20–60 kB of SVG). */
const BUILD_BUDGET = 96 * 2 ** 20;

export const chartMemo = new StringMemo(import.meta.env.DEV ? 0 : BUILD_BUDGET);
