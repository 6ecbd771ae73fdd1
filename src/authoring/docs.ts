/**
 * The frontmatter reference of README.md, generated (see ./docs-command.ts for `sitrep docs`).
 * Types, required fields, defaults, limits and allowed values come from the zod schemas
 * (`z.toJSONSchema`); descriptions come from the schemas' own doc comments (or a `.describe()`),
 * with a small table below for the few inline fields that have none. So the reference cannot
 * drift from what the build accepts.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { z } from 'astro/zod';
import { briefingSchema } from '../schemas/briefing.ts';
import { actorSchema } from '../schemas/actor.ts';
import { authorSchema } from '../schemas/author.ts';
import { regionSchema } from '../schemas/region.ts';
import { countryCodeSchema, dateSchema, httpUrlSchema } from '../schemas/common.ts';
import { LINT_RULES, LINT_RULE_DESCRIPTIONS } from './lint.ts';

/** Sitrep's own sources, whose doc comments describe the fields. */
const packageRoot = fileURLToPath(new URL('../..', import.meta.url));
export const START = '<!-- frontmatter-reference:start -->';
export const END = '<!-- frontmatter-reference:end -->';

/** Descriptions for fields declared inline without a doc comment, keyed by field path. */
const FALLBACK_DESCRIPTIONS: Record<string, string> = {
  'historicalContext[].place.name': 'Place name as readers know it ("Bamako").',
  'historicalContext[].place.country': 'ISO alpha-2 code of the country it is in.',
  'historicalContext[].place.lat': 'Latitude in decimal degrees; with `lon`, puts the event on the locator map.',
  'historicalContext[].place.lon': 'Longitude in decimal degrees; with `lat`.',
  'card.title': 'Title on the social card, if the headline is too long for it.',
  'card.description': 'Text on the social card instead of the overview.',
};

/** Headings for the nested objects, keyed by field path. */
const OBJECT_NAMES: Record<string, string> = {
  'intel[]': 'An intel finding',
  'historicalContext[]': 'An event',
  'historicalContext[].place': 'A place',
  'strategicImpact[]': 'A key judgement',
  'sources[]': 'A source',
  'corrections[]': 'A correction',
  card: 'The social card',
  lint: 'Lint settings',
};

interface JsonSchema {
  type?: string;
  format?: string;
  pattern?: string;
  enum?: unknown[];
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  minItems?: number;
  maxItems?: number;
  default?: unknown;
  description?: string;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  anyOf?: JsonSchema[];
}

const SLUG_PATTERN = '^[a-z0-9]+(?:-[a-z0-9]+)*$';

/** JSON Schema of what authors write (`io: 'input'`), with the shared field types marked. */
function inputSchema(schema: z.ZodType): JsonSchema {
  return z.toJSONSchema(schema, {
    io: 'input',
    unrepresentable: 'any',
    override: (ctx) => {
      const s = ctx.zodSchema as unknown;
      if (s === dateSchema) ctx.jsonSchema.format = 'sitrep-date';
      else if (s === httpUrlSchema) ctx.jsonSchema.format = 'sitrep-url';
      else if (s === countryCodeSchema) ctx.jsonSchema.format = 'sitrep-country';
    },
  }) as JsonSchema;
}

/** An object literal passed to `z.object`/`z.strictObject` in a schema module, with its fields' doc comments. */
interface DocumentedObject {
  file: string;
  keys: string[];
  docs: Record<string, string>;
}

/** Reads the doc comments of every schema object in src/schemas/ (the comments are the documentation). */
export function schemaDocComments(dir = path.join(packageRoot, 'src/schemas')): DocumentedObject[] {
  const objects: DocumentedObject[] = [];
  for (const name of readdirSync(dir).filter((f) => f.endsWith('.ts')).sort()) {
    const text = readFileSync(path.join(dir, name), 'utf8');
    const source = ts.createSourceFile(name, text, ts.ScriptTarget.Latest, true);
    const visit = (node: ts.Node) => {
      if (ts.isCallExpression(node) && /(?:^|\.)(?:strictObject|object|looseObject)$/.test(node.expression.getText(source))) {
        const literal = node.arguments[0];
        if (literal && ts.isObjectLiteralExpression(literal)) {
          const keys: string[] = [];
          const docs: Record<string, string> = {};
          for (const prop of literal.properties) {
            if (!ts.isPropertyAssignment(prop) || !prop.name) continue;
            const key = prop.name.getText(source).replace(/^['"]|['"]$/g, '');
            keys.push(key);
            const doc = docComment(text, prop.getFullStart());
            if (doc) docs[key] = doc;
          }
          objects.push({ file: name, keys, docs });
        }
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return objects;
}

function docComment(text: string, position: number): string | undefined {
  const ranges = ts.getLeadingCommentRanges(text, position) ?? [];
  const last = ranges.filter((r) => text.slice(r.pos, r.pos + 3) === '/**').at(-1);
  if (!last) return undefined;
  return text.slice(last.pos + 3, last.end - 2)
    .split('\n')
    .map((line) => line.replace(/^\s*\*\s?/, '').trim())
    .filter(Boolean)
    .join(' ');
}

/** The schema object in the source whose fields are exactly `keys`; ties go to `preferFile`. */
function findDocs(objects: readonly DocumentedObject[], keys: readonly string[], preferFile?: string): DocumentedObject | undefined {
  const same = (a: readonly string[]) => a.length === keys.length && a.every((k) => keys.includes(k));
  const matches = objects.filter((o) => same(o.keys));
  return matches.find((o) => o.file === preferFile) ?? matches[0];
}

/** A nested object that gets a table of its own. */
interface Section {
  path: string;
  node: JsonSchema;
  file?: string | undefined;
}

/** Renders the reference (the text between the markers). */
export function renderReference(): string {
  const objects = schemaDocComments();
  const out: string[] = [
    '<!-- Generated by `npm run docs` from the zod schemas in src/schemas/: edit the schemas, not this section. -->',
    '',
    '### Briefing frontmatter (`content/briefings/<slug>.mdx`)',
    '',
  ];
  const table = (section: Section) => {
    const queue: Section[] = [];
    const keys = Object.keys(section.node.properties ?? {});
    const found = findDocs(objects, keys, section.file);
    out.push('| field | type | required | description |', '|---|---|---|---|');
    for (const key of keys) {
      const field = section.node.properties![key]!;
      const fieldPath = section.path ? `${section.path}.${key}` : key;
      const description = field.description ?? found?.docs[key] ?? FALLBACK_DESCRIPTIONS[fieldPath] ?? '';
      const required = section.node.required?.includes(key)
        ? 'yes'
        : field.default !== undefined && !(Array.isArray(field.default) && field.default.length === 0)
          ? `no (default \`${JSON.stringify(field.default).replace(/^"|"$/g, '')}\`)`
          : 'no';
      out.push(`| \`${key}\` | ${cell(typeOf(field, fieldPath, queue, found?.file))} | ${required} | ${cell(description)} |`);
    }
    out.push('');
    // Each nested object's table follows its parent's, in field order.
    for (const nested of queue) {
      out.push(`#### ${OBJECT_NAMES[nested.path] ?? 'Fields'} (\`${nested.path}\`)`, '');
      table(nested);
    }
  };
  table({ path: '', node: inputSchema(briefingSchema), file: 'briefing.ts' });
  for (const [title, schema] of [
    ['Author files (`content/authors/<id>.yaml`)', authorSchema],
    ['Region files (`content/regions/<id>.yaml`)', regionSchema],
    ['Actor files (`content/actors/<id>.yaml`)', actorSchema],
  ] as const) {
    out.push(`### ${title}`, '');
    table({ path: '', node: inputSchema(schema) });
  }
  out.push(
    '### Tradecraft lint (`npm run check`)',
    '',
    'Warnings, not errors. Switch a rule off for one briefing with `lint: { disable: [rule] }`.',
    '',
    '| rule | warns about |',
    '|---|---|',
    ...LINT_RULES.map((rule) => `| \`${rule}\` | ${cell(LINT_RULE_DESCRIPTIONS[rule])} |`),
    '',
  );
  return out.join('\n');
}

/** A field's type in words; nested objects are queued for their own table. */
function typeOf(node: JsonSchema, fieldPath: string, queue: Section[], file: string | undefined): string {
  switch (node.format) {
    case 'sitrep-date': return 'date (`YYYY-MM-DD` or ISO datetime)';
    case 'sitrep-url': return 'absolute `http(s)` URL';
    case 'sitrep-country': return 'ISO 3166-1 alpha-2 code';
  }
  if (node.enum) return node.enum.map((v) => `\`${String(v)}\``).join(' | ');
  if (node.anyOf) return node.anyOf.map((n) => (n.properties ? `\`{ ${Object.keys(n.properties).join(', ')} }\`` : typeOf(n, fieldPath, queue, file))).join(' or ');
  switch (node.type) {
    case 'string': {
      if (node.pattern === SLUG_PATTERN) return 'lowercase id';
      const { minLength: min = 0, maxLength: max } = node;
      if (max !== undefined) return min >= 1 ? `text, ${min}–${max} characters` : `text, ≤ ${max} characters`;
      return min > 1 ? `text, ≥ ${min} characters` : 'text';
    }
    case 'boolean': return '`true` or `false`';
    case 'integer': return node.minimum === 0 ? 'whole number ≥ 0' : 'whole number';
    case 'number': return node.minimum !== undefined && node.maximum !== undefined ? `number, ${node.minimum} to ${node.maximum}` : 'number';
    case 'array': {
      const items = node.items ?? {};
      const what = items.properties ? objectRef(items, `${fieldPath}[]`, queue, file) : plural(typeOf(items, `${fieldPath}[]`, queue, file));
      return `list of ${what}${node.minItems ? `, at least ${node.minItems}` : ''}`;
    }
    case 'object': return objectRef(node, fieldPath, queue, file);
  }
  return 'any value';
}

function objectRef(node: JsonSchema, fieldPath: string, queue: Section[], file: string | undefined): string {
  queue.push({ path: fieldPath, node, file });
  return `${(OBJECT_NAMES[fieldPath] ?? 'object').replace(/^(An?|The) /, '').toLowerCase()}${fieldPath.endsWith('[]') ? 's' : ''} (see \`${fieldPath}\` below)`;
}

/** "lowercase id" → "lowercase ids", for "list of …". */
function plural(what: string): string {
  return /(?:id|code|text)$/.test(what) ? `${what}s` : what;
}

export function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
}
