/**
 * Components authors may use in a briefing's MDX body without importing them: the charts.
 * Keep in step with KNOWN_COMPONENTS in src/authoring/body.ts, which `npm run check` accepts.
 */
import Timeline from './charts/Timeline.astro';
import EventMap from './charts/EventMap.astro';
import BarChart from './charts/BarChart.astro';
import LineChart from './charts/LineChart.astro';

export const mdxComponents: Record<string, unknown> = { Timeline, EventMap, BarChart, LineChart };
