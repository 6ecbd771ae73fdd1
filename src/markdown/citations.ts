/**
 * Citations: a GFM footnote reference whose label is a source id (`…killed 70.[^f24-bamako]`)
 * becomes a numbered link to that entry of the Sources list, and the list links back to each
 * citation. Authors never write footnote definitions for sources: micromark only parses a
 * footnote reference whose definition exists, so an undefined `[^label]` reaches us as text, and
 * this plugin supplies the meaning from the frontmatter's `sources`. A label that is neither a
 * source id nor a footnote defined in the body stops the build at its file and line.
 */
import path from 'node:path';
import type { Root, Text, Parent, PhrasingContent } from 'mdast';
import type { VFile } from 'vfile';
import { visit, SKIP } from 'unist-util-visit';
import { SitrepError, SitrepErrors } from '../errors.ts';
import { paths } from '../model/paths.ts';

/** The part of a source a citation needs. */
export interface CitableSource {
  id: string;
  title?: string | undefined;
  publisher?: string | undefined;
}

/** A `[^label]` found in a run of text, with its offset in that text. */
export interface CitationMatch {
  label: string;
  index: number;
  length: number;
}

const CITATION = /\[\^([^\]\s]+)\]/g;

/** Finds `[^label]` citations in a string of text (pure; used by the plugin and `npm run check`). */
export function findCitations(text: string): CitationMatch[] {
  return [...text.matchAll(CITATION)].map((m) => ({ label: m[1]!, index: m.index, length: m[0].length }));
}

/** 1-based line and column of `offset` inside `text` that starts at (line, column). */
export function locate(text: string, offset: number, start: { line: number; column: number }) {
  const before = text.slice(0, offset);
  const lines = before.split('\n');
  return lines.length === 1
    ? { line: start.line, column: start.column + offset }
    : { line: start.line + lines.length - 1, column: lines.at(-1)!.length + 1 };
}

/** The number shown for a source: its position in `sources` (1-based). */
export function citationNumber(sources: readonly CitableSource[], id: string): number {
  return sources.findIndex((source) => source.id === id) + 1;
}

/** The mdast node of one citation; remark-rehype turns it into `<sup><a …>n</a></sup>`. */
function citationNode(source: CitableSource, n: number, occurrence: number): PhrasingContent {
  const label = [`Source ${n}`, source.publisher, source.title].filter(Boolean).join(': ');
  return {
    type: 'text',
    value: '',
    data: {
      hName: 'sup',
      hProperties: { className: ['citation'] },
      hChildren: [
        {
          type: 'element',
          tagName: 'a',
          properties: {
            href: `#${paths.sourceAnchor(source.id)}`,
            id: paths.citationAnchor(source.id, occurrence),
            ariaLabel: label,
            dataCitation: source.id,
          },
          children: [{ type: 'text', value: String(n) }],
        },
      ],
    },
  } as unknown as PhrasingContent;
}

function relativeFile(file: VFile): string {
  return file.path ? path.relative(process.cwd(), file.path) : '(unknown file)';
}

/**
 * The remark plugin. Reads `sources` from the frontmatter Astro puts on `file.data.astro`, and
 * records the number of citations per source in that frontmatter as `citations` (exposed to
 * pages as `remarkPluginFrontmatter.citations`) so the Sources list can link back.
 */
export function remarkCitations() {
  return (tree: Root, file: VFile) => {
    const astro = ((file.data as Record<string, any>).astro ??= {});
    const frontmatter: Record<string, unknown> = (astro.frontmatter ??= {});
    const sources: CitableSource[] = Array.isArray(frontmatter.sources)
      ? frontmatter.sources.filter((s): s is CitableSource => !!s && typeof s.id === 'string')
      : [];
    // Only briefings have sources; other MDX (the about page) is left alone.
    if (!Array.isArray(frontmatter.sources)) return;
    const byId = new Map(sources.map((s) => [s.id, s]));
    const counts: Record<string, number> = {};

    visit(tree, 'text', (node: Text, index, parent: Parent | undefined) => {
      if (!parent || index === undefined) return;
      const matches = findCitations(node.value);
      if (!matches.length) return;
      const replacement: PhrasingContent[] = [];
      let cursor = 0;
      for (const match of matches) {
        const source = byId.get(match.label);
        if (!source) {
          const at = node.position ? locate(node.value, match.index, node.position.start) : undefined;
          throw new SitrepError({
            name: 'UnknownCitation',
            file: relativeFile(file),
            line: at?.line,
            column: at?.column,
            message: SitrepErrors.UnknownCitation.message(match.label),
            hint: SitrepErrors.UnknownCitation.hint(match.label, [...byId.keys()]),
          });
        }
        if (match.index > cursor) replacement.push({ type: 'text', value: node.value.slice(cursor, match.index) });
        counts[source.id] = (counts[source.id] ?? 0) + 1;
        replacement.push(citationNode(source, citationNumber(sources, source.id), counts[source.id]!));
        cursor = match.index + match.length;
      }
      if (cursor < node.value.length) replacement.push({ type: 'text', value: node.value.slice(cursor) });
      parent.children.splice(index, 1, ...(replacement as never[]));
      return [SKIP, index + replacement.length];
    });

    frontmatter.citations = counts;
  };
}

/** Where in the frontmatter-driven sections a citation appears, for anchors. */
export type CitationPlace = 'intel' | 'event' | 'judgement';

/** Anchor id of a citation rendered from a frontmatter `cites` list (`cite-f24-bamako-intel-2`). */
export function frontmatterCitationAnchor(sourceId: string, place: CitationPlace, index: number): string {
  return `cite-${sourceId}-${place}-${index + 1}`;
}

/**
 * Every citation anchor of a briefing, per source id, in reading order of the page: the intel
 * list, then the body, then the events, then the judgements. The Sources list links back to each.
 */
export function citationAnchors(
  data: { intel: { cites?: string[] | undefined }[]; historicalContext: { cites?: string[] | undefined }[]; strategicImpact: { cites?: string[] | undefined }[] },
  bodyCounts: Readonly<Record<string, number>>,
): Map<string, string[]> {
  const anchors = new Map<string, string[]>();
  const add = (id: string, anchor: string) => anchors.set(id, [...(anchors.get(id) ?? []), anchor]);
  data.intel.forEach((item, i) => item.cites?.forEach((id) => add(id, frontmatterCitationAnchor(id, 'intel', i))));
  for (const [id, count] of Object.entries(bodyCounts)) for (let n = 1; n <= count; n++) add(id, paths.citationAnchor(id, n));
  data.historicalContext.forEach((item, i) => item.cites?.forEach((id) => add(id, frontmatterCitationAnchor(id, 'event', i))));
  data.strategicImpact.forEach((item, i) => item.cites?.forEach((id) => add(id, frontmatterCitationAnchor(id, 'judgement', i))));
  return anchors;
}
