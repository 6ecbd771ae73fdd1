/**
 * What an MDX body must not do to readers or to the build host (issue 14, probe 9), checked node
 * by node as ./body.ts walks the tree:
 *  - errors: links and images whose scheme runs code or opens local files (`javascript:`, `data:`,
 *    `vbscript:`, `file:`), whatever the encoding, and `<base>`;
 *  - `RunsCode` warnings, for a reviewer (`sitrep check --strict` fails on them): `<script>`,
 *    frames and embedded objects, inline event handlers, raw HTML injection, `import` of anything
 *    but Sitrep's components, any `export`, and `{…}` expressions that are more than literal data.
 * Markdown and MDX have already decoded character references (`&#106;`, `&#x09;`) when the tree is
 * built, so the checks below see the text a browser would.
 */
import { explain, problem, type Problem } from '../errors.ts';

/** Schemes no briefing needs, which run code, embed content or open a file on the reader's machine. */
export const UNSAFE_SCHEMES = ['javascript', 'data', 'vbscript', 'file'] as const;

/** Elements that run or embed active content in readers' browsers. */
const ACTIVE_ELEMENTS = new Set(['script', 'iframe', 'frame', 'frameset', 'object', 'embed', 'applet']);

/** Attributes that inject raw HTML, bypassing MDX's escaping. */
const RAW_HTML_ATTRIBUTES = new Set(['set:html', 'dangerouslysetinnerhtml']);

/** JSX attributes that carry a URL (React and HTML spellings alike; compared in lowercase). */
const URL_ATTRIBUTES = new Set(['href', 'src', 'srcset', 'action', 'formaction', 'poster', 'cite', 'data', 'xlinkhref', 'xlink:href', 'background', 'ping']);

/** Imports that are Sitrep's own components (the package's `./components/*` export). */
const SITREP_COMPONENT = /^sitrep\/components\/(?!.*\.\.)[\w./-]+$/;

/** The scheme a browser would read in `url` if it is an unsafe one, e.g. "javascript:". */
export function unsafeScheme(url: string): string | undefined {
  // As the URL parser does: leading controls and spaces go, tabs and newlines go everywhere, case is ignored.
  const cleaned = url.replace(/^[\u0000-\u0020]+/, '').replace(/[\t\n\r]/g, '').toLowerCase();
  const scheme = /^([a-z][a-z0-9+.-]*):/.exec(cleaned)?.[1];
  return scheme && (UNSAFE_SCHEMES as readonly string[]).includes(scheme) ? `${scheme}:` : undefined;
}

/** A short, one-line excerpt of what the author wrote, for messages. */
function excerpt(text: string, max = 40): string {
  const line = text.replace(/\s+/g, ' ').trim();
  return JSON.stringify(line.length > max ? `${line.slice(0, max)}…` : line);
}

interface Point {
  line: number;
  column: number;
}

/** The estree nodes this module reads. */
export interface EstreeNode {
  type: string;
  value?: unknown;
  operator?: string;
  argument?: EstreeNode | null;
  elements?: (EstreeNode | null)[];
  properties?: EstreeNode[];
  computed?: boolean;
  key?: EstreeNode;
  expressions?: EstreeNode[];
  expression?: EstreeNode;
  source?: { value?: unknown } | null;
  loc?: { start: { line: number; column: number } };
}

/** The mdast/MDX nodes this module reads. */
export interface SafetyNode {
  type: string;
  name?: string | null;
  url?: string;
  attributes?: { type: string; name?: string; value?: unknown; position?: { start: Point } }[];
  position?: { start: Point };
  data?: { estree?: { body?: EstreeNode[] } };
}

/** Literal data (strings, numbers, arrays and plain objects of them): what chart props need, and runs nothing. */
export function isLiteralData(node: EstreeNode | null | undefined): boolean {
  if (!node) return true;
  switch (node.type) {
    case 'Literal': return true;
    case 'TemplateLiteral': return (node.expressions ?? []).length === 0;
    case 'UnaryExpression': return (node.operator === '-' || node.operator === '+') && node.argument?.type === 'Literal';
    case 'ArrayExpression': return (node.elements ?? []).every((element) => isLiteralData(element));
    case 'ObjectExpression': return (node.properties ?? []).every((p) => p.type === 'Property' && !p.computed && isLiteralData(p.value as EstreeNode));
    default: return false;
  }
}

/** The expression of a `{…}` program: undefined for comments only, null for anything but one expression. */
function soleExpression(body: readonly EstreeNode[] | undefined): EstreeNode | null | undefined {
  if (!body?.length) return undefined;
  return body.length === 1 && body[0]!.type === 'ExpressionStatement' ? body[0]!.expression ?? null : null;
}

/** The problems of one node of the body tree. */
export function checkNodeSafety(node: SafetyNode, file: string): Problem[] {
  const at = (point: Point | undefined) => ({ file, line: point?.line, column: point?.column });
  const runsCode = (point: Point | undefined, what: string, when: 'build' | 'browser') =>
    problem('RunsCode', { ...at(point), ...explain('RunsCode', [what, when], [when]) });
  const unsafe = (point: Point | undefined, where: string, url: string): Problem[] => {
    const scheme = unsafeScheme(url);
    return scheme ? [problem('UnsafeUrl', { ...at(point), ...explain('UnsafeUrl', [`${where} ${excerpt(url)}`, scheme], []) })] : [];
  };
  const start = node.position?.start;

  switch (node.type) {
    case 'link': return unsafe(start, 'the link to', node.url ?? '');
    case 'image': return unsafe(start, 'the image', node.url ?? '');
    case 'definition': return unsafe(start, 'the link definition', node.url ?? '');
    case 'mdxjsEsm': {
      const found: Problem[] = [];
      for (const statement of node.data?.estree?.body ?? []) {
        const line = statement.loc ? { line: statement.loc.start.line, column: statement.loc.start.column + 1 } : start;
        const source = statement.source?.value;
        if (statement.type === 'ImportDeclaration' && typeof source === 'string' && SITREP_COMPONENT.test(source)) continue;
        found.push(runsCode(line, statement.type === 'ImportDeclaration' ? `the import of ${excerpt(String(source))}` : 'an `export`', 'build'));
      }
      return found;
    }
    case 'mdxFlowExpression':
    case 'mdxTextExpression': {
      const expression = soleExpression(node.data?.estree?.body);
      return expression === undefined || isLiteralData(expression) ? [] : [runsCode(start, 'the expression {…}', 'build')];
    }
    case 'mdxJsxFlowElement':
    case 'mdxJsxTextElement': return checkElement(node, file, runsCode, unsafe);
    default: return [];
  }
}

function checkElement(
  node: SafetyNode,
  file: string,
  runsCode: (point: Point | undefined, what: string, when: 'build' | 'browser') => Problem,
  unsafe: (point: Point | undefined, where: string, url: string) => Problem[],
): Problem[] {
  const found: Problem[] = [];
  const start = node.position?.start;
  const name = node.name ?? '';
  const element = name.toLowerCase();
  // Lowercase names are HTML elements; components render what their own code says.
  const isHtml = /^[a-z]/.test(name) && !name.includes('.');
  if (isHtml && element === 'base') {
    found.push(problem('BaseElement', { file, line: start?.line, column: start?.column, ...explain('BaseElement', [], []) }));
  }
  if (isHtml && ACTIVE_ELEMENTS.has(element)) found.push(runsCode(start, `<${element}>`, 'browser'));
  for (const attribute of node.attributes ?? []) {
    const point = attribute.position?.start ?? start;
    if (attribute.type === 'mdxJsxExpressionAttribute') {
      found.push(runsCode(point, `the spread {…} on <${name}>`, 'build'));
      continue;
    }
    const attr = (attribute.name ?? '').toLowerCase();
    const value = attribute.value;
    const expression = typeof value === 'object' && value !== null
      ? soleExpression((value as SafetyNode).data?.estree?.body) ?? null
      : undefined;
    if (expression !== undefined && !isLiteralData(expression)) {
      found.push(runsCode(point, `the expression in ${attribute.name}={…} on <${name}>`, 'build'));
      continue;
    }
    const text = typeof value === 'string' ? value : typeof expression?.value === 'string' ? expression.value : undefined;
    if (isHtml && /^on/.test(attr)) found.push(runsCode(point, `the ${attr} handler on <${element}>`, 'browser'));
    else if (isHtml && RAW_HTML_ATTRIBUTES.has(attr)) found.push(runsCode(point, `${attribute.name} on <${element}>`, 'browser'));
    else if (isHtml && text !== undefined && URL_ATTRIBUTES.has(attr)) {
      for (const url of attr === 'srcset' ? text.split(',').map((c) => c.trim().split(/\s+/)[0] ?? '') : [text]) {
        found.push(...unsafe(point, `${attribute.name} on <${element}>`, url));
      }
    }
  }
  return found;
}
