import { describe, expect, it } from 'vitest';
import { csvParse } from 'd3';
import { buildBriefingExport } from '../../../src/model/exports/briefing-json.ts';
import { EVENT_COLUMNS, eventRows, eventsCsv, eventsGeojson, formatCsv } from '../../../src/model/exports/events.ts';
import { awkward, bravo, lookups, site } from '../../helpers/sample-exports.ts';

const exported = () => [buildBriefingExport(bravo(), lookups(), site), buildBriefingExport(awkward(), lookups(), site)];

describe('event rows', () => {
  it('are oldest first across briefings, with ACLED labels and fatalities as low/high', () => {
    const rows = eventRows(exported());
    expect(rows.map((r) => r.event_id)).toEqual([
      'bravo-event-2', 'awkward-event-2', 'awkward-event-4', 'bravo-event-1', 'awkward-event-1', 'awkward-event-3',
    ]);
    const bamako = rows.find((r) => r.event_id === 'bravo-event-1')!;
    expect(bamako).toMatchObject({
      event_date: '2024-01-15', date_precision: 'day', year: 2024, event_type: 'Battles', actor1: 'Red Group', actor2: null,
      iso: 'ML', country: 'Mali', location: 'Bamako', latitude: 12.64, longitude: -8, fatalities: 10, fatalities_high: 12,
      notes: 'Attack on Bamako', source: 'Example Wire', source_url: 'https://example.org/a',
      briefing: 'Bravo briefing: the full house structure', event_url: 'https://briefings.example.org/briefings/bravo/#event-1',
    });
    expect(rows.find((r) => r.event_id === 'bravo-event-2')).toMatchObject({ event_date: '2023-06-01', date_precision: 'month', fatalities: 3, fatalities_high: 3, actor1: null });
    expect(rows.find((r) => r.event_id === 'awkward-event-2')).toMatchObject({ fatalities: null, fatalities_high: null, latitude: null, iso: null, event_type: 'Strategic developments' });
    expect(rows.find((r) => r.event_id === 'awkward-event-1')).toMatchObject({
      actor1: 'Black Flag, "the Movement"', actor2: 'Night Militia', actors: 'Black Flag, "the Movement"; Night Militia; Blue Army',
      fatalities: 0, source: 'Wire, Inc.; Monitor',
    });
    expect(rows.find((r) => r.event_id === 'awkward-event-3')).toMatchObject({ reported_date: '2024-02-22', event_type: 'Protests' });
  });
});

describe('the events CSV', () => {
  it('parses with a real CSV parser into the expected header and values', () => {
    const text = eventsCsv(eventRows(exported()));
    const parsed = csvParse(text);
    expect(parsed.columns).toEqual([...EVENT_COLUMNS]);
    expect(parsed.columns.slice(0, 2)).toEqual(['event_id', 'event_date']);
    for (const column of ['event_date', 'event_type', 'actor1', 'country', 'location', 'latitude', 'longitude', 'fatalities', 'source']) {
      expect(parsed.columns).toContain(column);
    }
    expect(parsed).toHaveLength(6);
    const clash = parsed.find((r) => r.event_id === 'awkward-event-1')!;
    expect(clash.notes).toBe('Clash at "Point, 7"\nsecond line');
    expect(clash.location).toBe('Point 7, north');
    expect(clash.fatalities).toBe('0');
    expect(clash.latitude).toBe('17.5');
    expect(clash.longitude).toBe('8.25');
    expect(clash.source_url).toBe('https://example.org/s1?a=1&b=2; https://example.org/s2');
    const drift = parsed.find((r) => r.event_id === 'awkward-event-2')!;
    expect([drift.fatalities, drift.fatalities_high, drift.latitude]).toEqual(['', '', '']);
  });

  it('is RFC 4180: CRLF line ends, quoted fields with doubled quotes, no BOM', () => {
    expect(formatCsv([['a', 'b'], ['x, y', 'say "hi"'], [null, 3]])).toBe('a,b\r\n"x, y","say ""hi"""\r\n,3\r\n');
    expect(eventsCsv([]).charCodeAt(0)).toBe('e'.charCodeAt(0));
    expect(eventsCsv([])).toBe(`${EVENT_COLUMNS.join(',')}\r\n`);
  });
});

describe('the events GeoJSON', () => {
  it('is a FeatureCollection of [lon, lat] Points for the events with coordinates', () => {
    const geojson = eventsGeojson(eventRows(exported()));
    expect(geojson.type).toBe('FeatureCollection');
    expect(geojson.features.map((f) => f.id)).toEqual(['bravo-event-2', 'awkward-event-4', 'bravo-event-1', 'awkward-event-1']);
    const bamako = geojson.features.find((f) => f.id === 'bravo-event-1')!;
    expect(bamako.geometry).toEqual({ type: 'Point', coordinates: [-8, 12.64] });
    expect(bamako.properties).not.toHaveProperty('latitude');
    expect(bamako.properties).toMatchObject({ location: 'Bamako', fatalities: 10, fatalities_high: 12, event_type: 'Battles' });
  });

  it('is an empty collection when nothing is mapped', () => {
    expect(eventsGeojson([])).toEqual({ type: 'FeatureCollection', features: [] });
  });
});
