import { describe, expect, it } from 'vitest';
import { el, escapeXml, round, svgRoot, text, textWidth, truncate, wrapText } from '../../../src/charts/svg.ts';
import { normaliseSvg } from '../../helpers/golden.ts';

describe('svg helpers', () => {
  it('escapes text and attributes, rounds to one decimal without -0', () => {
    expect(escapeXml(`Al Jazeera's "A & B" <x>`)).toBe('Al Jazeera&#39;s &quot;A &amp; B&quot; &lt;x&gt;');
    expect(round(1.26)).toBe(1.3);
    expect(round(-0.04)).toBe(0);
    expect(el('rect', { x: 1.234, hidden: false, title: undefined, label: 'a"b' })).toBe('<rect x="1.2" label="a&quot;b"/>');
    expect(text('<Ber>', { x: 1 })).toBe('<text x="1">&lt;Ber&gt;</text>');
  });

  it('escapes the accessible title and description', () => {
    const svg = svgRoot({ id: 'f', width: 10, height: 10, title: 'A <b>', description: 'C & D', className: 'chart-x' }, '');
    expect(svg).toContain('<title id="f-title">A &lt;b&gt;</title><desc id="f-desc">C &amp; D</desc>');
  });

  it('shortens and wraps text to a width', () => {
    expect(truncate('Bamako gendarmerie school and military airport', 100, 12)).toMatch(/…$/);
    const lines = wrapText('Bamako gendarmerie school and military airport', 150, 12);
    expect(lines.join(' ')).toBe('Bamako gendarmerie school and military airport');
    expect(lines.length).toBeGreaterThan(1);
    for (const line of lines) expect(textWidth(line, 12)).toBeLessThanOrEqual(150);
    expect(wrapText('one two three four five six seven eight', 40, 12, 2)).toHaveLength(2);
  });

  it('normalises golden SVGs: ids renumbered with their references, one element per line', () => {
    const svg = '<svg id="figure-9" aria-labelledby="figure-9-title figure-9-desc"><title id="figure-9-title">T</title><desc id="figure-9-desc">D</desc><g clip-path="url(#figure-9-clip)"><rect x="1.2345"/></g></svg>';
    expect(normaliseSvg(svg)).toBe([
      '<svg id="id-1" aria-labelledby="id-2 id-3">',
      '  <title id="id-2">T</title>',
      '  <desc id="id-3">D</desc>',
      '  <g clip-path="url(#figure-9-clip)">',
      '    <rect x="1.2"/>',
      '  </g>',
      '</svg>',
      '',
    ].join('\n'));
  });
});
