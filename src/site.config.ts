/**
 * The one site configuration. Edit the values in `siteConfig` below; they are validated when the
 * build starts, and a bad value stops it with the option's name and a hint.
 */
import { z } from 'astro/zod';
import { SitrepError, SitrepErrors } from './lib/errors.ts';

const configSchema = z.strictObject({
  /** Publication name: header, titles, feeds and cards. */
  name: z.string().min(1).max(80),
  /** One sentence about the publication: home page meta description and feed description. */
  description: z.string().min(1).max(300),
  /** Absolute base URL where `dist/` will be served, e.g. https://briefings.example.org/ */
  url: z.url({ protocol: /^https?$/, error: 'expected an absolute http(s) URL such as https://briefings.example.org/' }),
  /** BCP 47 language tag of the content ("en", "en-GB", "fr"). */
  lang: z.string().regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, { error: 'expected a BCP 47 language tag such as "en" or "en-GB"' }),
  /** Author id used by `npm run new` when none is given. */
  defaultAuthor: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/),
  /** How many briefings the home page lists. */
  homeCount: z.number().int().min(1).max(100).default(8),
  /** Items per site feed; 0 means every published briefing. */
  feedItems: z.number().int().min(0).default(0),
});

/** Site options as written, before defaults. */
export type SiteConfigInput = z.input<typeof configSchema>;
/** Site options with defaults resolved. */
export type SiteConfig = z.output<typeof configSchema>;

/** Validates site options, throwing one error that names every bad option. */
export function resolveSiteConfig(input: unknown): SiteConfig {
  const result = configSchema.safeParse(input);
  if (result.success) return { ...result.data, url: result.data.url.endsWith('/') ? result.data.url : `${result.data.url}/` };
  const detail = result.error.issues.map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`).join('; ');
  throw new SitrepError({ name: 'InvalidSiteConfig', file: 'src/site.config.ts', message: SitrepErrors.InvalidSiteConfig.message(detail), hint: SitrepErrors.InvalidSiteConfig.hint() });
}

export const siteConfig: SiteConfig = resolveSiteConfig({
  name: 'Sitrep Sample Briefings',
  description: 'Security and geopolitical briefings with graded sources, estimative judgements, timelines and maps: the sample publication of Sitrep.',
  url: process.env.SITREP_SITE_URL ?? 'https://sitrep.example.org/',
  lang: 'en',
  defaultAuthor: 'editorial-desk',
});
