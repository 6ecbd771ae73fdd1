/**
 * The Vite plugin that hands the publication's options to Sitrep's pages: `virtual:sitrep/config`
 * (the resolved options as data) and `virtual:sitrep/components/<Name>` (Sitrep's component, or
 * the publication's replacement named in `components`). Pages import these instead of a config
 * file, so a publication configures Sitrep without copying any of its files.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';
import { OVERRIDABLE_COMPONENTS, type SiteConfig } from '../options.ts';

const PREFIX = 'virtual:sitrep/';

/** Sitrep's own component for each overridable name. */
function defaultComponent(name: string): string {
  return fileURLToPath(new URL(`../components/${name}.astro`, import.meta.url));
}

/** The plugin, for the options of one publication rooted at `root`. */
export function sitrepVirtualModules(config: SiteConfig, root: string): Plugin {
  const modules = new Map<string, string>();
  const { components, customCss, ...data } = config;
  modules.set('config', `export default ${JSON.stringify(data)};`);
  for (const name of OVERRIDABLE_COMPONENTS) {
    const file = components[name] ? path.resolve(root, components[name]) : defaultComponent(name);
    modules.set(`components/${name}`, `export { default } from ${JSON.stringify(file)};`);
  }
  modules.set('custom-css', customCss.map((file) => `import ${JSON.stringify(path.resolve(root, file))};`).join('\n'));
  return {
    name: 'sitrep:virtual-modules',
    resolveId(id) {
      if (id.startsWith(PREFIX) && modules.has(id.slice(PREFIX.length))) return `\0${id}`;
      return undefined;
    },
    load(id) {
      if (id.startsWith(`\0${PREFIX}`)) return modules.get(id.slice(PREFIX.length + 1));
      return undefined;
    },
  };
}
