/**
 * The tradecraft lint: warnings about analytic writing that the schema cannot express, each with
 * a permanent kebab-case rule name (used in `lint: { disable: [...] }` and in `npm run check
 * --json`) and a hint. Pure: it reads the frontmatter as parsed (before or after validation; it
 * skips whatever is malformed, the schema reports that) and the citation labels of the body.
 */
import { LIKELIHOOD_SCALE, LIKELIHOODS, formatBand, likelihoodBand, type Likelihood } from '../model/estimative.ts';
import { isRecord, iso, list, toDate } from '../model/values.ts';

/** Every lint rule, by permanent name. Never rename one: briefings disable them by name. */
export const LINT_RULES = [
  'estimative-mismatch',
  'likelihood-with-confidence',
  'uncited-claim',
  'uncited-source',
  'uncited-casualties',
  'cutoff-after-published',
  'placeholder',
] as const;
export type LintRule = (typeof LINT_RULES)[number];

/** What each rule looks for, in one line: for the README and `--help`. */
export const LINT_RULE_DESCRIPTIONS: Record<LintRule, string> = {
  'estimative-mismatch': 'a judgement whose wording uses an estimative term from another band than its `likelihood` ("almost certainly" with `likelihood: likely`)',
  'likelihood-with-confidence': 'a likelihood term and a confidence level in the same sentence of a judgement (ICD 203 keeps them apart)',
  'uncited-claim': 'an intel finding or a key judgement with no `cites`',
  'uncited-source': 'a source that nothing cites, neither the body nor a `cites` list',
  'uncited-casualties': 'an event that gives `fatalities` but no `cites`',
  'cutoff-after-published': 'a `dataCutoff` later than `published`',
  'placeholder': 'example text from `npm run new` (`REPLACE`, `replace-me`) still in the briefing',
};

/** Marks scaffolded example text that the author must replace (`npm run new` writes it). */
export const PLACEHOLDER_WORD = 'REPLACE';
/** The scaffold's example source id, also in its example URL (`https://example.org/replace-me`). */
export const PLACEHOLDER_ID = 'replace-me';

/** One warning: where (a frontmatter field path, or a body line) and what, with a hint. */
export interface LintFinding {
  rule: LintRule;
  /** Field path in the frontmatter, zod style (`['strategicImpact', 0, 'judgement']`). */
  path?: (string | number)[] | undefined;
  /** 1-based position in the file, for findings in the body. */
  line?: number | undefined;
  column?: number | undefined;
  message: string;
  hint: string;
}

/** What the lint reads. */
export interface LintInput {
  /** The frontmatter as parsed from YAML; rules skip values of the wrong shape. */
  frontmatter: Readonly<Record<string, unknown>>;
  /** Every citation label in the body (`[^id]`), repeats allowed. */
  bodyCitations: readonly string[];
  /** The body, with lines numbered as in the file, for the placeholder rule. */
  body?: string | undefined;
}

/** Runs every rule not disabled in the frontmatter's `lint.disable`; findings in document order. */
export function lintBriefing(input: LintInput): LintFinding[] {
  const off = new Set<string>(disabledRules(input.frontmatter));
  const findings = [
    ...checkJudgements(input.frontmatter),
    ...checkUncitedClaims(input.frontmatter),
    ...checkUncitedSources(input.frontmatter, input.bodyCitations),
    ...checkCasualties(input.frontmatter),
    ...checkCutoff(input.frontmatter),
    ...checkPlaceholders(input.frontmatter, input.body),
  ];
  return findings.filter((finding) => !off.has(finding.rule));
}

/** Rule names listed in `lint.disable` (any strings: unknown names are the schema's business). */
export function disabledRules(frontmatter: Readonly<Record<string, unknown>>): string[] {
  const lint = frontmatter.lint;
  if (!isRecord(lint) || !Array.isArray(lint.disable)) return [];
  return lint.disable.filter((rule): rule is string => typeof rule === 'string');
}

/** An estimative term found in prose. */
export interface EstimativeTerm {
  band: Likelihood;
  /** The words as written. */
  text: string;
  index: number;
}

/**
 * Words on the scale that are also ordinary English ("remote areas", "remotely piloted") count
 * only when a word of probability follows them.
 */
const QUALIFIED_WORDS: Readonly<Record<string, RegExp>> = {
  remote: /^[\s-]+(?:chance|chances|possibility|prospect|prospects|likelihood|probability)\b/i,
  remotely: /^[\s-]+(?:possible|plausible|conceivable|likely|probable)\b/i,
};

const PHRASES = LIKELIHOOD_SCALE.flatMap((band) => [band.term, ...band.words].map((phrase) => ({ phrase, band: band.id })))
  .filter((entry, index, all) => all.findIndex((other) => other.phrase === entry.phrase) === index)
  // Longest first, so "very likely" is read as very-likely and never also as "likely".
  .sort((a, b) => b.phrase.length - a.phrase.length)
  .map((entry) => ({ ...entry, pattern: new RegExp(`(?<![\\p{L}\\p{N}-])${entry.phrase.split(' ').map(escape).join('[\\s-]+')}(?![\\p{L}\\p{N}-])`, 'giu') }));

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Estimative terms in `text`, whole words only, longest phrase first, in reading order. */
export function findEstimativeTerms(text: string): EstimativeTerm[] {
  const taken: [number, number][] = [];
  const found: EstimativeTerm[] = [];
  for (const { phrase, band, pattern } of PHRASES) {
    for (const match of text.matchAll(pattern)) {
      const start = match.index;
      const end = start + match[0].length;
      if (taken.some(([a, b]) => start < b && end > a)) continue;
      const qualifier = QUALIFIED_WORDS[phrase];
      if (qualifier && !qualifier.test(text.slice(end))) continue;
      taken.push([start, end]);
      found.push({ band, text: match[0], index: start });
    }
  }
  return found.sort((a, b) => a.index - b.index);
}

const CONFIDENCE = /(?<![\p{L}\p{N}])(?:(?:low|moderate|medium|high)(?:ly)?[\s-]+)?confiden(?:ce|t|tly)(?![\p{L}\p{N}])/iu;

/** Splits prose into sentences (on . ! ? followed by a space), for the ICD 203 same-sentence rule. */
export function splitSentences(text: string): string[] {
  return text.split(/(?<=[.!?])\s+(?=\S)/u).map((s) => s.trim()).filter(Boolean);
}

function checkJudgements(fm: Readonly<Record<string, unknown>>): LintFinding[] {
  const findings: LintFinding[] = [];
  list(fm.strategicImpact).forEach((item, i) => {
    if (!isRecord(item) || typeof item.judgement !== 'string') return;
    const text = item.judgement;
    const path = ['strategicImpact', i, 'judgement'];
    const likelihood = typeof item.likelihood === 'string' && (LIKELIHOODS as readonly string[]).includes(item.likelihood)
      ? (item.likelihood as Likelihood)
      : undefined;
    if (likelihood) {
      const reported = new Set<Likelihood>();
      for (const term of findEstimativeTerms(text)) {
        if (term.band === likelihood || reported.has(term.band)) continue;
        reported.add(term.band);
        const said = likelihoodBand(term.band);
        const set = likelihoodBand(likelihood);
        findings.push({
          rule: 'estimative-mismatch',
          path,
          message: `the judgement says "${term.text}" (${said.term}, ${formatBand(term.band)}) but its likelihood is ${likelihood} (${formatBand(likelihood)})`,
          hint: `make them agree: set \`likelihood: ${term.band}\`, or word the judgement with the terms of ${likelihood} (${quoteList([set.term, ...set.words])}).`,
        });
      }
    }
    splitSentences(text).forEach((sentence, s) => {
      const term = findEstimativeTerms(sentence)[0];
      const confidence = CONFIDENCE.exec(sentence);
      if (!term || !confidence) return;
      findings.push({
        rule: 'likelihood-with-confidence',
        path,
        message: `sentence ${s + 1} of the judgement has both a likelihood term ("${term.text}") and a confidence level ("${confidence[0]}")`,
        hint: 'ICD 203 keeps the two apart: state the likelihood in the judgement and put the confidence in `confidence:` (or in a sentence of its own).',
      });
    });
  });
  return findings;
}

function checkUncitedClaims(fm: Readonly<Record<string, unknown>>): LintFinding[] {
  const findings: LintFinding[] = [];
  list(fm.intel).forEach((item, i) => {
    if (isRecord(item) && typeof item.finding === 'string' && !hasCites(item)) {
      findings.push({
        rule: 'uncited-claim',
        path: ['intel', i],
        message: `intel finding ${i + 1} cites no source`,
        hint: 'add `cites: [source-id]` so readers can see what the finding rests on.',
      });
    }
  });
  list(fm.strategicImpact).forEach((item, i) => {
    if (isRecord(item) && typeof item.judgement === 'string' && !hasCites(item)) {
      findings.push({
        rule: 'uncited-claim',
        path: ['strategicImpact', i],
        message: `key judgement ${i + 1} cites no source`,
        hint: 'add `cites: [source-id]` listing the sources the judgement rests on.',
      });
    }
  });
  return findings;
}

function checkUncitedSources(fm: Readonly<Record<string, unknown>>, bodyCitations: readonly string[]): LintFinding[] {
  const cited = new Set<string>(bodyCitations);
  for (const key of ['intel', 'historicalContext', 'strategicImpact']) {
    for (const item of list(fm[key])) {
      if (isRecord(item)) for (const id of list(item.cites)) if (typeof id === 'string') cited.add(id);
    }
  }
  const findings: LintFinding[] = [];
  list(fm.sources).forEach((source, i) => {
    if (!isRecord(source) || typeof source.id !== 'string' || cited.has(source.id)) return;
    findings.push({
      rule: 'uncited-source',
      path: ['sources', i, 'id'],
      message: `source "${source.id}" is listed in \`sources\` but nothing cites it`,
      hint: `cite it in the body with [^${source.id}], or in a \`cites\` list of an intel finding, event or judgement; or remove it.`,
    });
  });
  return findings;
}

function checkCasualties(fm: Readonly<Record<string, unknown>>): LintFinding[] {
  const findings: LintFinding[] = [];
  list(fm.historicalContext).forEach((event, i) => {
    if (!isRecord(event) || event.fatalities === undefined || event.fatalities === null || hasCites(event)) return;
    const title = typeof event.title === 'string' ? ` ("${event.title}")` : '';
    findings.push({
      rule: 'uncited-casualties',
      path: ['historicalContext', i, 'fatalities'],
      message: `event ${i + 1}${title} gives fatalities but cites no source`,
      hint: 'casualty figures are contested: add `cites: [source-id]` to the event, or a range `{ low, high }` with the sources for each end.',
    });
  });
  return findings;
}

function checkCutoff(fm: Readonly<Record<string, unknown>>): LintFinding[] {
  const cutoff = toDate(fm.dataCutoff);
  const published = toDate(fm.published);
  if (!cutoff || !published || cutoff.getTime() <= published.getTime()) return [];
  return [{
    rule: 'cutoff-after-published',
    path: ['dataCutoff'],
    message: `dataCutoff ${iso(cutoff)} is after published ${iso(published)}`,
    hint: 'the information in a briefing cannot be newer than the briefing: set `dataCutoff` on or before `published`.',
  }];
}

const PLACEHOLDER = new RegExp(`\\b${PLACEHOLDER_WORD}\\b|\\b${PLACEHOLDER_ID}\\b`);

function checkPlaceholders(fm: Readonly<Record<string, unknown>>, body: string | undefined): LintFinding[] {
  const findings: LintFinding[] = [];
  // One warning per top-level field or list item, not per string: a to-do list, not noise.
  const reported = new Set<string>();
  const walk = (value: unknown, path: (string | number)[]) => {
    if (typeof value === 'string') {
      const item = path.slice(0, typeof path[1] === 'number' ? 2 : 1);
      const key = item.join('.');
      if (!PLACEHOLDER.test(value) || reported.has(key)) return;
      reported.add(key);
      findings.push({
        rule: 'placeholder',
        path: item,
        message: `\`${describePath(item)}\` still has example text from \`npm run new\``,
        hint: `replace every ${PLACEHOLDER_WORD}… text and the example source "${PLACEHOLDER_ID}" with your own.`,
      });
    } else if (Array.isArray(value)) {
      value.forEach((entry, i) => walk(entry, [...path, i]));
    } else if (isRecord(value)) {
      for (const [key, entry] of Object.entries(value)) if (key !== 'lint') walk(entry, [...path, key]);
    }
  };
  walk(fm, []);
  if (body) {
    const lines = body.split('\n');
    const hits = lines.flatMap((line, i) => (PLACEHOLDER.test(line) ? [i + 1] : []));
    if (hits.length) {
      const first = hits[0]!;
      findings.push({
        rule: 'placeholder',
        line: first,
        column: lines[first - 1]!.search(PLACEHOLDER) + 1,
        message: `the body still has example text from \`npm run new\` on ${hits.length === 1 ? `line ${first}` : `${hits.length} lines (${hits.join(', ')})`}`,
        hint: `write the briefing in place of each ${PLACEHOLDER_WORD}… paragraph; cite sources with [^source-id].`,
      });
    }
  }
  return findings;
}

function describePath(path: (string | number)[]): string {
  return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : i ? `.${p}` : p)).join('');
}

function hasCites(item: Record<string, unknown>): boolean {
  return Array.isArray(item.cites) && item.cites.length > 0;
}

function quoteList(words: readonly string[]): string {
  return [...new Set(words)].map((w) => `"${w}"`).join(', ');
}
