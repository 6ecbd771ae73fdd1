/**
 * Components authors may use in a briefing's MDX body without importing them. The charts
 * (Timeline, EventMap, BarChart, LineChart) join this map when they land.
 */
export const mdxComponents: Record<string, unknown> = {};
