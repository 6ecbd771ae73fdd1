/**
 * Chart components written in an MDX body (`<BarChart data="x" x="a" y={["b", "c"]} />`), checked
 * without rendering: the props written as literals are evaluated from the MDX tree, validated with
 * the components' own zod schemas (src/schemas/chart.ts), and the data they name is read through
 * the same parser and column access the components use (src/model/datasets.ts). So `sitrep check`
 * and the build's briefing loader find what the components would throw while rendering, with the
 * briefing, the line of the component and a hint. Pure: the datasets are passed in.
 */
import { SitrepErrors, explain, problem, type Problem } from '../errors.ts';
import { CHART_PROPS_SCHEMAS, checkChartProps, type BarChartProps, type LineChartProps } from '../schemas/chart.ts';
import type { Dataset } from '../schemas/dataset.ts';
import { ChartError, chartErrorWhere } from '../model/datasets.ts';
import { inlineDataset, toBarChartData, toLineChartData } from '../model/dataset-columns.ts';

/** An MDX JSX element as remark-mdx parses it (the parts read here). */
export interface MdxJsxElement {
  name?: string | null;
  attributes?: { type: string; name?: string; value?: unknown }[];
  position?: { start: { line: number; column: number } };
}

/** What is known about the data when checking one briefing's charts. */
export interface ChartCheckContext {
  /** The briefing file, as problems name it. */
  file: string;
  /** Whether the file is a briefing (Timeline and EventMap draw a briefing's events). */
  isBriefing: boolean;
  /** Dataset ids that exist. */
  datasetIds: ReadonlySet<string>;
  /** Parsed datasets by id; an id missing here is unreadable (reported on its own file) or unknown. */
  datasets?: ReadonlyMap<string, Dataset> | undefined;
}

/** Marks a prop whose value is an expression that cannot be evaluated without running the page. */
const DYNAMIC = Symbol('dynamic');

interface EstreeNode {
  type: string;
  [key: string]: unknown;
}

/** The value of a literal JavaScript expression (strings, numbers, booleans, null, arrays, objects), or DYNAMIC. */
export function literalValue(node: EstreeNode | undefined): unknown {
  if (!node) return DYNAMIC;
  switch (node.type) {
    case 'Literal':
      return node.regex || typeof node.bigint === 'string' ? DYNAMIC : node.value;
    case 'TemplateLiteral': {
      const quasis = node.quasis as { value: { cooked: string } }[];
      return (node.expressions as unknown[]).length ? DYNAMIC : quasis.map((q) => q.value.cooked).join('');
    }
    case 'UnaryExpression': {
      const value = literalValue(node.argument as EstreeNode);
      if (typeof value !== 'number') return DYNAMIC;
      return node.operator === '-' ? -value : node.operator === '+' ? value : DYNAMIC;
    }
    case 'Identifier':
      return node.name === 'undefined' ? undefined : DYNAMIC;
    case 'ArrayExpression': {
      const out: unknown[] = [];
      for (const element of node.elements as (EstreeNode | null)[]) {
        const value = element && element.type !== 'SpreadElement' ? literalValue(element) : DYNAMIC;
        if (value === DYNAMIC) return DYNAMIC;
        out.push(value);
      }
      return out;
    }
    case 'ObjectExpression': {
      const out: Record<string, unknown> = {};
      for (const property of node.properties as EstreeNode[]) {
        if (property.type !== 'Property' || property.computed || property.kind !== 'init') return DYNAMIC;
        const key = property.key as EstreeNode;
        const name = key.type === 'Identifier' ? String(key.name) : key.type === 'Literal' ? String(key.value) : undefined;
        const value = literalValue(property.value as EstreeNode);
        if (name === undefined || value === DYNAMIC) return DYNAMIC;
        out[name] = value;
      }
      return out;
    }
    default:
      return DYNAMIC;
  }
}

/**
 * The props of an element as Astro would receive them, or undefined when any prop is an
 * expression that only rendering can evaluate (a spread, a variable, a call): those are left to
 * the components' own checks at render time.
 */
export function literalProps(element: MdxJsxElement): Record<string, unknown> | undefined {
  const props: Record<string, unknown> = {};
  for (const attribute of element.attributes ?? []) {
    if (attribute.type !== 'mdxJsxAttribute' || !attribute.name) return undefined;
    const value = attribute.value;
    if (value === null || value === undefined) props[attribute.name] = true;
    else if (typeof value === 'string') props[attribute.name] = value;
    else {
      const program = (value as { data?: { estree?: { body?: { type: string; expression?: EstreeNode }[] } } }).data?.estree;
      const statement = program?.body?.[0];
      const evaluated = statement?.type === 'ExpressionStatement' ? literalValue(statement.expression) : DYNAMIC;
      if (evaluated === DYNAMIC) return undefined;
      props[attribute.name] = evaluated;
    }
  }
  return props;
}

/** The built-in chart components, by name. */
export type ChartComponent = keyof typeof CHART_PROPS_SCHEMAS;

/** True for the name of a built-in chart component. */
export function isChartComponent(name: string): name is ChartComponent {
  return Object.hasOwn(CHART_PROPS_SCHEMAS, name);
}

/** Every problem the component would raise while rendering, located at the component. */
export function checkChartElement(component: ChartComponent, element: MdxJsxElement, context: ChartCheckContext): Problem[] {
  const at = { file: context.file, line: element.position?.start.line, column: element.position?.start.column };
  if ((component === 'Timeline' || component === 'EventMap') && !context.isBriefing) {
    return [problem('ChartOutsideBriefing', { ...at, field: `<${component}>`, ...explain('ChartOutsideBriefing', [component], [component]) })];
  }
  const props = literalProps(element);
  if (!props) return [];
  const checked = checkChartProps(CHART_PROPS_SCHEMAS[component], props, component);
  if ('problem' in checked) {
    const { prop, message, hint } = checked.problem;
    return [problem('InvalidChartProp', { ...at, field: `<${component}>`, message: `${prop ? `prop "${prop}": ` : ''}${SitrepErrors.InvalidChartProp.message(message)}`, hint })];
  }
  if (component !== 'BarChart' && component !== 'LineChart') return [];
  const chart = checked.data as BarChartProps & LineChartProps;
  const label = chart.data !== undefined ? `<${component} data="${chart.data}">` : `<${component} rows={…}>`;
  let dataset: Dataset | undefined;
  if (chart.rows) dataset = inlineDataset(chart.rows, context.file);
  else if (chart.data !== undefined) {
    if (!context.datasetIds.has(chart.data)) {
      return [problem('MissingDataset', { ...at, ...explain('MissingDataset', [component, chart.data], [chart.data, [...context.datasetIds].sort()]) })];
    }
    dataset = context.datasets?.get(chart.data);
  }
  // An unreadable dataset is reported on its own file.
  if (!dataset) return [];
  try {
    if (component === 'BarChart') toBarChartData(dataset, chart);
    else toLineChartData(dataset, chart);
  } catch (error) {
    if (!(error instanceof ChartError)) throw error;
    const where = chartErrorWhere({ ...error.details, briefing: context.file });
    return [problem(error.details.name, { ...at, field: label, message: `${where ? `${where}: ` : ''}${error.details.message}`, hint: error.details.hint })];
  }
  return [];
}
