/**
 * Validates one content file's text and returns every problem found, located: the engine of
 * `sitrep check` and of the build's content loaders (src/loaders/content-gate.ts), so both find
 * the same problems with the same names and lines. Pure (no file system, no clock): the caller
 * passes the ids and datasets that exist in content/. A briefing is checked for YAML syntax, the
 * schema (field by field, with the contract's cross-field rules, src/schemas/briefing.ts),
 * impossible dates, MDX syntax, unknown components, chart props, datasets and columns
 * (./mdx-charts.ts) and unknown citation labels (the body check, ./body.ts), and the tradecraft lint.
 */
import { z } from 'astro/zod';
import { closest, createBriefingSchema } from '../schemas/briefing.ts';
import { issueDetail, received } from '../schemas/common.ts';
import { findCitations, locate } from '../markdown/citations.ts';
import { SitrepErrors, explain, problem, type ErrorName, type Problem } from '../errors.ts';
import { lintBriefing } from './lint.ts';
import { formatPath, locateField, parseYaml, splitFrontmatter, writtenScalars, type ParsedYaml } from './locate.ts';
import { checkBody, type KnownContent } from './body.ts';
import { isRecord, iso, list } from '../model/values.ts';

/** Extensions a dataset file may have, in order of preference. */
export const DATASET_EXTENSIONS = ['.csv', '.json'] as const;


/** The options that the schema-level hint falls back to, for a missing field's parent. */
function missingFieldHint(field: string, parent: string): string {
  return `add \`${field}:\` ${parent ? `to \`${parent}\`` : 'to the frontmatter'}.`;
}

/** What a file needs to be validated. */
export interface ValidateOptions {
  /** Path shown in problems (relative to the project root). */
  file: string;
  known: KnownContent;
  /** Run the tradecraft lint (warnings); the build's loader skips it. Default true. */
  lint?: boolean | undefined;
}

/** Validates a briefing (`content/briefings/**\/*.mdx`): every problem in the file. */
export async function validateBriefing(text: string, options: ValidateOptions): Promise<Problem[]> {
  const { file, known } = options;
  const split = splitFrontmatter(text);
  if (!split) {
    const body = await checkBody(text, file, { known, sourceIds: undefined, isBriefing: true });
    return [problem('MissingFrontmatter', { file, line: 1, column: 1, ...explain('MissingFrontmatter', [], []) }), ...body.problems];
  }
  const parsed = parseYaml(split.yaml, split.lineOffset);
  const problems: Problem[] = yamlProblems(parsed, file);
  const data = parsed.data;
  const frontmatter = isRecord(data) ? data : undefined;
  if (!parsed.errors.length && !frontmatter) {
    problems.push(problem('InvalidField', {
      file, line: split.lineOffset + 1, column: 1,
      message: `expected the frontmatter to be fields (title: …, published: …); got ${data === null || data === undefined ? 'nothing' : received(data)}`,
      hint: 'write one `field: value` per line between the --- lines; `npm run new -- "Title"` writes a complete skeleton.',
    }));
  }
  const sourceIds = frontmatter ? sourceIdsOf(frontmatter) : undefined;
  const body = await checkBody(split.body, file, { known, sourceIds, isBriefing: true });
  problems.push(...body.problems);
  if (!frontmatter) return problems;

  const schema = createBriefingSchema({ authors: known.authors, regions: known.regions, actors: known.actors });
  problems.push(...issueProblems(schema, frontmatter, parsed, file));
  problems.push(...impossibleDates(parsed, file));
  if (options.lint === false) return problems;
  for (const finding of lintBriefing({ frontmatter, bodyCitations: body.citations, body: split.body })) {
    const at = finding.path ? locateField(parsed, finding.path) : { line: finding.line, column: finding.column };
    problems.push(problem(finding.rule, {
      file, line: at.line, column: at.column,
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
    return [problem('InvalidField', {
      file, line: 1, column: 1,
      message: `expected fields (name: …); got ${parsed.data === null || parsed.data === undefined ? 'an empty file' : received(parsed.data)}`,
      hint: 'write one `field: value` per line, starting with `name:`.',
    })];
  }
  return issueProblems(schema, parsed.data, parsed, file);
}

/** Validates a standalone MDX page (content/pages/): frontmatter, MDX syntax and components. */
export async function validatePage(text: string, file: string, schema: z.ZodType, known: KnownContent): Promise<Problem[]> {
  const split = splitFrontmatter(text);
  if (!split) return [problem('MissingFrontmatter', { file, line: 1, column: 1, ...explain('MissingFrontmatter', [], [true]) })];
  const parsed = parseYaml(split.yaml, split.lineOffset);
  const problems = yamlProblems(parsed, file);
  if (!parsed.errors.length) problems.push(...issueProblems(schema, isRecord(parsed.data) ? parsed.data : {}, parsed, file));
  problems.push(...(await checkBody(split.body, file, { known, sourceIds: undefined, isBriefing: false })).problems);
  return problems;
}

function yamlProblems(parsed: ParsedYaml, file: string): Problem[] {
  return parsed.errors.map((error) => error.code === 'TOO_DEEP'
    ? problem('YamlTooDeep', { file, line: error.line, column: error.column, message: error.message, hint: SitrepErrors.YamlTooDeep.hint() })
    : problem('YamlSyntax', { file, line: error.line, column: error.column, ...explain('YamlSyntax', [error.message], [error.code]) }));
}

/** Problems of a schema parse, located, each with the catalogue name and hint its schema gave. */
function issueProblems(schema: z.ZodType, data: unknown, parsed: ParsedYaml, file: string): Problem[] {
  const result = schema.safeParse(data);
  if (result.success) return [];
  return result.error.issues.map((issue) => {
    const path = issue.path;
    let target: 'value' | 'key' = 'value';
    let fieldPath: PropertyKey[] = path;
    const detail = issueDetail(issue);
    let name: ErrorName = detail.name ?? 'InvalidField';
    if (issue.code === 'unrecognized_keys') {
      name = 'UnknownField';
      target = 'key';
      fieldPath = [...path, issue.keys[0]!];
    }
    const friendly = friendlyMessage(issue, valueAt(data, path), schema);
    const at = locateField(parsed, fieldPath, target);
    const field = formatPath(issue.code === 'unrecognized_keys' && issue.keys.length > 1 ? path : fieldPath) || undefined;
    return problem(name, {
      file, line: at.line, column: at.column, field, message: friendly.message,
      hint: detail.hint ?? friendly.hint ?? SitrepErrors.InvalidField.hint(field),
    });
  });
}

/**
 * The schema's message, or for zod's generic defaults ("Invalid input…", "Unrecognized key…") one
 * in the house form: what was expected and what was found, with a hint where one helps.
 */
export function friendlyMessage(issue: z.core.$ZodIssue, input: unknown, schema: z.ZodType): { message: string; hint?: string | undefined } {
  if (issue.message.startsWith('expected') || issue.message.startsWith('unknown field')) return { message: issue.message };
  const last = issue.path.at(-1);
  const field = typeof last === 'string' ? last : undefined;
  switch (issue.code) {
    case 'invalid_type':
      if (input === undefined && field) {
        return { message: `missing required field "${field}"`, hint: missingFieldHint(field, formatPath(issue.path.slice(0, -1))) };
      }
      return { message: `expected ${issue.expected === 'string' ? 'text' : issue.expected}; got ${received(input)}` };
    case 'too_small':
      if (issue.origin === 'string') return { message: Number(issue.minimum) <= 1 ? 'expected text; got an empty value' : `expected at least ${issue.minimum} characters; got ${String(input).length}` };
      if (issue.origin === 'array') return { message: `expected at least ${issue.minimum} item${Number(issue.minimum) === 1 ? '' : 's'}; got ${Array.isArray(input) ? input.length : 0}` };
      return { message: `expected ${issue.minimum} or more; got ${received(input)}` };
    case 'too_big':
      if (issue.origin === 'string') return { message: `expected at most ${issue.maximum} characters; got ${String(input).length}` };
      if (issue.origin === 'array') return { message: `expected at most ${issue.maximum} items; got ${Array.isArray(input) ? input.length : 0}` };
      return { message: `expected ${issue.maximum} or less; got ${received(input)}` };
    case 'invalid_value':
      return { message: `expected one of ${issue.values.map((v) => String(v)).join(', ')}; got ${received(input)}` };
    case 'unrecognized_keys': {
      const fields = knownKeysAt(schema, issue.path);
      const keys = issue.keys.map((key) => {
        const near = fields.length ? closest(key, fields) : undefined;
        return near ? `"${key}" (did you mean "${near}"?)` : `"${key}"`;
      });
      return { message: `unknown field${keys.length > 1 ? 's' : ''} ${keys.join(', ')}`, hint: fields.length ? SitrepErrors.UnknownField.hint(fields) : undefined };
    }
    default:
      return { message: issue.message };
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
    return [problem('InvalidDate', { file, line: scalar.line, column: scalar.column, field: formatPath(scalar.path), ...explain('InvalidDate', [written, iso(value)], []) })];
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
