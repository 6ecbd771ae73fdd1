/**
 * Makes a briefing's rendered HTML safe to hand to feed readers, which show it out of context:
 * with no stylesheet, no scripts, on another origin, often after their own sanitiser. So every
 * link and image must be absolute, fragments must point at the page on the site, styling hooks
 * are dropped, and inline SVG charts become a link to the chart (their data table stays).
 * Uses a real HTML parser (node-html-parser), not regular expressions.
 */
import { parse, type HTMLElement } from 'node-html-parser';

/**
 * Elements left out of feeds: what runs code or fetches things (scripts, frames, forms),
 * decoration hidden from assistive technology, and the estimative legend, which would repeat in
 * every item (each judgement already prints its band and confidence).
 */
export const FEED_OMIT = [
  'script', 'style', 'noscript', 'template', 'iframe', 'object', 'embed', 'form', 'input', 'button',
  'select', 'textarea', 'link', 'meta', 'canvas', '[aria-hidden="true"]', 'details.legend',
];

/**
 * Drawn elements that also separate their neighbours on the page: the likelihood bar sits between
 * "Likelihood: …" and "Confidence: …". Without CSS the two would run together, so each becomes " · ".
 */
export const FEED_SEPARATORS = ['.likelihood-bar'];

/** Attributes that carry a URL. */
const URL_ATTRIBUTES = ['href', 'src', 'poster', 'cite'];

/** Schemes a feed item may link to; anything else (javascript:, data:, file:) is dropped. */
const SAFE_SCHEMES = new Set(['http:', 'https:', 'mailto:']);

/** The text of the link that stands in for a chart's SVG. */
export const CHART_LINK_TEXT = 'View the chart on the site';

export interface FeedHtmlOptions {
  /** Absolute URL of the briefing page: base for relative URLs and `#fragment` links. */
  pageUrl: string;
  /** CSS selectors of elements to remove; defaults to `FEED_OMIT`. */
  omit?: readonly string[];
  /** CSS selectors of elements to replace with " · "; defaults to `FEED_SEPARATORS`. */
  separators?: readonly string[];
}

/** An absolute http(s)/mailto URL for `value` read against `pageUrl`, or undefined if unsafe. */
export function absoluteUrl(value: string, pageUrl: string): string | undefined {
  const trimmed = value.trim();
  let url: URL;
  try {
    url = new URL(trimmed, pageUrl);
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
    return resolved && [resolved, ...descriptor].join(' ');
  });
  return candidates.every(Boolean) ? candidates.join(', ') : undefined;
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

function cleanAttributes(element: HTMLElement, pageUrl: string): void {
  for (const name of Object.keys(element.attributes)) {
    const lower = name.toLowerCase();
    if (lower === 'style' || lower === 'class' || lower === 'tabindex' || lower.startsWith('on') || lower.startsWith('data-')) {
      element.removeAttribute(name);
    } else if (URL_ATTRIBUTES.includes(lower)) {
      const resolved = absoluteUrl(element.getAttribute(name) ?? '', pageUrl);
      if (resolved) element.setAttribute(name, resolved);
      else element.removeAttribute(name);
    } else if (lower === 'srcset') {
      const resolved = absoluteSrcset(element.getAttribute(name) ?? '', pageUrl);
      if (resolved) element.setAttribute(name, resolved);
      else element.removeAttribute(name);
    }
  }
}

/** The HTML with charts linked, unsafe or style-only elements removed and every URL absolute. */
export function prepareFeedHtml(html: string, options: FeedHtmlOptions): string {
  const { pageUrl, omit = FEED_OMIT, separators = FEED_SEPARATORS } = options;
  const root = parse(html, { comment: false, blockTextElements: { script: true, style: true, noscript: true } });
  // Charts first: they are found by class, which the attribute pass removes.
  replaceCharts(root, pageUrl);
  for (const selector of separators) for (const element of root.querySelectorAll(selector)) element.replaceWith(' · ');
  for (const selector of omit) for (const element of root.querySelectorAll(selector)) element.remove();
  // Any SVG left outside a chart is decoration (icons); readers cannot show inline SVG safely.
  for (const svg of root.querySelectorAll('svg')) svg.remove();
  for (const element of root.querySelectorAll('*')) cleanAttributes(element, pageUrl);
  return root.toString().trim();
}
