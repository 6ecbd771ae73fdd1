/**
 * Validates one content file's text and returns every problem found, located: the engine of
 * `npm run check`. Pure (no file system, no clock): the caller passes the ids that exist in
 * content/. A briefing is checked for YAML syntax, the schema (field by field, with the
 * contract's cross-field rules even where zod skips them), impossible dates, MDX syntax,
 * unknown components and datasets, unknown citation labels, and the tradecraft lint.
 */
import { compile } from '@mdx-js/mdx';
import remarkGfm from 'remark-gfm';
import { z } from 'astro/zod';
import { visit } from 'unist-util-visit';
import { closest, createBriefingSchema } from '../schemas/briefing.ts';
import { received } from '../schemas/common.ts';
import { findCitations, locate } from '../markdown/citations.ts';
import { SitrepErrors, type Problem } from '../errors.ts';
import { LINT_RULES, lintBriefing } from './lint.ts';
import { formatPath, locateField, parseYaml, splitFrontmatter, writtenScalars, type ParsedYaml } from './locate.ts';
import { isRecord, iso, list, toDate } from '../model/values.ts';

/** Components a briefing's MDX body may use without importing them. Keep in step with src/components/mdx-components.ts. */
export const KNOWN_COMPONENTS = ['Timeline', 'EventMap', 'BarChart', 'LineChart'] as const;

/** Components whose `data="id"` names a dataset file, content/data/<id>.csv or .json. */
export const DATASET_COMPONENTS: readonly string[] = ['BarChart', 'LineChart'];

/** Extensions a dataset file may have, in order of preference. */
export const DATASET_EXTENSIONS = ['.csv', '.json'] as const;

/** Ids that exist in content/: the other collections and the datasets. */
export interface KnownContent {
  authors: ReadonlySet<string>;
  regions: ReadonlySet<string>;
  actors: ReadonlySet<string>;
  datasets: ReadonlySet<string>;
}

/**
 * The problems `npm run check` reports besides those already in `SitrepErrors` (UnknownCitation,
 * UncitedSource, DuplicateSlug): same shape, permanent names. Proposed for the catalogue.
 */
export const AuthoringErrors = {
  MissingFrontmatter: {
    title: 'No frontmatter',
    message: () => 'the file has no frontmatter: it must start with fields between two `---` lines',
    hint: () => 'start the file with its frontmatter; `npm run new -- "Title"` writes a complete skeleton.',
  },
  YamlSyntax: {
    title: 'YAML syntax error',
    message: (detail: string) => `YAML syntax error: ${detail}`,
    hint: (code: string) => YAML_HINTS[code] ?? 'check the indentation (spaces, never tabs) and that every quote and bracket is closed; put text containing ": " or " #" in quotes.',
  },
  InvalidField: {
    title: 'Invalid field',
    message: (detail: string) => detail,
    hint: () => undefined,
  },
  UnknownField: {
    title: 'Unknown field',
    message: (detail: string) => detail,
    hint: () => undefined,
  },
  MissingReference: {
    title: 'Reference to a missing file',
    message: (collection: string, id: string) =>
      `expected the id of a file in content/${collection}/; got "${id}", which has no content/${collection}/${id}.yaml`,
    hint: (collection: string, id: string, known: readonly string[]) =>
      `${known.length ? `use one of ${known.join(', ')}, or ` : ''}create content/${collection}/${id}.yaml.`,
  },
  DuplicateSourceId: {
    title: 'Two sources share an id',
    message: (id: string) => `expected unique source ids; "${id}" is used twice`,
    hint: () => 'give the second source its own id.',
  },
  DateOrder: {
    title: 'Dates out of order',
    message: (published: string, updated: string) => `expected a date on or after published (${published}); got ${updated}`,
    hint: () => '`updated` is the date of the last revision; `published` never changes.',
  },
  InvalidDate: {
    title: 'Impossible date',
    message: (written: string, rolled: string) => `expected a real calendar date; got ${written}, which YAML would silently turn into ${rolled}`,
    hint: () => 'check the day and the month (YYYY-MM-DD).',
  },
  MdxSyntax: {
    title: 'MDX syntax error',
    message: (detail: string) => `MDX syntax error: ${detail}`,
    hint: (source: string | undefined, reason = '') =>
      reason.includes('comment')
        ? 'MDX has no HTML comments: write {/* … */} instead of <!-- … -->.'
        : source?.includes('expression') || source === 'acorn'
        ? 'braces { } hold a JavaScript expression in MDX: balance them, or write a literal brace as \\{.'
        : source?.includes('jsx')
          ? 'close every component and tag (`<Timeline />`, `<b>…</b>`); write a literal < as &lt;.'
          : 'MDX is stricter than Markdown: write a literal <, { or } as &lt;, \\{ or \\}, and comments as {/* … */}.',
  },
  UnknownComponent: {
    title: 'Unknown component',
    message: (name: string) => `unknown component <${name}>`,
    hint: (name: string) => {
      const near = closest(name, KNOWN_COMPONENTS);
      return `${near ? `did you mean <${near}>? ` : ''}Briefings can use ${KNOWN_COMPONENTS.map((c) => `<${c}>`).join(', ')} without importing them; import any other component at the top of the file.`;
    },
  },
  MissingDataset: {
    title: 'Missing dataset',
    message: (component: string, id: string) => `<${component} data="${id}"> names a dataset that does not exist: no content/data/${id}.csv or content/data/${id}.json`,
    hint: (id: string, known: readonly string[]) =>
      `${known.length ? `use one of ${known.join(', ')}, or ` : ''}add the file content/data/${id}.csv (or .json).`,
  },
  InvalidSlug: {
    title: 'File name is not a slug',
    message: (name: string) => `the file name "${name}" is not a valid slug (lowercase letters, digits and hyphens)`,
    hint: (suggestion: string) => `rename it to ${suggestion}; the file name is the briefing's URL.`,
  },
  InvalidDataset: {
    title: 'Unreadable dataset',
    message: (detail: string) => `the dataset is not valid: ${detail}`,
    hint: () => 'a dataset is a CSV file with a header row, or a JSON array of objects.',
  },
  ContentNotFound: {
    title: 'No content folder',
    message: (dir: string) => `the content folder ${dir} does not exist`,
    hint: () => 'run the command from the project root, or point SITREP_CONTENT at a folder with briefings/, authors/ and regions/.',
  },
  MissingPage: {
    title: 'Missing page',
    message: (file: string) => `the site needs ${file}, which does not exist`,
    hint: () => 'create it with a `title` and a `description` in its frontmatter, and the text of the page below.',
  },
  TypeCheck: {
    title: 'Type error',
    message: (detail: string) => detail,
    hint: () => 'fix the code, or run `npx astro check` for the full report.',
  },
} as const;

const YAML_HINTS: Record<string, string> = {
  DUPLICATE_KEY: 'each field may appear once: remove or merge the repeat.',
  TAB_AS_INDENT: 'indent with spaces; YAML does not allow tabs.',
  MISSING_CHAR: 'close the quote or bracket that was opened, or indent list items under their field.',
  BAD_INDENT: 'line the field up with its siblings (same number of spaces) and close any [ or { that was opened.',
  MULTILINE_IMPLICIT_KEY: 'a field name must be on one line; check for a missing `:` or a missing indentation on the previous line.',
  BLOCK_AS_IMPLICIT_KEY: 'check for a missing `-` or `:` on the line before, or quote the text.',
  UNEXPECTED_TOKEN: 'quote text that starts with a special character (@ ` | > * & ! % #) or contains ": ".',
};

/** Builds a Problem with its keys in the documented order, so `--json` output is stable. */
export function problem(fields: Omit<Problem, 'hint' | 'field' | 'line' | 'column' | 'file'> & Partial<Problem>): Problem {
  return {
    name: fields.name,
    severity: fields.severity,
    file: fields.file,
    line: fields.line,
    column: fields.column,
    field: fields.field,
    message: fields.message,
    hint: fields.hint,
  };
}

/** Splits a schema message "expected x; got y. Hint: do z." into message and hint. */
export function splitHint(message: string): { message: string; hint?: string | undefined } {
  const at = message.indexOf(' Hint: ');
  if (at === -1) return { message: message.replace(/\.$/, '') };
  return { message: message.slice(0, at).replace(/\.$/, ''), hint: message.slice(at + ' Hint: '.length) };
}

/** What a file needs to be validated. */
export interface ValidateOptions {
  /** Path shown in problems (relative to the project root). */
  file: string;
  known: KnownContent;
}

/** Validates a briefing (`content/briefings/**\/*.mdx`): every problem in the file. */
export async function validateBriefing(text: string, options: ValidateOptions): Promise<Problem[]> {
  const { file, known } = options;
  const split = splitFrontmatter(text);
  if (!split) {
    const body = await checkBody(text, file, { known, sourceIds: undefined });
    return [
      problem({ name: 'MissingFrontmatter', severity: 'error', file, line: 1, column: 1, message: AuthoringErrors.MissingFrontmatter.message(), hint: AuthoringErrors.MissingFrontmatter.hint() }),
      ...body.problems,
    ];
  }
  const parsed = parseYaml(split.yaml, split.lineOffset);
  const problems: Problem[] = yamlProblems(parsed, file);
  const data = parsed.data;
  const frontmatter = isRecord(data) ? data : undefined;
  if (!parsed.errors.length && !frontmatter) {
    problems.push(problem({
      name: 'InvalidField', severity: 'error', file, line: split.lineOffset + 1, column: 1,
      message: `expected the frontmatter to be fields (title: …, published: …); got ${data === null || data === undefined ? 'nothing' : received(data)}`,
      hint: 'write one `field: value` per line between the --- lines; `npm run new -- "Title"` writes a complete skeleton.',
    }));
  }
  const sourceIds = frontmatter ? sourceIdsOf(frontmatter) : undefined;
  const body = await checkBody(split.body, file, { known, sourceIds });
  problems.push(...body.problems);
  if (!frontmatter) return problems;

  problems.push(...schemaProblems(frontmatter, parsed, file, known));
  problems.push(...impossibleDates(parsed, file));
  for (const finding of lintBriefing({ frontmatter, bodyCitations: body.citations, body: split.body })) {
    const at = finding.path ? locateField(parsed, finding.path) : { line: finding.line, column: finding.column };
    problems.push(problem({
      name: finding.rule, severity: 'warning', file, line: at.line, column: at.column,
      field: finding.path ? formatPath(finding.path) : undefined, message: finding.message, hint: finding.hint,
    }));
  }
  return problems;
}

/** Validates a YAML entry of another collection (an author, region or actor file). */
export function validateYamlEntry(text: string, file: string, schema: z.ZodType): Problem[] {
  const parsed = parseYaml(text);
  const problems = yamlProblems(parsed, file);
  if (parsed.errors.length) return problems;
  if (!isRecord(parsed.data)) {
    return [problem({
      name: 'InvalidField', severity: 'error', file, line: 1, column: 1,
      message: `expected fields (name: …); got ${parsed.data === null || parsed.data === undefined ? 'an empty file' : received(parsed.data)}`,
      hint: 'write one `field: value` per line, starting with `name:`.',
    })];
  }
  return issueProblems(schema, parsed.data, parsed, file, []);
}

/** Validates a standalone MDX page (content/pages/): frontmatter, MDX syntax and components. */
export async function validatePage(text: string, file: string, schema: z.ZodType, known: KnownContent): Promise<Problem[]> {
  const split = splitFrontmatter(text);
  if (!split) {
    return [problem({ name: 'MissingFrontmatter', severity: 'error', file, line: 1, column: 1, message: AuthoringErrors.MissingFrontmatter.message(), hint: 'start the page with `title:` and `description:` between two --- lines.' })];
  }
  const parsed = parseYaml(split.yaml, split.lineOffset);
  const problems = yamlProblems(parsed, file);
  if (!parsed.errors.length) problems.push(...issueProblems(schema, isRecord(parsed.data) ? parsed.data : {}, parsed, file, []));
  problems.push(...(await checkBody(split.body, file, { known, sourceIds: undefined })).problems);
  return problems;
}

function yamlProblems(parsed: ParsedYaml, file: string): Problem[] {
  return parsed.errors.map((error) => problem({
    name: 'YamlSyntax', severity: 'error', file, line: error.line, column: error.column,
    message: AuthoringErrors.YamlSyntax.message(error.message), hint: AuthoringErrors.YamlSyntax.hint(error.code),
  }));
}

/** Schema problems of a briefing's frontmatter, plus the cross-field rules zod skipped. */
function schemaProblems(frontmatter: Record<string, unknown>, parsed: ParsedYaml, file: string, known: KnownContent): Problem[] {
  const schema = createBriefingSchema({ authors: known.authors, regions: known.regions, actors: known.actors });
  const input = frontmatter;
  const problems: Problem[] = [];
  const crossField = crossFieldProblems(frontmatter, known);
  const result = schema.safeParse(input);
  const reported = new Set<string>();
  if (!result.success) {
    for (const p of issuesToProblems(result.error.issues, input, parsed, file, [], schema)) {
      // The schema's own message wins; the cross-field rule gives it its permanent name.
      const rule = p.field !== undefined ? crossField.get(p.field) : undefined;
      if (rule && p.name === 'InvalidField') {
        p.name = rule.name;
        reported.add(p.field!);
      }
      problems.push(p);
    }
  }
  for (const [field, rule] of crossField) {
    if (reported.has(field) || problems.some((p) => p.field === field)) continue;
    const at = locateField(parsed, rule.path);
    problems.push(problem({ name: rule.name, severity: 'error', file, line: at.line, column: at.column, field, message: rule.message, hint: rule.hint }));
  }
  return problems;
}

interface CrossFieldRule {
  name: keyof typeof AuthoringErrors | 'UnknownCitation';
  path: (string | number)[];
  message: string;
  hint: string;
}

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * The contract's cross-field rules, computed on the raw frontmatter: zod runs the schema's own
 * refinements only once the whole object has the right shape, and authors should see every
 * problem in one run. Keyed by field path.
 */
function crossFieldProblems(fm: Record<string, unknown>, known: KnownContent): Map<string, CrossFieldRule> {
  const rules = new Map<string, CrossFieldRule>();
  const add = (rule: CrossFieldRule) => {
    const key = formatPath(rule.path);
    if (!rules.has(key)) rules.set(key, rule);
  };
  const seen = new Set<string>();
  list(fm.sources).forEach((source, i) => {
    if (!isRecord(source) || typeof source.id !== 'string') return;
    if (seen.has(source.id)) add({ name: 'DuplicateSourceId', path: ['sources', i, 'id'], message: AuthoringErrors.DuplicateSourceId.message(source.id), hint: AuthoringErrors.DuplicateSourceId.hint() });
    seen.add(source.id);
  });
  const ids = [...seen];
  for (const key of ['intel', 'historicalContext', 'strategicImpact'] as const) {
    list(fm[key]).forEach((item, i) => {
      if (!isRecord(item)) return;
      list(item.cites).forEach((id, j) => {
        if (typeof id !== 'string' || !SLUG.test(id) || seen.has(id)) return;
        add({
          name: 'UnknownCitation', path: [key, i, 'cites', j],
          message: `expected a source id of this briefing; got "${id}"`,
          hint: `${ids.length ? `use one of ${ids.join(', ')}, or ` : ''}add a source with id "${id}" to \`sources\`.`,
        });
      });
    });
  }
  const published = toDate(fm.published);
  const updated = toDate(fm.updated);
  if (published && updated && updated.getTime() < published.getTime()) {
    add({ name: 'DateOrder', path: ['updated'], message: AuthoringErrors.DateOrder.message(iso(published), iso(updated)), hint: AuthoringErrors.DateOrder.hint() });
  }
  const reference = (collection: 'authors' | 'regions' | 'actors', id: unknown, path: (string | number)[]) => {
    if (typeof id !== 'string' || !SLUG.test(id) || known[collection].has(id)) return;
    add({
      name: 'MissingReference', path,
      message: AuthoringErrors.MissingReference.message(collection, id),
      hint: AuthoringErrors.MissingReference.hint(collection, id, [...known[collection]].sort()),
    });
  };
  for (const collection of ['authors', 'regions', 'actors'] as const) list(fm[collection]).forEach((id, i) => reference(collection, id, [collection, i]));
  list(fm.historicalContext).forEach((event, i) => {
    if (isRecord(event)) list(event.actors).forEach((id, j) => reference('actors', id, ['historicalContext', i, 'actors', j]));
  });
  return rules;
}

/** Problems of a generic schema parse, located. */
function issueProblems(schema: z.ZodType, data: unknown, parsed: ParsedYaml, file: string, base: PropertyKey[]): Problem[] {
  const result = schema.safeParse(data);
  return result.success ? [] : issuesToProblems(result.error.issues, data, parsed, file, base, schema);
}

function issuesToProblems(issues: readonly z.core.$ZodIssue[], data: unknown, parsed: ParsedYaml, file: string, base: PropertyKey[], schema: z.ZodType): Problem[] {
  return issues.map((issue) => {
    const path = [...base, ...issue.path];
    const relative = issue.path;
    let target: 'value' | 'key' = 'value';
    let fieldPath: PropertyKey[] = path;
    let name: string = 'InvalidField';
    if (issue.code === 'unrecognized_keys') {
      name = 'UnknownField';
      target = 'key';
      fieldPath = [...path, issue.keys[0]!];
    }
    const text = friendlyMessage(issue, valueAt(data, relative), schema);
    const { message, hint } = splitHint(text);
    const at = locateField(parsed, fieldPath, target);
    const field = formatPath(issue.code === 'unrecognized_keys' && issue.keys.length > 1 ? path : fieldPath) || undefined;
    return problem({
      name, severity: 'error', file, line: at.line, column: at.column, field, message,
      hint: hint ?? `the frontmatter reference in README.md says what ${field ? `\`${field.replace(/\[\d+\]/g, '[]')}\`` : 'each field'} takes.`,
    });
  });
}

/**
 * The schema's message, or for zod's generic defaults ("Invalid input…", "Unrecognized key…") one
 * in the house form: what was expected, what was found and, after "Hint:", what to do.
 */
export function friendlyMessage(issue: z.core.$ZodIssue, input: unknown, schema: z.ZodType): string {
  if (issue.message.startsWith('expected') || issue.message.startsWith('unknown field')) return issue.message;
  const last = issue.path.at(-1);
  const field = typeof last === 'string' ? last : undefined;
  switch (issue.code) {
    case 'invalid_type':
      if (input === undefined && field) {
        const parent = formatPath(issue.path.slice(0, -1));
        return `missing required field "${field}". Hint: add \`${field}:\` ${parent ? `to \`${parent}\`` : 'to the frontmatter'}.`;
      }
      return `expected ${issue.expected === 'string' ? 'text' : issue.expected}; got ${received(input)}`;
    case 'too_small':
      if (issue.origin === 'string') return Number(issue.minimum) <= 1 ? 'expected text; got an empty value' : `expected at least ${issue.minimum} characters; got ${String(input).length}`;
      if (issue.origin === 'array') return `expected at least ${issue.minimum} item${Number(issue.minimum) === 1 ? '' : 's'}; got ${Array.isArray(input) ? input.length : 0}`;
      return `expected ${issue.minimum} or more; got ${received(input)}`;
    case 'too_big':
      if (issue.origin === 'string') return `expected at most ${issue.maximum} characters; got ${String(input).length}`;
      if (issue.origin === 'array') return `expected at most ${issue.maximum} items; got ${Array.isArray(input) ? input.length : 0}`;
      return `expected ${issue.maximum} or less; got ${received(input)}`;
    case 'invalid_value':
      return `expected one of ${issue.values.map((v) => String(v)).join(', ')}; got ${received(input)}`;
    case 'unrecognized_keys': {
      const fields = knownKeysAt(schema, issue.path);
      const keys = issue.keys.map((key) => {
        const near = fields.length ? closest(key, fields) : undefined;
        return near ? `"${key}" (did you mean "${near}"?)` : `"${key}"`;
      });
      return `unknown field${keys.length > 1 ? 's' : ''} ${keys.join(', ')}${fields.length ? `. Hint: the fields here are ${fields.join(', ')}.` : ''}`;
    }
    default:
      return issue.message;
  }
}

const jsonSchemas = new WeakMap<z.ZodType, JsonSchema>();

interface JsonSchema {
  properties?: Record<string, JsonSchema>;
  items?: JsonSchema;
  anyOf?: JsonSchema[];
}

/** Field names the schema allows at a path, for "did you mean" hints. */
export function knownKeysAt(schema: z.ZodType, path: readonly PropertyKey[]): string[] {
  let json = jsonSchemas.get(schema);
  if (!json) {
    try {
      json = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as JsonSchema;
    } catch {
      json = {};
    }
    jsonSchemas.set(schema, json);
  }
  const object = (node: JsonSchema | undefined): JsonSchema | undefined =>
    node?.properties ? node : node?.anyOf?.map(object).find(Boolean);
  let node: JsonSchema | undefined = json;
  for (const segment of path) {
    if (typeof segment === 'number') node = node?.items ?? node?.anyOf?.find((n) => n.items)?.items;
    else node = object(node)?.properties?.[String(segment)];
  }
  return Object.keys(object(node)?.properties ?? {});
}

/** Calendar dates YAML accepts but that do not exist (2024-02-30 becomes 1 March). */
function impossibleDates(parsed: ParsedYaml, file: string): Problem[] {
  return writtenScalars(parsed).flatMap((scalar) => {
    const written = scalar.source.trim();
    if (!(scalar.value instanceof Date) || !/^\d{4}-\d{1,2}-\d{1,2}$/.test(written)) return [];
    const [y, m, d] = written.split('-').map(Number) as [number, number, number];
    const value = scalar.value;
    if (value.getUTCFullYear() === y && value.getUTCMonth() + 1 === m && value.getUTCDate() === d) return [];
    return [problem({
      name: 'InvalidDate', severity: 'error', file, line: scalar.line, column: scalar.column, field: formatPath(scalar.path),
      message: AuthoringErrors.InvalidDate.message(written, iso(value)), hint: AuthoringErrors.InvalidDate.hint(),
    })];
  });
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

/**
 * Compiles the body as the build does (MDX + GFM) and walks it: syntax errors, components that
 * are neither known nor imported, datasets that do not exist, and `[^label]` citations that are
 * neither a source id (`sourceIds`; undefined for pages, which have no sources) nor a footnote
 * defined in the body. `body` must keep the file's line numbers.
 */
export async function checkBody(body: string, file: string, context: { known: KnownContent; sourceIds: readonly string[] | undefined }): Promise<BodyCheck> {
  let tree: unknown;
  try {
    await compile({ value: body, path: file }, {
      format: 'mdx',
      remarkPlugins: [remarkGfm, () => (root: unknown) => { tree = root; }],
    });
  } catch (error) {
    return { problems: [mdxProblem(error, file)], citations: [] };
  }
  const problems: Problem[] = [];
  const citations: string[] = [];
  const local = new Set<string>();
  const elements: JsxNode[] = [];
  visit(tree as never, (node: JsxNode) => {
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
        problems.push(problem({
          name: 'UnknownCitation', severity: 'error', file, line: at.line, column: at.column,
          message: SitrepErrors.UnknownCitation.message(match.label),
          hint: SitrepErrors.UnknownCitation.hint(match.label, [...new Set(context.sourceIds)]),
        }));
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
      problems.push(problem({
        name: 'UnknownComponent', severity: 'error', file, line: at?.line, column: at?.column,
        message: AuthoringErrors.UnknownComponent.message(name), hint: AuthoringErrors.UnknownComponent.hint(name),
      }));
      continue;
    }
    if (!DATASET_COMPONENTS.includes(name) || local.has(name)) continue;
    const data = element.attributes?.find((a) => a.type === 'mdxJsxAttribute' && a.name === 'data');
    if (data && typeof data.value === 'string' && !context.known.datasets.has(data.value)) {
      problems.push(problem({
        name: 'MissingDataset', severity: 'error', file, line: at?.line, column: at?.column,
        message: AuthoringErrors.MissingDataset.message(name, data.value),
        hint: AuthoringErrors.MissingDataset.hint(data.value, [...context.known.datasets].sort()),
      }));
    }
  }
  return { problems, citations };
}

function mdxProblem(error: unknown, file: string): Problem {
  const e = error as { reason?: string; message?: string; line?: number; column?: number; source?: string; cause?: { message?: string } };
  const reason = e.reason ?? e.message ?? String(error);
  const cause = e.cause?.message && !reason.includes(e.cause.message) ? ` (${e.cause.message.replace(/\s*\(\d+:\d+\)$/, '')})` : '';
  return problem({
    name: 'MdxSyntax', severity: 'error', file, line: e.line ?? undefined, column: e.column ?? undefined,
    message: AuthoringErrors.MdxSyntax.message(`${reason}${cause}`), hint: AuthoringErrors.MdxSyntax.hint(e.source, reason),
  });
}

function sourceIdsOf(fm: Record<string, unknown>): string[] {
  return list(fm.sources).flatMap((s) => (isRecord(s) && typeof s.id === 'string' ? [s.id] : []));
}

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let node: unknown = data;
  for (const segment of path) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<PropertyKey, unknown>)[segment];
  }
  return node;
}
