/**
 * EventMap: a locator map of a briefing's events that have coordinates. Country outlines (Natural
 * Earth 1:50m or 1:110m) and the fitted view come from ../geo.ts, shared with the social card's
 * locator map. The modules: data (input, options, defaults), layout (projection and fit, markers,
 * corners), labels (point and country label placement), inset (the small globe) and render (SVG,
 * description and data table).
 */
export type { Resolution } from '../geo.ts';
export { defaults, mergePoints, type EventMapData, type EventMapOptions, type MapPoint, type MapPointEvent, type Marker } from './data.ts';
export { clusterLabel, type MapLabel } from './labels.ts';
export { eventMapLayout, type EventMapLayout } from './layout.ts';
export { describeEventMap, eventMap, eventMapTable } from './render.ts';
