/** The tradecraft lint, rule by rule, on frontmatter objects (no files). */
import { describe, expect, it } from 'vitest';
import { LINT_RULES, LINT_RULE_DESCRIPTIONS, findEstimativeTerms, lintBriefing, splitSentences, type LintInput } from '../../../src/authoring/lint.ts';

/** A briefing that triggers no rule; each test breaks one thing. */
function clean(): Record<string, any> {
  return {
    published: new Date('2024-03-10'),
    dataCutoff: new Date('2024-03-09'),
    intel: [{ finding: 'Red Group attacked two towns on the same day.', cites: ['src-a'] }],
    historicalContext: [{ date: new Date('2024-03-01'), title: 'Raid', fatalities: 3, cites: ['src-a'] }],
    strategicImpact: [{ judgement: 'Red Group will probably attack again.', likelihood: 'likely', confidence: 'moderate', cites: ['src-a'] }],
    sources: [{ id: 'src-a', url: 'https://example.org/a', title: 'A', publisher: 'P' }],
  };
}

function lint(mutate: (fm: Record<string, any>) => void = () => {}, extra: Partial<LintInput> = {}) {
  const frontmatter = clean();
  mutate(frontmatter);
  return lintBriefing({ frontmatter, bodyCitations: [], ...extra }).map((f) => ({ rule: f.rule, path: f.path?.join('.') ?? `line ${f.line}` }));
}

describe('findEstimativeTerms', () => {
  it('reads the longest phrase first, so "very likely" is not also "likely"', () => {
    expect(findEstimativeTerms('This is very likely.').map((t) => t.band)).toEqual(['very-likely']);
    expect(findEstimativeTerms('Highly unlikely, yet likely.').map((t) => t.band)).toEqual(['very-unlikely', 'likely']);
  });

  it('matches whole words only, in any case, across hyphens and line breaks', () => {
    expect(findEstimativeTerms('unlikelyhood likelyish')).toEqual([]);
    expect(findEstimativeTerms('ALMOST CERTAINLY')[0]?.band).toBe('almost-certain');
    expect(findEstimativeTerms('very-likely')[0]?.band).toBe('very-likely');
    expect(findEstimativeTerms('roughly\neven odds')[0]?.band).toBe('roughly-even-chance');
  });

  it('counts "remote" only as a probability ("remote chance"), not a place ("remote areas")', () => {
    expect(findEstimativeTerms('attacks in remote areas')).toEqual([]);
    expect(findEstimativeTerms('remotely piloted aircraft')).toEqual([]);
    expect(findEstimativeTerms('a remote chance of talks')[0]?.band).toBe('almost-no-chance');
  });
});

describe('splitSentences', () => {
  it('splits on sentence ends followed by a space', () => {
    expect(splitSentences('One. Two? Three! Four')).toEqual(['One.', 'Two?', 'Three!', 'Four']);
    expect(splitSentences('Version 2.5 holds.')).toEqual(['Version 2.5 holds.']);
  });
});

describe('lintBriefing', () => {
  it('finds nothing in a clean briefing', () => {
    expect(lint()).toEqual([]);
  });

  it('every rule has a description', () => {
    for (const rule of LINT_RULES) expect(LINT_RULE_DESCRIPTIONS[rule]).toBeTruthy();
  });

  it('estimative-mismatch: wording from another band than the likelihood', () => {
    expect(lint((fm) => (fm.strategicImpact[0].judgement = 'Red Group will almost certainly attack again.'))).toEqual([
      { rule: 'estimative-mismatch', path: 'strategicImpact.0.judgement' },
    ]);
    // Same band: fine; an unknown likelihood is the schema's business, not the lint's.
    expect(lint((fm) => (fm.strategicImpact[0].judgement = 'An attack is probable.'))).toEqual([]);
    expect(lint((fm) => (fm.strategicImpact[0].likelihood = 'probable'))).toEqual([]);
  });

  it('estimative-mismatch: reports each other band once, with the fix in the hint', () => {
    const findings = lintBriefing({
      frontmatter: { strategicImpact: [{ judgement: 'Very likely this, very likely that, unlikely the rest.', likelihood: 'likely', confidence: 'low', cites: ['a'] }], sources: [{ id: 'a' }] },
      bodyCitations: [],
    });
    expect(findings.map((f) => f.message)).toEqual([
      'the judgement says "Very likely" (very likely, 80–95 %) but its likelihood is likely (55–80 %)',
      'the judgement says "unlikely" (unlikely, 20–45 %) but its likelihood is likely (55–80 %)',
    ]);
    expect(findings[0]!.hint).toContain('`likelihood: very-likely`');
  });

  it('likelihood-with-confidence: both in one sentence, not in separate ones', () => {
    expect(lint((fm) => (fm.strategicImpact[0].judgement = 'We assess with high confidence that an attack is likely.'))).toEqual([
      { rule: 'likelihood-with-confidence', path: 'strategicImpact.0.judgement' },
    ]);
    expect(lint((fm) => (fm.strategicImpact[0].judgement = 'An attack is likely. We are confident of the sourcing.'))).toEqual([]);
  });

  it('uncited-claim: an intel finding or a judgement without cites', () => {
    expect(lint((fm) => {
      delete fm.intel[0].cites;
      fm.strategicImpact[0].cites = [];
    })).toEqual([
      { rule: 'uncited-claim', path: 'intel.0' },
      { rule: 'uncited-claim', path: 'strategicImpact.0' },
    ]);
  });

  it('uncited-source: a source neither the body nor any cites list names', () => {
    expect(lint((fm) => fm.sources.push({ id: 'src-b' }))).toEqual([{ rule: 'uncited-source', path: 'sources.1.id' }]);
    expect(lint((fm) => fm.sources.push({ id: 'src-b' }), { bodyCitations: ['src-b'] })).toEqual([]);
  });

  it('uncited-casualties: an event with fatalities but no cites', () => {
    expect(lint((fm) => delete fm.historicalContext[0].cites)).toEqual([{ rule: 'uncited-casualties', path: 'historicalContext.0.fatalities' }]);
    expect(lint((fm) => {
      delete fm.historicalContext[0].cites;
      delete fm.historicalContext[0].fatalities;
    })).toEqual([]);
  });

  it('cutoff-after-published: compares dates written as dates or strings', () => {
    expect(lint((fm) => (fm.dataCutoff = '2024-03-11'))).toEqual([{ rule: 'cutoff-after-published', path: 'dataCutoff' }]);
    expect(lint((fm) => (fm.dataCutoff = new Date('2024-03-10')))).toEqual([]);
  });

  it('placeholder: one warning per field or item, one for the body', () => {
    const body = '\n\n## Overview\n\nREPLACE: text.\n\nReal text.\n\nREPLACE: more.[^replace-me]\n';
    const findings = lintBriefing({
      frontmatter: { ...clean(), overview: 'REPLACE: the bottom line.', sources: [{ id: 'replace-me', url: 'https://example.org/replace-me', title: 'REPLACE: t' }] },
      bodyCitations: ['replace-me'],
      body,
    }).filter((f) => f.rule === 'placeholder');
    expect(findings.map((f) => f.path?.join('.') ?? `${f.line}:${f.column}`).sort()).toEqual(['5:1', 'overview', 'sources.0']);
    expect(findings[2]!.message).toContain('2 lines (5, 9)');
  });

  it('rules listed in lint.disable are off for that briefing', () => {
    expect(lint((fm) => {
      delete fm.intel[0].cites;
      fm.lint = { disable: ['uncited-claim'] };
    })).toEqual([]);
  });

  it('skips values of the wrong shape instead of throwing (the schema reports those)', () => {
    expect(() => lintBriefing({ frontmatter: { intel: 'x', strategicImpact: [null, 3, { judgement: 5 }], sources: {}, historicalContext: [[]], lint: 'off' }, bodyCitations: [] })).not.toThrow();
  });
});
