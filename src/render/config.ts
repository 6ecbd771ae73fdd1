/**
 * The publication's resolved options (`sitrep({ … })` in astro.config.mjs), for the pages and
 * everything they render. They arrive through a virtual module, so the publication keeps no
 * config file of Sitrep's.
 */
import config from 'virtual:sitrep/config';
import type { SiteConfig } from '../options.ts';

/** The options as pages read them; the publication's own components and style sheets are wired separately. */
export const siteConfig: Omit<SiteConfig, 'components' | 'customCss'> = config;
