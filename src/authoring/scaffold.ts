/**
 * The skeleton `npm run new` writes: every frontmatter field, the optional ones commented out
 * with a line saying what each is for, and the house sections. Example values are marked
 * REPLACE / replace-me so that `npm run check` lists them (the `placeholder` lint) until the
 * author has written the briefing; the file passes check and builds as it is.
 */
import { CONFIDENCES, LIKELIHOODS } from '../model/estimative.ts';
import { PLACEHOLDER_ID, PLACEHOLDER_WORD } from './lint.ts';
import { EVENT_TYPES } from '../schemas/event.ts';
import { RELIABILITY_GRADES } from '../schemas/source.ts';

/** What the skeleton is made of. */
export interface ScaffoldOptions {
  title: string;
  /** Publication date, YYYY-MM-DD. */
  date: string;
  authors: readonly string[];
  regions: readonly string[];
  /** A comment for the regions line (e.g. that it is a default to check). */
  regionsNote?: string | undefined;
  draft: boolean;
}

const R = PLACEHOLDER_WORD;
const ID = PLACEHOLDER_ID;

/** The text of a new briefing. */
export function renderBriefing(options: ScaffoldOptions): string {
  const { title, date, draft } = options;
  const regionsNote = options.regionsNote ? `  # ${options.regionsNote}` : '';
  return `---
title: ${JSON.stringify(title)}
# dek: One sentence under the title, up to 280 characters.
published: ${date}
# updated: ${date}  # date of the last substantive revision; on or after \`published\`
# dataCutoff: ${date}  # "information as of", shown in the header; on or before \`published\`
authors: [${options.authors.join(', ')}]
${draft ? 'draft: true  # drafts show in `npm run dev` only; delete this line to publish' : '# draft: true  # drafts show in `npm run dev` only, never in a production build'}
regions: [${options.regions.join(', ')}]${regionsNote}
# countries: [ML, BF]  # ISO 3166-1 alpha-2 codes of the countries concerned
# actors: [actor-id]  # ids of files in content/actors/
# tags: [insurgency]  # lowercase slugs
overview: >-
  ${R}: the bottom line up front, in one or two sentences of 40 to 600 characters. It is also
  the meta description, the feed summary and the text of the social card.
intel:  # key intel findings; \`cites\` lists the ids of the sources below
  - finding: "${R}: one key finding, as one sentence."
    cites: [${ID}]
# historicalContext:  # dated events: they draw the timeline and the locator map
#   - date: ${date}
#     reported: ${date}  # when it was first reported, if that differs
#     precision: day  # day | month | year: how exact \`date\` is
#     title: What happened, in a line
#     place: { name: Bamako, country: ML, lat: 12.64, lon: -8.0 }  # lat and lon together or not at all
#     actors: [actor-id]
#     type: battle  # ${EVENT_TYPES.join(' | ')}
#     fatalities: { low: 10, high: 12 }  # a whole number, or a range when sources disagree
#     cites: [${ID}]
strategicImpact:  # key judgements, each with an ICD 203 likelihood and a separate confidence
  - judgement: "${R}: what you expect to happen, as one sentence."
    likelihood: likely  # ${LIKELIHOODS.join(' | ')}
    confidence: moderate  # ${CONFIDENCES.join(' | ')}: how solid the evidence is
    cites: [${ID}]
sources:
  - id: ${ID}  # what citations refer to: [^${ID}] in the body, cites: [${ID}] above
    url: https://example.org/${ID}
    title: "${R}: the document's title"
    publisher: "${R}: who published it"
    # published: ${date}  # when the document was published
    # accessed: ${date}  # when you last read it
    # archive: https://web.archive.org/web/https://example.org/  # an archived copy
    # reliability: B  # Admiralty grade ${RELIABILITY_GRADES[0]}–${RELIABILITY_GRADES.at(-1)}: A completely reliable … E unreliable, F cannot be judged
# corrections:  # shown on the page and in feeds, newest last; never change \`published\`
#   - date: ${date}
#     note: What was wrong and what it now says.
# card:  # overrides for the social card only
#   title: A shorter title for the card
#   description: A shorter text for the card
# lint:  # switch tradecraft warnings off for this briefing (\`npm run check -- --help\` lists them)
#   disable: [uncited-claim]
---

## Overview

${R}: the bottom line, developed: what happened, why it matters and what comes next. Cite a
source right after the claim it supports, like this.[^${ID}]

## Intel

### ${R}: first line of inquiry

${R}: the evidence, finding by finding, each claim cited.[^${ID}]

## Historical Context

${R}: the background a reader needs. Dated events listed under \`historicalContext\` draw the
timeline and the locator map.

{/* Charts and maps: Timeline, EventMap, BarChart and LineChart can be used here (see the README). */}

## Strategic Impact

${R}: what this means and what to expect, with the ICD 203 terms (likely, very likely…).
Keep confidence out of the sentence that states a likelihood.

## Final Thoughts

${R}: what to watch for next.
`;
}
