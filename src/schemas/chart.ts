/**
 * Props of the chart components authors write in MDX (`<BarChart data="x" x="a" y="b" />`),
 * validated with `parseChartProps` so a bad prop fails the build with the briefing file, the
 * component, the prop and a hint rather than a stack trace (Starlight's parseWithFriendlyErrors).
 */
import { z } from 'astro/zod';
import { format as d3Format } from 'd3-format';
import { ChartError } from '../model/datasets.ts';
import { SitrepErrors, explain } from '../errors.ts';
import { closest } from './briefing.ts';
import { countryCodeSchema, issueDetail, received, textSchema } from './common.ts';
import { datasetCellSchema } from './dataset.ts';

const text = (what: string) => textSchema(`${what} as text in quotes`);
const flag = z.boolean({ error: (iss) => `expected {true} or {false}; got ${received(iss.input)}` });

/** Props every figure takes: its caption, source line, and accessible title/description. */
const figureProps = {
  /** Caption after "Figure N.". */
  caption: text('a caption').optional(),
  /** Source line ("Source: …"); the Timeline and EventMap derive one from the events' citations. */
  source: text('a source line').optional(),
  /** Accessible name of the chart (the SVG's <title>); defaults to the caption. */
  title: text('a title').optional(),
  /** Longer text alternative (the SVG's <desc>); generated from the data when absent. */
  description: text('a description').optional(),
};

/** A d3-format specifier such as `,d` or `.1%`. */
const formatSchema = z.string({ error: (iss) => `expected a number format such as ",d" or ".1%"; got ${received(iss.input)}` }).superRefine((value, ctx) => {
  try {
    d3Format(value);
  } catch {
    ctx.addIssue({ code: 'custom', input: value, message: `expected a d3-format specifier such as ",d", ".1f" or ".0%"; got ${received(value)}` });
  }
});

const column = (role: string) => z.string({ error: (iss) => (iss.input === undefined ? `missing: name the column for ${role}` : `expected a column name for ${role}; got ${received(iss.input)}`) }).min(1);
const columns = (role: string) => z.union([column(role), z.array(column(role)).min(1)], { error: (iss) => `expected a column name, or a list like {["a", "b"]}, for ${role}; got ${received(iss.input)}` });

/** Where the numbers come from: a dataset id, or rows written inline. */
const dataProps = {
  /** Dataset id: `content/data/<id>.csv` or `.json`. */
  data: z.string({ error: (iss) => `expected a dataset id such as "sahel-attack-fatalities"; got ${received(iss.input)}` }).min(1).optional(),
  /** Inline rows instead of a dataset: `rows={[{ year: 2023, attacks: 12 }, …]}`. */
  rows: z.array(z.record(z.string(), datasetCellSchema), { error: (iss) => `expected a list of row objects like {[{ year: 2023, attacks: 12 }]}; got ${received(iss.input)}` }).min(1, { error: 'expected at least one row' }).optional(),
  /** Series names for the legend, in the order of `y` (default: the column names). */
  labels: z.array(text('a series name')).optional(),
};

function oneSource(props: { data?: string | undefined; rows?: unknown[] | undefined }, ctx: z.RefinementCtx) {
  if ((props.data === undefined) === (props.rows === undefined)) {
    ctx.addIssue({
      code: 'custom',
      path: [props.data === undefined ? 'data' : 'rows'],
      input: undefined,
      message: props.data === undefined ? 'missing: the chart needs data="dataset-id" or rows={[…]}' : 'give data="…" or rows={[…]}, not both',
    });
  }
}

function labelsMatch(props: { y: string | string[]; labels?: string[] | undefined }, ctx: z.RefinementCtx) {
  const count = Array.isArray(props.y) ? props.y.length : 1;
  if (props.labels && props.labels.length !== count) {
    ctx.addIssue({ code: 'custom', path: ['labels'], input: props.labels, message: `expected ${count} label${count === 1 ? '' : 's'} (one per y column); got ${props.labels.length}` });
  }
}

/** `<BarChart>`: categories from column `x`, bar lengths from column(s) `y`. */
export const barChartPropsSchema = z.strictObject({
  ...dataProps,
  ...figureProps,
  /** Column with the category names. */
  x: column('the categories (x="…")'),
  /** Column(s) with the values; several make grouped bars. */
  y: columns('the values (y="…")'),
  /** `vertical` columns or `horizontal` bars (better for long category names). */
  orientation: z.enum(['vertical', 'horizontal'], { error: (iss) => `expected "vertical" or "horizontal"; got ${received(iss.input)}` }).default('vertical'),
  /** Write each value at the end of its bar. */
  valueLabels: flag.default(false),
  /** d3-format specifier for values. */
  format: formatSchema.optional(),
  /** Title of the value axis. */
  valueLabel: text('an axis title').optional(),
}).superRefine(oneSource).superRefine(labelsMatch);
export type BarChartProps = z.input<typeof barChartPropsSchema>;

/** `<LineChart>`: x from a date or number column, one line per `y` column. */
export const lineChartPropsSchema = z.strictObject({
  ...dataProps,
  ...figureProps,
  /** Column with dates (YYYY-MM-DD, YYYY-MM or YYYY) or numbers. */
  x: column('the x axis (x="…")'),
  /** Column(s) with the values: one line each. */
  y: columns('the values (y="…")'),
  /** d3-format specifier for values. */
  format: formatSchema.optional(),
  /** Axis titles. */
  xLabel: text('an axis title').optional(),
  yLabel: text('an axis title').optional(),
  /** Start the value axis at zero (default true; false for values far from zero). */
  zero: flag.default(true),
  /** Draw a marker at each value (default: when series are short). */
  markers: flag.optional(),
}).superRefine(oneSource).superRefine(labelsMatch);
export type LineChartProps = z.input<typeof lineChartPropsSchema>;

/** `<Timeline />`: the briefing's events; every prop optional. */
export const timelinePropsSchema = z.strictObject({ ...figureProps });
export type TimelineProps = z.input<typeof timelinePropsSchema>;

/** `<EventMap />`: the briefing's located events and countries; every prop optional. */
export const eventMapPropsSchema = z.strictObject({
  ...figureProps,
  /** Countries to highlight instead of the briefing's `countries`. */
  countries: z.array(countryCodeSchema).optional(),
  /** Show the small locator globe (default true). */
  inset: flag.optional(),
  /** Show the scale bar (default true). */
  scaleBar: flag.optional(),
});
export type EventMapProps = z.input<typeof eventMapPropsSchema>;

/** The prop names of a component schema, for "did you mean" hints. */
function propNames(schema: z.ZodType): string[] {
  const shape = (schema as unknown as { shape?: Record<string, unknown>; def?: { in?: { shape?: Record<string, unknown> } } }).shape;
  if (shape) return Object.keys(shape);
  // A refined object keeps its shape on the inner type.
  const inner = (schema as unknown as { _zod?: { def?: { shape?: Record<string, unknown> } } })._zod?.def?.shape;
  return inner ? Object.keys(inner) : [];
}

/** Hints per prop, for the common mistakes. */
const PROP_HINTS: Record<string, string> = {
  data: 'write data="dataset-id" for content/data/dataset-id.csv, or pass rows={[…]} instead.',
  rows: 'write rows={[{ year: 2023, attacks: 12 }, { year: 2024, attacks: 20 }]}, or use data="dataset-id".',
  x: 'name a column of the dataset, e.g. x="attack".',
  y: 'name a column, e.g. y="fatalities", or several: y={["mali", "burkina-faso"]}.',
  orientation: 'write orientation="horizontal" or leave it out for vertical columns.',
  format: 'see d3-format: ",d" for whole numbers with separators, ".1f" for one decimal, ".0%" for percentages.',
  countries: 'use ISO 3166-1 alpha-2 codes in capitals, e.g. countries={["ML", "BF"]}.',
  labels: 'give one name per y column, in the same order.',
};

/** The first problem with a component's props: the prop (with its path), what is wrong, what to do. */
export interface ChartPropsProblem {
  prop?: string | undefined;
  message: string;
  hint: string;
}

/** Props that are written as `{undefined}` are dropped so that defaults apply, as Astro does. */
function definedProps(props: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(props).filter(([, v]) => v !== undefined));
}

/**
 * Validates a component's props: the parsed props, or the first problem. Used by the components
 * at render time (`parseChartProps`) and by `sitrep check` and the briefing loader on the props
 * written in MDX (src/authoring/mdx-charts.ts): one rule set.
 */
export function checkChartProps<S extends z.ZodType>(schema: S, props: Record<string, unknown>, component: string): { data: z.output<S> } | { problem: ChartPropsProblem } {
  const result = schema.safeParse(definedProps(props));
  if (result.success) return { data: result.data };
  const issue = result.error.issues[0]!;
  const names = propNames(schema);
  let prop = issue.path.length ? String(issue.path[0]) : undefined;
  let message = issue.message;
  // A shared field schema's own hint (country codes…) is more specific than the per-prop one.
  let hint = issueDetail(issue).hint ?? (prop ? PROP_HINTS[prop] : undefined);
  if (issue.code === 'unrecognized_keys') {
    const key = issue.keys[0]!;
    prop = key;
    message = `unknown prop${issue.keys.length > 1 ? `s ${issue.keys.map((k) => `"${k}"`).join(', ')}` : ''}`;
    hint = SitrepErrors.InvalidChartProp.hint(component, names, closest(key, names));
  }
  const path = issue.path.slice(1).map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`)).join('');
  return {
    problem: {
      prop: prop ? `${prop}${path}` : undefined,
      message,
      hint: hint ?? SitrepErrors.InvalidChartProp.hint(component, names),
    },
  };
}

/**
 * Validates a component's props; on failure throws a ChartError whose message names the briefing
 * file, the component, the prop and a hint, e.g.
 * `content/briefings/s.mdx: <BarChart>: prop "orientation": expected "vertical" or "horizontal"; got "sideways". Hint: …`.
 */
export function parseChartProps<S extends z.ZodType>(schema: S, props: Record<string, unknown>, context: { component: string; briefing?: string | undefined }): z.output<S> {
  const checked = checkChartProps(schema, props, context.component);
  if ('data' in checked) return checked.data;
  const { prop, message, hint } = checked.problem;
  throw new ChartError({
    briefing: context.briefing,
    file: context.briefing,
    component: `<${context.component}>`,
    prop,
    ...explain('InvalidChartProp', [message], [context.component, []]),
    hint,
  });
}

/** The props schema of each built-in chart component, by component name. */
export const CHART_PROPS_SCHEMAS = {
  BarChart: barChartPropsSchema,
  LineChart: lineChartPropsSchema,
  Timeline: timelinePropsSchema,
  EventMap: eventMapPropsSchema,
} as const;
