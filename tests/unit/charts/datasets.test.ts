import { mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { datasetLoader } from '../../../src/loaders/datasets.ts';
import { ChartError, csvRecordLines, parseDataset } from '../../../src/model/datasets.ts';
import { getColumn, getDateColumn, getNumberColumn, requireDataset, toBarChartData, toLineChartData } from '../../../src/model/dataset-columns.ts';
import { datasetSchema } from '../../../src/schemas/dataset.ts';
import { SitrepError } from '../../../src/errors.ts';

const sahelCsv = readFileSync(new URL('../../../content/data/sahel-attack-fatalities.csv', import.meta.url), 'utf8');
const briefing = { briefing: 'content/briefings/trouble-in-the-sahel.mdx', component: '<BarChart data="x">' };

function thrown(fn: () => unknown): ChartError {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(ChartError);
    return error as ChartError;
  }
  throw new Error('expected an error');
}

describe('parsing datasets', () => {
  it('reads the Sahel CSV: header, rows as strings, a line per row', () => {
    const ds = parseDataset(sahelCsv, 'content/data/sahel-attack-fatalities.csv');
    expect(datasetSchema.parse(ds)).toEqual(ds);
    expect(ds.format).toBe('csv');
    expect(ds.columns).toEqual(['count', 'attack', 'date', 'killed', 'counted_by', 'source']);
    expect(ds.rows).toHaveLength(3);
    expect(ds.lines).toEqual([2, 3, 4]);
    expect(getNumberColumn(ds, 'killed')).toEqual([200, 70, 77]);
    expect(getDateColumn(ds, 'date')[0]).toEqual(new Date('2024-08-24T00:00:00Z'));
  });

  it('counts file lines past quoted cells that span lines', () => {
    const text = 'a,b\n1,"two\nlines"\n3,4\n';
    expect(csvRecordLines(text)).toEqual([1, 2, 4]);
    expect(parseDataset(text, 'x.csv').lines).toEqual([2, 4]);
  });

  it('reads a JSON array of objects with the line of each row', () => {
    const text = '[\n  { "year": 2023, "attacks": 12 },\n  { "year": 2024, "attacks": null, "note": "partial" }\n]\n';
    const ds = parseDataset(text, 'content/data/a.json');
    expect(ds.columns).toEqual(['year', 'attacks', 'note']);
    expect(ds.lines).toEqual([2, 3]);
    expect(getNumberColumn(ds, 'attacks')).toEqual([12, null]);
  });

  it('refuses JSON that is not an array of flat objects, saying where', () => {
    expect(thrown(() => parseDataset('{"a": 1}', 'content/data/a.json')).message).toBe(
      'content/data/a.json: the dataset is not valid: expected a JSON array of row objects; got object. Hint: wrap the rows in [ ], one object per row: [{ "year": 2024, "attacks": 12 }].',
    );
    const nested = thrown(() => parseDataset('[\n{"a": 1},\n{"a": {"b": 2}}\n]', 'content/data/a.json'));
    expect(nested.message).toContain('content/data/a.json row 2 (line 3), column "a": the dataset is not valid: expected a string, number, true/false or null; got an object');
    expect(thrown(() => parseDataset('[{"a": 1,}]', 'content/data/a.json')).details.name).toBe('InvalidDataset');
  });
});

describe('column access errors', () => {
  const ds = parseDataset('attack,fatalities\nKati,\nBamako,77\nBarsalogho,about 70\n', 'content/data/x.csv');

  it('names the briefing, the file, the row, the line, the column and a hint for a non-numeric value', () => {
    const error = thrown(() => getNumberColumn(ds, 'fatalities', briefing));
    expect(error.message).toBe(
      'content/briefings/trouble-in-the-sahel.mdx: <BarChart data="x">: content/data/x.csv row 3 (line 4), column "fatalities": expected a number, got "about 70". ' +
        'Hint: write digits only, e.g. 70 (no thousands separators or units); put qualifiers in another column, and leave the cell empty if the value is unknown.',
    );
    expect(error).toBeInstanceOf(SitrepError);
    expect(error.problem).toMatchObject({ name: 'NotANumber', file: 'content/data/x.csv', line: 4 });
    expect(error.details).toMatchObject({ row: 3, line: 4, column: 'fatalities', dataset: 'x' });
  });

  it('reads an empty cell as a missing value, not an error', () => {
    expect(() => getNumberColumn(parseDataset('a\n1\n\n', 'x.csv'), 'a')).not.toThrow();
    expect(getNumberColumn(parseDataset('a,b\n1,\n2,3\n', 'x.csv'), 'b')).toEqual([null, 3]);
  });

  it('suggests the column meant for an unknown one', () => {
    const error = thrown(() => getColumn(ds, 'fatality', briefing));
    expect(error.message).toBe(
      'content/briefings/trouble-in-the-sahel.mdx: <BarChart data="x">: content/data/x.csv, column "fatality": no such column; the columns are "attack", "fatalities". Hint: did you mean "fatalities"?',
    );
    expect(error.details.name).toBe('UnknownColumn');
  });

  it('names the dataset ids there are for a missing dataset', () => {
    const error = thrown(() => requireDataset(undefined, 'yearly-attacks', { ...briefing, known: ['sahel-attack-fatalities'] }));
    expect(error.message).toBe(
      'content/briefings/trouble-in-the-sahel.mdx: <BarChart data="x">: no dataset "yearly-attacks": expected a file content/data/yearly-attacks.csv or content/data/yearly-attacks.json. Hint: create content/data/yearly-attacks.csv (header row first) or content/data/yearly-attacks.json, or pass the rows inline with rows={[…]}; datasets available: sahel-attack-fatalities.',
    );
    expect(thrown(() => requireDataset(undefined, 'sahel-attack-fatalitie', { known: ['sahel-attack-fatalities'] })).details.hint).toBe('did you mean "sahel-attack-fatalities"?');
    expect(thrown(() => requireDataset(undefined, 'sahel-attack-fatality', { known: ['other', 'sahel-attack-fatalities'] })).details.hint).toBe('did you mean "sahel-attack-fatalities"?');
  });

  it('says what date format it wants', () => {
    const dates = parseDataset('when\n2024-10-06\n6 Oct 2024\n', 'content/data/d.csv');
    expect(thrown(() => getDateColumn(dates, 'when')).message).toBe(
      'content/data/d.csv row 2 (line 3), column "when": expected a date like 2024-10-06, got "6 Oct 2024". Hint: write dates as YYYY-MM-DD (or YYYY-MM, or YYYY for a whole year).',
    );
  });
});

describe('chart input from datasets', () => {
  it('builds bar data from x and y columns, with series labels', () => {
    const ds = parseDataset(sahelCsv, 'content/data/sahel-attack-fatalities.csv');
    expect(toBarChartData(ds, { x: 'count', y: 'killed', labels: ['People killed'] })).toEqual({
      categories: ['Barsalogho, 24 Aug 2024: Al Jazeera', 'Bamako, 17 Sep 2024: AFP security sources', 'Bamako, 17 Sep 2024: one security source'],
      series: [{ name: 'People killed', values: [200, 70, 77] }],
    });
  });

  it('builds line data on a time axis when x holds dates, on a number axis otherwise', () => {
    const byYear = parseDataset('year,mali,bf\n2022,10,20\n2023,15,\n', 'y.csv');
    const numeric = toLineChartData(byYear, { x: 'year', y: ['mali', 'bf'] });
    expect(numeric.series[1]!.points).toEqual([{ x: new Date('2022-01-01T00:00:00Z'), y: 20 }, { x: new Date('2023-01-01T00:00:00Z'), y: null }]);
    const byIndex = parseDataset('n,v\n1,10\n2.5,12\n', 'n.csv');
    expect(toLineChartData(byIndex, { x: 'n', y: 'v' }).series[0]!.points.map((p) => p.x)).toEqual([1, 2.5]);
  });
});

describe('datasetLoader', () => {
  const root = mkdtempSync(path.join(tmpdir(), 'sitrep-datasets-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  function fakeContext() {
    const entries = new Map<string, { id: string; data: Record<string, unknown>; digest?: string | number; filePath?: string }>();
    const store = {
      set: (entry: { id: string; data: Record<string, unknown>; digest?: string | number; filePath?: string }) => (entries.set(entry.id, entry), true),
      delete: (id: string) => void entries.delete(id),
      keys: () => [...entries.keys()],
    };
    const logs: string[] = [];
    const context = {
      store,
      parseData: async ({ data }: { data: Record<string, unknown> }) => data,
      generateDigest: (data: string | Record<string, unknown>) => String(typeof data === 'string' ? data.length : 0),
      logger: { info: (m: string) => logs.push(m), error: (m: string) => logs.push(m), warn: (m: string) => logs.push(m) },
      config: { root: pathToFileURL(`${root}/`) },
    };
    return { entries, context, logs };
  }

  it('stores one entry per CSV or JSON file, id from the file name', async () => {
    mkdirSync(path.join(root, 'content/data'), { recursive: true });
    writeFileSync(path.join(root, 'content/data/sahel-attack-fatalities.csv'), sahelCsv);
    writeFileSync(path.join(root, 'content/data/yearly.json'), '[{"year": 2023, "attacks": 4}]');
    writeFileSync(path.join(root, 'content/data/notes.txt'), 'ignored');
    const { entries, context } = fakeContext();
    await datasetLoader({ base: 'content/data' }).load(context as never);
    expect([...entries.keys()]).toEqual(['sahel-attack-fatalities', 'yearly']);
    const entry = entries.get('sahel-attack-fatalities')!;
    expect(entry.filePath).toBe('content/data/sahel-attack-fatalities.csv');
    expect(entry.data).toMatchObject({ format: 'csv', file: 'content/data/sahel-attack-fatalities.csv', columns: ['count', 'attack', 'date', 'killed', 'counted_by', 'source'] });
    expect(entries.get('yearly')!.data).toMatchObject({ format: 'json', rows: [{ year: 2023, attacks: 4 }] });
  });

  it('refuses two files with the same id', async () => {
    const dir = path.join(root, 'twice');
    mkdirSync(dir, { recursive: true });
    writeFileSync(path.join(dir, 'a.csv'), 'x\n1\n');
    writeFileSync(path.join(dir, 'a.json'), '[]');
    const { context } = fakeContext();
    await expect(datasetLoader({ base: dir }).load(context as never)).rejects.toThrow('two files define the dataset "a" (a.csv and a.json)');
  });
});
