/**
 * The sample publication's resolved Sitrep options, read from its astro.config.mjs as Astro
 * would load them: tests compare built output against what the publication configured.
 */
import config from '../../astro.config.mjs';
import type { SitrepIntegration } from '../../src/index.ts';

const integration = (config.integrations ?? []).flat().find((i): i is SitrepIntegration => !!i && typeof i === 'object' && 'sitrepOptions' in i);
if (!integration) throw new Error('astro.config.mjs does not call sitrep({ … })');

/** The options the sample publication passes to `sitrep()`, with defaults resolved. */
export const sampleOptions = integration.sitrepOptions;
