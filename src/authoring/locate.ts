/**
 * Where a field of a briefing's frontmatter is written: maps a field path (zod's
 * `['strategicImpact', 0, 'likelihood']`) to the line and column an author sees in the file, so
 * `npm run check` can say `x.mdx:12:3 strategicImpact[0].likelihood: …`. Pure: text in, positions
 * out. Uses the `yaml` package's document API because it keeps source ranges; the build parses
 * the same text with js-yaml, so the options below match js-yaml's results (dates included).
 */
import { LineCounter, isMap, isPair, isScalar, isSeq, parseDocument, type Document } from 'yaml';
import { explain } from '../errors.ts';

/** A field path as zod reports it. */
export type FieldPath = readonly PropertyKey[];

/** A 1-based position in a file. */
export interface Position {
  line: number;
  column: number;
}

/** A file split into its YAML frontmatter and its body, with positions kept. */
export interface SplitFile {
  /** The YAML text: everything after the opening `---` up to the closing fence. */
  yaml: string;
  /** Lines of the file before the YAML text's first line: file line = YAML line + lineOffset. */
  lineOffset: number;
  /** The whole file with the frontmatter blanked to its newlines, so body positions are file positions. */
  body: string;
}

// The same fences Astro recognises (`@astrojs/internal-helpers/frontmatter`), so check and build
// agree on where the frontmatter ends.
const FRONTMATTER = /(?:^\uFEFF?|^\s*\n)---([\s\S]*?\n)---/;

/** Splits an MDX file into frontmatter and body; undefined when it has no `---` fenced frontmatter. */
export function splitFrontmatter(text: string): SplitFile | undefined {
  const match = FRONTMATTER.exec(text);
  if (!match) return undefined;
  const yaml = match[1]!;
  const yamlStart = match.index + match[0].length - 3 - yaml.length;
  const lineOffset = countLines(text.slice(0, yamlStart));
  const end = match.index + match[0].length;
  const blank = text.slice(0, end).replace(/[^\r\n]/g, '');
  return { yaml, lineOffset, body: blank + text.slice(end) };
}

function countLines(text: string): number {
  let n = 0;
  for (const ch of text) if (ch === '\n') n++;
  return n;
}

/** A YAML syntax error at a file position. */
export interface YamlError extends Position {
  /** The `yaml` package's error code (`BAD_INDENT`, `DUPLICATE_KEY`…). */
  code: string;
  /** What went wrong, in one line, without the code frame. */
  message: string;
}

/** Parsed YAML with what is needed to locate its fields. */
export interface ParsedYaml {
  doc: Document;
  lineCounter: LineCounter;
  lineOffset: number;
  /** The data as plain JavaScript (dates as `Date`), or undefined when there are syntax errors. */
  data: unknown;
  errors: YamlError[];
}

/**
 * Parses YAML as the build's js-yaml does: YAML 1.2 core schema plus timestamps, so
 * `published: 2024-10-10` is a Date in both; duplicate keys are errors in both.
 */
export function parseYaml(text: string, lineOffset = 0): ParsedYaml {
  const lineCounter = new LineCounter();
  const deep = tooDeep(text);
  if (deep) {
    // Parsers recurse once per level: thousands of levels would overflow the stack.
    const doc = parseDocument('', { lineCounter });
    return { doc, lineCounter, lineOffset, data: undefined, errors: [{ code: 'TOO_DEEP', line: deep.line + lineOffset, column: deep.column, message: explain('YamlTooDeep', [MAX_YAML_DEPTH], []).message }] };
  }
  const doc = parseDocument(text, { lineCounter, customTags: ['timestamp'], prettyErrors: true, uniqueKeys: true });
  const errors: YamlError[] = doc.errors.map((error) => {
    const at = error.linePos?.[0] ?? lineCounter.linePos(error.pos[0]);
    return {
      code: error.code,
      line: at.line + lineOffset,
      column: at.col,
      message: firstLine(error.message),
    };
  });
  let data: unknown;
  if (!errors.length) {
    try {
      data = doc.toJS({ maxAliasCount: 100 });
    } catch (error) {
      errors.push({ code: 'INVALID', line: lineOffset + 1, column: 1, message: firstLine(String((error as Error).message)) });
    }
  }
  return { doc, lineCounter, lineOffset, data, errors };
}

/** The deepest nesting content may have: no field of the content model comes near it. */
export const MAX_YAML_DEPTH = 64;

/**
 * Where the YAML first nests deeper than MAX_YAML_DEPTH, counting flow brackets (`[`, `{`) and
 * block indentation levels (including `- ` item markers); undefined when it never does. A cheap
 * scan of the text, so that no recursive parser sees such a document.
 */
export function tooDeep(text: string, limit = MAX_YAML_DEPTH): Position | undefined {
  const indents: number[] = [];
  let flow = 0;
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const content = line.trimStart();
    if (flow === 0 && content && !content.startsWith('#')) {
      let indent = line.length - content.length;
      while (indents.length && indents.at(-1)! >= indent) indents.pop();
      indents.push(indent);
      // `- - - x`: each marker opens a level.
      for (let rest = content; /^-(?:\s|$)/.test(rest); rest = rest.slice(1).trimStart()) indents.push(++indent);
      if (indents.length > limit) return { line: i + 1, column: indent + 1 };
    }
    let quote: string | undefined;
    for (let c = 0; c < line.length; c++) {
      const ch = line[c]!;
      if (quote) {
        if (ch === quote) quote = undefined;
      } else if (ch === '"' || ch === "'") quote = ch;
      else if (ch === '#' && (c === 0 || /\s/.test(line[c - 1]!))) break;
      else if (ch === '[' || ch === '{') {
        if (indents.length + ++flow > limit) return { line: i + 1, column: c + 1 };
      } else if ((ch === ']' || ch === '}') && flow > 0) flow--;
    }
  }
  return undefined;
}

/** "Map keys must be unique at line 2, column 1:\n…" → "Map keys must be unique". */
function firstLine(message: string): string {
  return message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '').trim();
}

/** `['strategicImpact', 0, 'likelihood']` → `strategicImpact[0].likelihood`. */
export function formatPath(path: FieldPath): string {
  let out = '';
  for (const segment of path) {
    if (typeof segment === 'number') out += `[${segment}]`;
    else out += out ? `.${String(segment)}` : String(segment);
  }
  return out;
}

/** The location of a field, and whether the field itself was found (false: its nearest written parent). */
export interface FieldLocation extends Position {
  exact: boolean;
}

/**
 * The position of a field: its value, or its key with `target: 'key'` (for unknown fields). A
 * field that is not written (a missing required one) resolves to its nearest written parent.
 */
export function locateField(parsed: ParsedYaml, path: FieldPath, target: 'value' | 'key' = 'value'): FieldLocation {
  const { doc, lineCounter, lineOffset } = parsed;
  const at = (offset: number | undefined, exact: boolean): FieldLocation => {
    const pos = lineCounter.linePos(offset ?? 0);
    return { line: pos.line + lineOffset, column: pos.col, exact };
  };
  let node: unknown = doc.contents;
  let keyNode: unknown;
  let parent: unknown = node;
  if (!node) return { line: lineOffset + 1, column: 1, exact: false };
  for (const segment of path) {
    parent = node;
    if (isMap(node)) {
      const pair = node.items.find((item) => isPair(item) && keyText(item.key) === String(segment));
      if (!pair) return at(rangeStart(parent), false);
      keyNode = pair.key;
      node = pair.value;
      // `title:` with nothing after it: point at the key.
      if (node === null || node === undefined || (isScalar(node) && node.range?.[0] === node.range?.[1])) {
        return at(rangeStart(keyNode), true);
      }
    } else if (isSeq(node) && typeof segment === 'number') {
      const item = node.items[segment];
      if (item === undefined) return at(rangeStart(parent), false);
      keyNode = undefined;
      node = item;
    } else {
      return at(rangeStart(parent), false);
    }
  }
  if (target === 'key' && keyNode) return at(rangeStart(keyNode), true);
  return at(rangeStart(node), true);
}

function keyText(key: unknown): string {
  return isScalar(key) ? String(key.value) : String(key);
}

function rangeStart(node: unknown): number | undefined {
  const range = (node as { range?: [number, number, number] } | null)?.range;
  return range?.[0];
}

/** A scalar written in the YAML, with its path and position: for checks on the text as written. */
export interface WrittenScalar extends Position {
  path: PropertyKey[];
  /** The text as written (without quotes). */
  source: string;
  value: unknown;
}

/** Every scalar value of the document with its path, in document order. */
export function writtenScalars(parsed: ParsedYaml): WrittenScalar[] {
  const out: WrittenScalar[] = [];
  const walk = (node: unknown, path: PropertyKey[]) => {
    if (isMap(node)) {
      for (const pair of node.items) if (isPair(pair)) walk(pair.value, [...path, keyText(pair.key)]);
    } else if (isSeq(node)) {
      node.items.forEach((item, index) => walk(item, [...path, index]));
    } else if (isScalar(node)) {
      const pos = parsed.lineCounter.linePos(node.range?.[0] ?? 0);
      out.push({ path, source: node.source ?? String(node.value), value: node.value, line: pos.line + parsed.lineOffset, column: pos.col });
    }
  };
  walk(parsed.doc.contents, []);
  return out;
}
