/**
 * Values for Pagefind's search filters. Pagefind's default UI inserts a filter's value into the
 * search page as HTML (a label's innerHTML), so a value must be stored as HTML text: a region or
 * actor name such as `<img src=x onerror=…>` then shows on the search page as the text it is,
 * never as markup. The search page escapes filter values taken from its URL (`?actor=…`) the same
 * way, so links to a filter keep matching.
 *
 * Pagefind (1.6) decodes a filter element's text twice: once as HTML and once more as a filter
 * value. The element's text is therefore escaped once more than the stored value
 * (`searchFilterText`); tests/integration/search-hostile.test.ts holds both ends to it in
 * Chromium.
 */

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ENTITIES[c]!);
}

/** A term's name as Pagefind stores it for a filter, and as the search page matches `?actor=…`: HTML-escaped text. */
export function searchFilterValue(name: string): string {
  return escapeHtml(name);
}

/** The text of the element a page declares a filter with, so that Pagefind stores `searchFilterValue(name)`. */
export function searchFilterText(name: string): string {
  return escapeHtml(searchFilterValue(name));
}
