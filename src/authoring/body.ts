/**
 * The body check: parses a briefing's or page's MDX as the build does (MDX + GFM) and walks the
 * tree for syntax errors, components that are neither known nor imported, chart props, datasets
 * and columns (./mdx-charts.ts), citation labels that name no source, and content that harms
 * readers or runs code (./body-safety.ts). Pure: the caller passes
 * what exists in content/. Used by ./validate.ts, for `sitrep check` and the build alike.
 */
import { createProcessor } from '@mdx-js/mdx';
import remarkGfm from 'remark-gfm';
import { visit } from 'unist-util-visit';
import { closest } from '../schemas/briefing.ts';
import type { Dataset } from '../schemas/dataset.ts';
import { findCitations, locate } from '../markdown/citations.ts';
import { explain, problem, type Problem } from '../errors.ts';
import { checkChartElement, isChartComponent } from './mdx-charts.ts';
import { checkNodeSafety, type SafetyNode } from './body-safety.ts';

/** Components a briefing's MDX body may use without importing them. Keep in step with src/components/mdx-components.ts. */
export const KNOWN_COMPONENTS = ['Timeline', 'EventMap', 'BarChart', 'LineChart'] as const;

/** Ids that exist in content/: the other collections and the datasets. */
export interface KnownContent {
  authors: ReadonlySet<string>;
  regions: ReadonlySet<string>;
  actors: ReadonlySet<string>;
  datasets: ReadonlySet<string>;
  /** The datasets that parsed, by id, for checking chart columns; without it only ids are checked. */
  datasetData?: ReadonlyMap<string, Dataset> | undefined;
}

/** What the body check found: problems, and the citation labels used (for the lint). */
export interface BodyCheck {
  problems: Problem[];
  citations: string[];
}

interface JsxNode {
  type: string;
  name?: string | null;
  attributes?: { type: string; name?: string; value?: unknown }[];
  value?: string;
  label?: string | null;
  identifier?: string;
  position?: { start: { line: number; column: number } };
  data?: { estree?: { body?: EstreeStatement[] } };
}

interface EstreeStatement {
  type: string;
  specifiers?: { local?: { name?: string } }[];
  declaration?: { id?: { name?: string } | null; declarations?: { id?: { name?: string } }[] } | null;
}

/** What the body check needs besides the text. */
export interface BodyContext {
  known: KnownContent;
  /** The briefing's source ids; undefined for pages (no sources) and briefings without frontmatter. */
  sourceIds: readonly string[] | undefined;
  /** A briefing, where <Timeline /> and <EventMap /> have events to draw; false for pages. */
  isBriefing: boolean;
}

let processor: ReturnType<typeof createProcessor> | undefined;

/** The MDX parser with GFM, as the build's @astrojs/mdx configures it. */
function mdxProcessor(): ReturnType<typeof createProcessor> {
  return (processor ??= createProcessor({ format: 'mdx', remarkPlugins: [remarkGfm] }));
}

/**
 * Parses the body as the build does (MDX + GFM) and walks it: syntax errors, components that
 * are neither known nor imported, datasets that do not exist, and `[^label]` citations that are
 * neither a source id (`sourceIds`; undefined for pages, which have no sources) nor a footnote
 * defined in the body. `body` must keep the file's line numbers.
 */
export async function checkBody(body: string, file: string, context: BodyContext): Promise<BodyCheck> {
  let tree: unknown;
  try {
    // Parsing is where MDX finds syntax errors; the tree is all the checks below need.
    tree = mdxProcessor().parse({ value: body, path: file });
  } catch (error) {
    return { problems: [mdxProblem(error, file)], citations: [] };
  }
  const problems: Problem[] = [];
  const citations: string[] = [];
  const local = new Set<string>();
  const elements: JsxNode[] = [];
  visit(tree as never, (node: JsxNode) => {
    problems.push(...checkNodeSafety(node as SafetyNode, file));
    if (node.type === 'mdxjsEsm') {
      for (const statement of node.data?.estree?.body ?? []) {
        for (const specifier of statement.specifiers ?? []) if (specifier.local?.name) local.add(specifier.local.name);
        const declaration = statement.declaration;
        if (declaration?.id?.name) local.add(declaration.id.name);
        for (const d of declaration?.declarations ?? []) if (d.id?.name) local.add(d.id.name);
      }
    } else if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') {
      elements.push(node);
    } else if (node.type === 'footnoteReference') {
      citations.push(node.label ?? node.identifier ?? '');
    } else if (node.type === 'text' && context.sourceIds && node.value && node.position) {
      for (const match of findCitations(node.value)) {
        citations.push(match.label);
        if (context.sourceIds.includes(match.label)) continue;
        const at = locate(node.value, match.index, node.position.start);
        problems.push(problem('UnknownCitation', { file, line: at.line, column: at.column, ...explain('UnknownCitation', [match.label], [match.label, [...new Set(context.sourceIds)]]) }));
      }
    }
  });
  for (const element of elements) {
    const name = element.name;
    if (!name) continue;
    const root = name.split(/[.:]/)[0]!;
    // Lowercase names are HTML elements; member expressions resolve through their root.
    if (/^[a-z]/.test(name) && !name.includes('.')) continue;
    const at = element.position?.start;
    if (!(KNOWN_COMPONENTS as readonly string[]).includes(root) && !local.has(root)) {
      problems.push(problem('UnknownComponent', { file, line: at?.line, column: at?.column, ...explain('UnknownComponent', [name], [closest(name, KNOWN_COMPONENTS), KNOWN_COMPONENTS]) }));
      continue;
    }
    // A component the file imports under a built-in name is its own business.
    if (!isChartComponent(name) || local.has(name)) continue;
    problems.push(...checkChartElement(name, element, {
      file, isBriefing: context.isBriefing, datasetIds: context.known.datasets, datasets: context.known.datasetData,
    }));
  }
  return { problems, citations };
}

function mdxProblem(error: unknown, file: string): Problem {
  const e = error as { reason?: string; message?: string; line?: number; column?: number; source?: string; cause?: { message?: string } };
  const reason = e.reason ?? e.message ?? String(error);
  const cause = e.cause?.message && !reason.includes(e.cause.message) ? ` (${e.cause.message.replace(/\s*\(\d+:\d+\)$/, '')})` : '';
  return problem('MdxSyntax', { file, line: e.line ?? undefined, column: e.column ?? undefined, ...explain('MdxSyntax', [`${reason}${cause}`], [e.source, reason]) });
}

