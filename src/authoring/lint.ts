/**
 * The tradecraft lint: warnings about analytic writing that the schema cannot express, each with
 * a permanent kebab-case rule name (used in `lint: { disable: [...] }` and in `npm run check
 * --json`) and a hint. Pure: it reads the frontmatter as parsed (before or after validation; it
 * skips whatever is malformed, the schema reports that) and the citation labels of the body.
 */
import { LIKELIHOOD_SCALE, LIKELIHOODS, formatBand, likelihoodBand, type Likelihood } from '../model/estimative.ts';
import { isRecord, iso, list, toDate } from '../model/values.ts';
import { LINT_RULES, SitrepErrors, explain, type LintRule } from '../errors.ts';

/** Every lint rule, by permanent name (defined in the catalogue, src/errors.ts). */
export { LINT_RULES, type LintRule };

/** What each rule looks for, in one line: for the README and `--help` (the catalogue's titles). */
export const LINT_RULE_DESCRIPTIONS = Object.fromEntries(LINT_RULES.map((rule) => [rule, SitrepErrors[rule].title])) as Record<LintRule, string>;

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
        findings.push({ rule: 'estimative-mismatch', path, ...messageOf(explain('estimative-mismatch', [term.text, said.term, formatBand(term.band), likelihood, formatBand(likelihood)], [term.band, likelihood, quoteList([set.term, ...set.words])])) });
      }
    }
    splitSentences(text).forEach((sentence, s) => {
      const term = findEstimativeTerms(sentence)[0];
      const confidence = CONFIDENCE.exec(sentence);
      if (!term || !confidence) return;
      findings.push({ rule: 'likelihood-with-confidence', path, ...messageOf(explain('likelihood-with-confidence', [s + 1, term.text, confidence[0]], [])) });
    });
  });
  return findings;
}

function checkUncitedClaims(fm: Readonly<Record<string, unknown>>): LintFinding[] {
  const findings: LintFinding[] = [];
  list(fm.intel).forEach((item, i) => {
    if (isRecord(item) && typeof item.finding === 'string' && !hasCites(item)) {
      findings.push({ rule: 'uncited-claim', path: ['intel', i], ...messageOf(explain('uncited-claim', ['intel finding', i + 1], ['intel finding'])) });
    }
  });
  list(fm.strategicImpact).forEach((item, i) => {
    if (isRecord(item) && typeof item.judgement === 'string' && !hasCites(item)) {
      findings.push({ rule: 'uncited-claim', path: ['strategicImpact', i], ...messageOf(explain('uncited-claim', ['key judgement', i + 1], ['key judgement'])) });
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
    findings.push({ rule: 'uncited-source', path: ['sources', i, 'id'], ...messageOf(explain('uncited-source', [source.id], [source.id])) });
  });
  return findings;
}

function checkCasualties(fm: Readonly<Record<string, unknown>>): LintFinding[] {
  const findings: LintFinding[] = [];
  list(fm.historicalContext).forEach((event, i) => {
    if (!isRecord(event) || event.fatalities === undefined || event.fatalities === null || hasCites(event)) return;
    const title = typeof event.title === 'string' ? event.title : undefined;
    findings.push({ rule: 'uncited-casualties', path: ['historicalContext', i, 'fatalities'], ...messageOf(explain('uncited-casualties', [i + 1, title], [])) });
  });
  return findings;
}

function checkCutoff(fm: Readonly<Record<string, unknown>>): LintFinding[] {
  const cutoff = toDate(fm.dataCutoff);
  const published = toDate(fm.published);
  if (!cutoff || !published || cutoff.getTime() <= published.getTime()) return [];
  return [{ rule: 'cutoff-after-published', path: ['dataCutoff'], ...messageOf(explain('cutoff-after-published', [iso(cutoff), iso(published)], [])) }];
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
      findings.push({ rule: 'placeholder', path: item, ...messageOf(explain('placeholder', [`\`${describePath(item)}\``], [PLACEHOLDER_WORD, PLACEHOLDER_ID])) });
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
        ...messageOf(explain('placeholder', ['the body', hits.length === 1 ? `line ${first}` : `${hits.length} lines (${hits.join(', ')})`], [PLACEHOLDER_WORD, PLACEHOLDER_ID, true])),
      });
    }
  }
  return findings;
}

/** The message and hint of a catalogue explanation, without its name (the rule is the name). */
function messageOf(explained: { message: string; hint: string }): { message: string; hint: string } {
  return { message: explained.message, hint: explained.hint };
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
