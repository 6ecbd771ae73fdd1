/**
 * ICD 203 estimative language: the seven likelihood terms with their probability bands, and the
 * three analytic confidence levels. One table drives the schema, the page legend, the JSON export
 * and the tradecraft lint, so the scale cannot drift between them.
 */

/** Likelihood ids as authors write them, from least to most likely. */
export const LIKELIHOODS = [
  'almost-no-chance',
  'very-unlikely',
  'unlikely',
  'roughly-even-chance',
  'likely',
  'very-likely',
  'almost-certain',
] as const;
export type Likelihood = (typeof LIKELIHOODS)[number];

/** Analytic confidence levels, separate from likelihood (ICD 203 §D.6.b.(2)). */
export const CONFIDENCES = ['low', 'moderate', 'high'] as const;
export type Confidence = (typeof CONFIDENCES)[number];

export interface LikelihoodBand {
  id: Likelihood;
  /** The term as printed ("very likely"). */
  term: string;
  /** Synonym ICD 203 pairs with the term ("highly probable"). */
  synonym: string;
  /** Probability band in percent, inclusive bounds as ICD 203 prints them. */
  low: number;
  high: number;
  /** Words that signal this band in prose, for the tradecraft lint. */
  words: readonly string[];
}

/** The ICD 203 scale, in order. */
export const LIKELIHOOD_SCALE: readonly LikelihoodBand[] = [
  { id: 'almost-no-chance', term: 'almost no chance', synonym: 'remote', low: 1, high: 5, words: ['almost no chance', 'remote', 'remotely'] },
  { id: 'very-unlikely', term: 'very unlikely', synonym: 'highly improbable', low: 5, high: 20, words: ['very unlikely', 'highly improbable', 'highly unlikely'] },
  { id: 'unlikely', term: 'unlikely', synonym: 'improbable', low: 20, high: 45, words: ['unlikely', 'improbable', 'improbably'] },
  { id: 'roughly-even-chance', term: 'roughly even chance', synonym: 'roughly even odds', low: 45, high: 55, words: ['roughly even chance', 'roughly even odds', 'even chance', 'even odds'] },
  { id: 'likely', term: 'likely', synonym: 'probable', low: 55, high: 80, words: ['likely', 'probable', 'probably'] },
  { id: 'very-likely', term: 'very likely', synonym: 'highly probable', low: 80, high: 95, words: ['very likely', 'highly likely', 'highly probable'] },
  { id: 'almost-certain', term: 'almost certain', synonym: 'nearly certain', low: 95, high: 99, words: ['almost certain', 'almost certainly', 'nearly certain', 'nearly certainly'] },
];

/** Confidence levels with a one-line meaning for the legend. */
export const CONFIDENCE_SCALE: readonly { id: Confidence; label: string; meaning: string }[] = [
  { id: 'low', label: 'Low confidence', meaning: 'information is scant, questionable or fragmented; inference is a stretch' },
  { id: 'moderate', label: 'Moderate confidence', meaning: 'information is credibly sourced and plausible but not corroborated enough for high' },
  { id: 'high', label: 'High confidence', meaning: 'judgement rests on high-quality information from several sources' },
];

/** The band of a likelihood id. */
export function likelihoodBand(id: Likelihood): LikelihoodBand {
  const band = LIKELIHOOD_SCALE.find((b) => b.id === id);
  if (!band) throw new Error(`unknown likelihood "${id}"`);
  return band;
}

/** "55–80 %": the band as printed on pages and in hints. */
export function formatBand(id: Likelihood): string {
  const { low, high } = likelihoodBand(id);
  return `${low}–${high} %`;
}

/** Confidence entry of a level. */
export function confidenceLevel(id: Confidence) {
  const level = CONFIDENCE_SCALE.find((c) => c.id === id);
  if (!level) throw new Error(`unknown confidence "${id}"`);
  return level;
}

/**
 * The likelihood id an author probably meant by a word that is not on the scale
 * ("probable" → "likely", "remote" → "almost-no-chance"), for error hints.
 */
export function suggestLikelihood(input: string): Likelihood | undefined {
  const text = input.trim().toLowerCase().replace(/[-_]+/g, ' ');
  // Longest phrases first so "very likely" is not read as "likely".
  const candidates = LIKELIHOOD_SCALE.flatMap((b) => [b.term, ...b.words].map((w) => ({ w, id: b.id })))
    .sort((a, b) => b.w.length - a.w.length);
  return candidates.find(({ w }) => text === w || text.includes(w))?.id;
}
