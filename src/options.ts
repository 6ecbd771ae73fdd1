/**
 * The options a publication passes to `sitrep({ … })` in its astro.config.mjs: one schema,
 * validated when the build (or any `sitrep` command) starts. A bad value stops it with the
 * option's name, what was expected and a hint. Pure: no Astro, no file system.
 */
import { z } from 'astro/zod';
import { SitrepError, SitrepErrors } from './errors.ts';

const slug = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Components a publication may replace with its own, by name. */
export const OVERRIDABLE_COMPONENTS = ['Header', 'Footer'] as const;
export type OverridableComponent = (typeof OVERRIDABLE_COMPONENTS)[number];

const optionsSchema = z.strictObject({
  /** Publication name: header, titles, feeds and cards. */
  name: z.string().min(1).max(80),
  /** One sentence about the publication: home page meta description and feed description. */
  description: z.string().min(1).max(300),
  /** Absolute base URL where `dist/` will be served, e.g. https://briefings.example.org/ */
  url: z.url({ protocol: /^https?$/, error: 'expected an absolute http(s) URL such as https://briefings.example.org/' }),
  /** BCP 47 language tag of the content ("en", "en-GB", "fr"). */
  lang: z.string().regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, { error: 'expected a BCP 47 language tag such as "en" or "en-GB"' }),
  /** Author id used by `sitrep new` when none is given: a file content/authors/<id>.yaml. */
  defaultAuthor: z.string().regex(slug, { error: 'expected an author id (lowercase letters, digits and hyphens) such as "editorial-desk"' }),
  /** How many briefings the home page lists. */
  homeCount: z.number().int().min(1).max(100).default(8),
  /** Items per feed; 0 means every published briefing. */
  feedItems: z.number().int().min(0).default(0),
  /**
   * Components of the publication's own that replace Sitrep's, by name: paths relative to the
   * project root, e.g. `{ Header: './src/components/MastHead.astro' }`.
   */
  components: z.strictObject(Object.fromEntries(OVERRIDABLE_COMPONENTS.map((name) => [name, z.string().min(1).optional()])) as Record<OverridableComponent, z.ZodOptional<z.ZodString>>).default({}),
  /** Style sheets of the publication's own, loaded after Sitrep's: paths relative to the project root. */
  customCss: z.array(z.string().min(1)).default([]),
});

/** Options as a publication writes them, before defaults. */
export type SitrepOptions = z.input<typeof optionsSchema>;
/** Options with defaults resolved and the URL ending in a slash. */
export type SiteConfig = z.output<typeof optionsSchema>;

/** Validates the options, throwing one error that names every bad option. */
export function resolveOptions(input: unknown, file = 'astro.config.mjs'): SiteConfig {
  const result = optionsSchema.safeParse(input);
  if (result.success) return { ...result.data, url: result.data.url.endsWith('/') ? result.data.url : `${result.data.url}/` };
  const detail = result.error.issues.map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`).join('; ');
  throw new SitrepError({ name: 'InvalidSiteConfig', file, message: SitrepErrors.InvalidSiteConfig.message(detail), hint: SitrepErrors.InvalidSiteConfig.hint() });
}
