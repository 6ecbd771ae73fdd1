/** The briefing a chart component draws from: the page sets `Astro.locals.briefing` before rendering MDX. */
import { ChartError } from '../../loaders/datasets.ts';

/** The current briefing, or a ChartError for `<Timeline />`/`<EventMap />` used on a page that has none. */
export function currentBriefing<T>(briefing: T | undefined, component: string): T {
  if (briefing) return briefing;
  throw new ChartError({
    name: 'ChartOutsideBriefing',
    component: `<${component}>`,
    message: `${component} draws the events of the briefing being rendered, but this page is not a briefing`,
    hint: `use <${component} /> in a file under content/briefings/, or draw the data with <BarChart> or <LineChart> and data="dataset-id".`,
  });
}
