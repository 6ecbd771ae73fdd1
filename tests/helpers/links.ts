/**
 * Link checker for a built site, offline: every internal URL in dist/ (links, images, srcset,
 * `<link href>`, social-card and feed URLs, CSS `url()`) must name a file in dist/, and every
 * fragment an element id on the target page. External URLs are only counted: CI has no network.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';
import { listFiles, urlPathOf } from './site.ts';

/** One URL that does not resolve, and where it was found. */
export interface LinkProblem {
  /** File under dist/ that holds the URL. */
  file: string;
  /** The URL as written. */
  url: string;
  /** Where in the file (`a[href]`, `img[srcset]`, `feed`…). */
  where: string;
  problem: string;
}

/** What `checkLinks` looked at and what it found. */
export interface LinkReport {
  problems: LinkProblem[];
  /** Internal URLs checked. */
  internal: number;
  /** External URLs seen (not fetched). */
  external: number;
  /** Files scanned. */
  files: number;
}

/** Text files other than HTML and CSS in which the site's absolute URLs are looked for. */
const TEXT_FILES = /\.(xml|xsl|json|txt|webmanifest)$/;

/** Attributes that hold one URL, by element. */
const URL_ATTRIBUTES: Array<[selector: string, attribute: string]> = [
  ['a[href]', 'href'],
  ['area[href]', 'href'],
  ['link[href]', 'href'],
  ['img[src]', 'src'],
  ['source[src]', 'src'],
  ['script[src]', 'src'],
  ['iframe[src]', 'src'],
  ['video[src]', 'src'],
  ['video[poster]', 'poster'],
  ['audio[src]', 'src'],
  ['track[src]', 'src'],
  ['embed[src]', 'src'],
  ['object[data]', 'data'],
  ['input[src]', 'src'],
  ['use[href]', 'href'],
  ['image[href]', 'href'],
];

/**
 * Checks every internal URL of the build in `distDir`. `siteUrl` is the configured site URL
 * (absolute URLs under it are internal); by default it is read from the home page's canonical link.
 */
export function checkLinks(distDir: string, siteUrl = readSiteUrl(distDir)): LinkReport {
  const site = new URL(siteUrl);
  const files = listFiles(distDir);
  const fileSet = new Set(files);
  const idCache = new Map<string, Set<string>>();
  const report: LinkReport = { problems: [], internal: 0, external: 0, files: 0 };

  const idsOf = (file: string, root?: HTMLElement): Set<string> => {
    let ids = idCache.get(file);
    if (!ids) {
      const html = root ?? parse(readFileSync(path.join(distDir, file), 'utf8'));
      ids = new Set<string>();
      for (const element of html.querySelectorAll('[id]')) ids.add(element.getAttribute('id')!);
      for (const element of html.querySelectorAll('a[name]')) ids.add(element.getAttribute('name')!);
      idCache.set(file, ids);
    }
    return ids;
  };

  /** Checks one URL found in `file`, whose own URL is `base`. */
  const check = (file: string, base: URL, raw: string, where: string) => {
    const url = raw.trim();
    if (url === '' || /^(mailto|tel|javascript|data|blob|about):/i.test(url)) return;
    let target: URL;
    try {
      target = new URL(url, base);
    } catch {
      report.problems.push({ file, url, where, problem: 'not a valid URL' });
      return;
    }
    if (target.origin !== site.origin || !target.pathname.startsWith(site.pathname)) {
      report.external++;
      return;
    }
    report.internal++;
    if (file === '404.html' && !/^(\/|#|[a-z][a-z0-9+.-]*:)/i.test(url)) {
      report.problems.push({ file, url, where, problem: 'relative URL on the 404 page: it breaks at every unknown address the page is served for' });
    }
    const resolved = resolveFile(target, site, fileSet, distDir);
    if ('problem' in resolved) {
      report.problems.push({ file, url, where, problem: resolved.problem });
      return;
    }
    // JSON-LD `@id`s such as `…/#article` name graph nodes, not elements.
    const fragment = where === 'JSON-LD' ? '' : decodeURIComponentSafe(target.hash.slice(1));
    if (fragment && fragment !== 'top' && !fragment.startsWith(':~:') && resolved.file.endsWith('.html')) {
      if (!idsOf(resolved.file).has(fragment)) {
        report.problems.push({ file, url, where, problem: `no element with id "${fragment}" on ${urlPathOf(resolved.file)}` });
      }
    }
  };

  for (const file of files) {
    const full = path.join(distDir, file);
    if (file.endsWith('.html')) {
      report.files++;
      const html = parse(readFileSync(full, 'utf8'));
      idsOf(file, html);
      const base = new URL(urlPathOf(file).slice(1), site);
      for (const [selector, attribute] of URL_ATTRIBUTES) {
        for (const element of html.querySelectorAll(selector)) {
          check(file, base, element.getAttribute(attribute) ?? '', selector);
        }
      }
      for (const element of html.querySelectorAll('use, image')) {
        const href = element.getAttribute('xlink:href');
        if (href) check(file, base, href, `${element.tagName.toLowerCase()}[xlink:href]`);
      }
      for (const element of html.querySelectorAll('img[srcset], source[srcset]')) {
        for (const candidate of parseSrcset(element.getAttribute('srcset') ?? '')) check(file, base, candidate, `${element.tagName.toLowerCase()}[srcset]`);
      }
      for (const element of html.querySelectorAll('meta[content]')) {
        const content = element.getAttribute('content') ?? '';
        const key = element.getAttribute('property') ?? element.getAttribute('name') ?? element.getAttribute('itemprop') ?? 'meta';
        if (/^https?:\/\//.test(content) || /(^|:)(image|url)$/.test(key)) check(file, base, content, `meta[${key}]`);
      }
      for (const element of html.querySelectorAll('[style], style')) {
        const css = element.tagName === 'STYLE' ? element.text : (element.getAttribute('style') ?? '');
        for (const ref of cssUrls(css)) check(file, base, ref, 'css url()');
      }
      for (const element of html.querySelectorAll('script[type="application/ld+json"]')) {
        for (const ref of absoluteUrls(element.text, site)) check(file, base, ref, 'JSON-LD');
      }
    } else if (file.endsWith('.css')) {
      report.files++;
      const base = new URL(file, site);
      for (const ref of cssUrls(readFileSync(full, 'utf8'))) check(file, base, ref, 'css url()');
    } else if (TEXT_FILES.test(file) && statSync(full).size < 20_000_000) {
      report.files++;
      const base = new URL(file, site);
      for (const ref of absoluteUrls(readFileSync(full, 'utf8'), site)) check(file, base, ref, 'feed/data file');
    }
  }
  return report;
}

/** The site URL the build was made for, from the home page's canonical link. */
export function readSiteUrl(distDir: string): string {
  const home = parse(readFileSync(path.join(distDir, 'index.html'), 'utf8'));
  const canonical = home.querySelector('link[rel=canonical]')?.getAttribute('href');
  if (!canonical) throw new Error(`${distDir}/index.html has no <link rel="canonical">: cannot tell the site URL`);
  return canonical;
}

/** The file a URL is served from, or why there is none. */
function resolveFile(target: URL, site: URL, files: Set<string>, distDir: string): { file: string } | { problem: string } {
  let pathname: string;
  try {
    pathname = decodeURIComponent(target.pathname.slice(site.pathname.length));
  } catch {
    return { problem: 'badly percent-encoded path' };
  }
  if (pathname === '' || pathname.endsWith('/')) {
    const index = `${pathname}index.html`;
    return files.has(index) ? { file: index } : { problem: `no page: dist/${index} does not exist` };
  }
  if (files.has(pathname)) return { file: pathname };
  if (files.has(`${pathname}/index.html`)) return { problem: `missing trailing slash: the page is /${pathname}/ (the server answers 404 without the slash)` };
  if (existsSync(path.join(distDir, pathname))) return { file: pathname };
  return { problem: `no file: dist/${pathname} does not exist` };
}

/** URLs of a `srcset`: comma-separated candidates of a URL and an optional descriptor. */
export function parseSrcset(srcset: string): string[] {
  const urls: string[] = [];
  let rest = srcset;
  for (;;) {
    const match = /^[\s,]*(\S+)/.exec(rest);
    if (!match) return urls;
    rest = rest.slice(match[0].length);
    let url = match[1]!;
    if (url.endsWith(',')) url = url.replace(/,+$/, '');
    else rest = rest.slice((/^[^,]*,?/.exec(rest) ?? [''])[0].length); // the descriptor ("2x", "640w")
    if (url) urls.push(url);
  }
}

/** URLs in CSS `url(...)`, quoted or not. */
export function cssUrls(css: string): string[] {
  return [...css.matchAll(/url\(\s*(['"]?)([^'")]+)\1\s*\)/g)].map((match) => match[2]!).filter((url) => !url.startsWith('#'));
}

/** The site's own absolute URLs in a text (feeds, sitemap, JSON), entity-decoded. */
export function absoluteUrls(text: string, site: URL): string[] {
  const prefix = site.href.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  // Feeds carry HTML escaped once (RSS/Atom) or in JSON strings: unescape the delimiters first.
  const unescaped = text
    .replace(/&(quot|#34|#x22);/gi, '"')
    .replace(/&(apos|#39|#x27);/gi, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
  const found = unescaped.match(new RegExp(`${prefix}[^\\s"'<>\\\\)\\]]*`, 'g')) ?? [];
  return found.map((url) => url.replace(/[.,;:]+$/, ''));
}

function decodeURIComponentSafe(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}
