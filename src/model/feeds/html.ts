/**
 * Makes a briefing's rendered HTML safe to hand to feed readers, which show it out of context:
 * with no stylesheet, no scripts, on another origin, often after their own sanitiser (or none).
 * Two passes:
 *  1. presentation (node-html-parser): inline SVG charts become a link to the chart on the page
 *     (their caption and data table stay), the likelihood bar becomes a separator, decoration
 *     hidden from assistive technology and the estimative legend go. This pass is not a
 *     security boundary: it only needs the classes the components write.
 *  2. safety (sanitize-html, a maintained sanitiser): an allow-list of the elements and
 *     attributes the briefing components and MDX bodies produce, every URL made absolute against
 *     the page and limited to http(s)/mailto. Nothing else survives: no SVG or MathML, no event
 *     handlers, no style or class, no raw-text elements whose parsing differs between parsers
 *     (script, style, noembed, noframes, xmp…), no `<base>`, frames, forms or comments.
 */
import { parse, type HTMLElement } from 'node-html-parser';
import sanitizeHtml from 'sanitize-html';

/**
 * Elements dropped for presentation: decoration hidden from assistive technology, and the
 * estimative legend, which would repeat in every item (each judgement already prints its band
 * and confidence). Safety does not depend on this list: see `FEED_ALLOWED_TAGS`.
 */
export const FEED_DECORATION = ['[aria-hidden="true"]', 'details.legend'];

/**
 * Drawn elements that also separate their neighbours on the page: the likelihood bar sits between
 * "Likelihood: …" and "Confidence: …". Without CSS the two would run together, so each becomes " · ".
 */
export const FEED_SEPARATORS = ['.likelihood-bar'];

/**
 * Every element a feed item may contain: what the briefing components (key intel, events, key
 * judgements, sources, corrections) and an MDX body (GFM Markdown, footnotes, tables, charts'
 * captions and data tables) produce. Inline SVG is not here: readers cannot show it safely, so
 * charts and maps become a link to the page (pass 1) and any other SVG is dropped.
 */
export const FEED_ALLOWED_TAGS = [
  'section', 'article', 'aside', 'header', 'footer', 'div', 'span', 'p', 'br', 'hr',
  'h1', 'h2', 'h3', 'h4', 'h5', 'h6',
  'em', 'strong', 'b', 'i', 'u', 's', 'del', 'ins', 'mark', 'small', 'sub', 'sup',
  'abbr', 'cite', 'q', 'blockquote', 'code', 'kbd', 'samp', 'var', 'pre', 'time',
  'ul', 'ol', 'li', 'dl', 'dt', 'dd',
  'table', 'caption', 'colgroup', 'col', 'thead', 'tbody', 'tfoot', 'tr', 'th', 'td',
  'figure', 'figcaption', 'details', 'summary', 'a', 'img',
];

/** The attributes allowed on each element (`*`: on every one); URLs are checked separately. */
export const FEED_ALLOWED_ATTRIBUTES: Record<string, string[]> = {
  '*': ['id', 'lang', 'dir', 'title', 'aria-label', 'aria-labelledby', 'aria-describedby'],
  a: ['href', 'hreflang'],
  img: ['src', 'srcset', 'alt', 'width', 'height'],
  time: ['datetime'],
  blockquote: ['cite'], q: ['cite'], del: ['cite', 'datetime'], ins: ['cite', 'datetime'],
  ol: ['start', 'reversed', 'type'], li: ['value'],
  th: ['scope', 'colspan', 'rowspan', 'headers', 'align'], td: ['colspan', 'rowspan', 'headers', 'align'],
  col: ['span'], colgroup: ['span'],
};

/**
 * Elements dropped with everything in them: raw-text elements (parsers disagree on where they
 * end, which is how `<noembed><img title="</noembed><img onerror…>">` gets through hand-written
 * filters), and foreign content (SVG, MathML) whose parsing mutates in browsers.
 */
const DROP_WITH_CONTENT = new Set([
  'script', 'style', 'noscript', 'noembed', 'noframes', 'xmp', 'iframe', 'template', 'textarea',
  'title', 'object', 'embed', 'svg', 'math', 'select', 'option', 'plaintext',
]);

/** Attributes that carry a URL. */
const URL_ATTRIBUTES = ['href', 'src', 'cite'];

/** Schemes a feed item may link to; anything else (javascript:, data:, file:) is dropped. */
const SAFE_SCHEMES = new Set(['http:', 'https:', 'mailto:']);

/** The text of the link that stands in for a chart's SVG. */
export const CHART_LINK_TEXT = 'View the chart on the site';

export interface FeedHtmlOptions {
  /** Absolute URL of the briefing page: base for relative URLs and `#fragment` links. */
  pageUrl: string;
}

/** An absolute http(s)/mailto URL for `value` read against `pageUrl`, or undefined if unsafe. */
export function absoluteUrl(value: string, pageUrl: string): string | undefined {
  let url: URL;
  try {
    // The URL parser strips tabs and newlines inside the scheme as browsers do ("jav&#x09;ascript:").
    url = new URL(value.trim(), pageUrl);
  } catch {
    return undefined;
  }
  return SAFE_SCHEMES.has(url.protocol) ? url.href : undefined;
}

/** A `srcset` with each candidate's URL made absolute; undefined if any candidate is unsafe. */
function absoluteSrcset(value: string, pageUrl: string): string | undefined {
  const candidates = value.split(',').map((part) => part.trim()).filter(Boolean).map((part) => {
    const [url = '', ...descriptor] = part.split(/\s+/);
    const resolved = absoluteUrl(url, pageUrl);
    return resolved && !resolved.startsWith('mailto:') ? [resolved, ...descriptor].join(' ') : undefined;
  });
  return candidates.length && candidates.every(Boolean) ? candidates.join(', ') : undefined;
}

/** Replaces each chart's drawing with a link to it on the page; caption and data table stay. */
function replaceCharts(root: HTMLElement, pageUrl: string): void {
  for (const figure of root.querySelectorAll('figure.chart')) {
    for (const drawing of figure.querySelectorAll('svg, canvas, img')) drawing.remove();
    const href = figure.id ? `${pageUrl.replace(/#.*$/, '')}#${figure.id}` : pageUrl;
    const link = parse(`<p><a></a></p>`);
    const anchor = link.querySelector('a')!;
    anchor.setAttribute('href', href);
    anchor.set_content(CHART_LINK_TEXT);
    const caption = figure.querySelector('figcaption');
    if (caption && caption.parentNode === figure) caption.after(link);
    else figure.prepend(link);
  }
}

/** Pass 1: charts linked, separators drawn as text, decoration left out. */
function presentForFeeds(html: string, pageUrl: string): string {
  const root = parse(html, { comment: false, blockTextElements: { script: true, style: true, noscript: true } });
  // Charts first: they are found by class.
  replaceCharts(root, pageUrl);
  for (const selector of FEED_SEPARATORS) for (const element of root.querySelectorAll(selector)) element.replaceWith(' · ');
  for (const selector of FEED_DECORATION) for (const element of root.querySelectorAll(selector)) element.remove();
  return root.toString();
}

/** The sanitize-html options for one page: the allow-list, with URLs made absolute against it. */
export function feedSanitizeOptions(pageUrl: string): sanitizeHtml.IOptions {
  return {
    allowedTags: FEED_ALLOWED_TAGS,
    allowedAttributes: FEED_ALLOWED_ATTRIBUTES,
    allowedSchemes: ['http', 'https', 'mailto'],
    allowedSchemesByTag: { img: ['http', 'https'] },
    allowedSchemesAppliedToAttributes: [...URL_ATTRIBUTES, 'srcset'],
    allowProtocolRelative: false,
    disallowedTagsMode: 'discard',
    nonTextTags: [...DROP_WITH_CONTENT],
    // Foreign content goes whole, children included, not just its text.
    exclusiveFilter: (frame) => DROP_WITH_CONTENT.has(frame.tag),
    transformTags: {
      '*': (tagName, attribs) => {
        const out: sanitizeHtml.Attributes = {};
        for (const [name, value] of Object.entries(attribs)) {
          const resolved = URL_ATTRIBUTES.includes(name) ? absoluteUrl(value, pageUrl)
            : name === 'srcset' ? absoluteSrcset(value, pageUrl)
              : value;
          if (resolved !== undefined) out[name] = resolved;
        }
        return { tagName, attribs: out };
      },
    },
  };
}

/** The HTML with charts linked, only allowed elements and attributes kept, and every URL absolute. */
export function prepareFeedHtml(html: string, options: FeedHtmlOptions): string {
  const { pageUrl } = options;
  return sanitizeHtml(presentForFeeds(html, pageUrl), feedSanitizeOptions(pageUrl)).trim();
}
