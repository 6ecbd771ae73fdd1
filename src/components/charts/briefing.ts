/** The briefing a chart component draws from: the page sets `Astro.locals.briefing` before rendering MDX. */
import { explain } from '../../errors.ts';
import { ChartError } from '../../model/datasets.ts';

/** The current briefing, or a ChartError for `<Timeline />`/`<EventMap />` used on a page that has none. */
export function currentBriefing<T>(briefing: T | undefined, component: string): T {
  if (briefing) return briefing;
  throw new ChartError({
    component: `<${component}>`,
    ...explain('ChartOutsideBriefing', [component], [component]),
  });
}
