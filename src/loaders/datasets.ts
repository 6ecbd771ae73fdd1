/**
 * The Astro content loader of the datasets (`content/data/<id>.csv|json`): reads the files and
 * stores what the pure parser (src/model/datasets.ts) makes of them.
 */
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader } from 'astro/loaders';
import { explain } from '../errors.ts';
import { readContentFile } from './content-files.ts';
import { ChartError, datasetFormat, parseDataset } from '../model/datasets.ts';
import type { Dataset } from '../schemas/dataset.ts';

/** Reads and parses one dataset file; `root` makes `file` relative for messages. */
export async function readDataset(absolutePath: string, root: string = process.cwd()): Promise<Dataset> {
  const file = toPosix(path.relative(root, absolutePath));
  // The content folder is the one that holds `data/`.
  return parseDataset(readContentFile(absolutePath, path.dirname(path.dirname(absolutePath)), file, 'dataset'), file);
}

function toPosix(p: string): string {
  return p.split(path.sep).join('/');
}

/** Options of `datasetLoader`. */
export interface DatasetLoaderOptions {
  /** The folder holding `<id>.csv` and `<id>.json` files, absolute or relative to the project root. */
  base: string;
  /** The content folder, which no file may leave through a link; by default the folder that holds `base`. */
  contentDir?: string;
}

/**
 * An Astro content loader: one entry per `*.csv`/`*.json` file in `base`, id = file name without
 * extension, data = `{ format, file, columns, rows, lines }` (src/schemas/dataset.ts).
 */
export function datasetLoader({ base, contentDir }: DatasetLoaderOptions): Loader {
  return {
    name: 'sitrep-datasets',
    load: async ({ store, parseData, generateDigest, logger, watcher, config }) => {
      const root = fileURLToPath(config.root);
      const dir = path.resolve(root, base);
      const inside = contentDir ? path.resolve(root, contentDir) : path.dirname(dir);
      const loadFile = async (name: string) => {
        const absolute = path.join(dir, name);
        const id = name.replace(/\.[^.]+$/, '');
        const file = toPosix(path.relative(root, absolute));
        // Only plain files of the content folder, within the size limit (./content-files.ts):
        // the gate has checked them, and this holds for a file `astro dev` reloads too.
        const text = readContentFile(absolute, inside, file, 'dataset');
        const data = await parseData({ id, data: parseDataset(text, file) as unknown as Record<string, unknown>, filePath: file });
        store.set({ id, data, digest: generateDigest(text), filePath: file });
      };
      let names: string[] = [];
      try {
        names = (await readdir(dir)).filter((n) => datasetFormat(n) !== undefined).sort();
      } catch {
        logger.info(`no dataset folder at ${toPosix(path.relative(root, dir))}; charts can still use inline rows`);
      }
      const ids = names.map((n) => n.replace(/\.[^.]+$/, ''));
      const twice = ids.find((id, i) => ids.indexOf(id) !== i);
      if (twice) {
        throw new ChartError({ file: toPosix(path.relative(root, dir)), ...explain('DatasetUnreadable', [twice], []) });
      }
      for (const id of store.keys()) if (!ids.includes(id)) store.delete(id);
      for (const name of names) await loadFile(name);
      if (!names.length) {
        // An empty collection still exists once an entry has come and gone, so pages that list
        // the datasets get [] without Astro's "does not exist or is empty" warning.
        store.set({ id: '.none', data: {} });
        store.delete('.none');
      }

      if (watcher) {
        watcher.add(dir);
        const inDir = (p: string) => path.dirname(p) === dir && datasetFormat(p) !== undefined;
        const reload = async (p: string) => {
          if (!inDir(p)) return;
          try {
            await loadFile(path.basename(p));
            logger.info(`reloaded dataset ${path.basename(p)}`);
          } catch (error) {
            logger.error((error as Error).message);
          }
        };
        watcher.on('add', reload);
        watcher.on('change', reload);
        watcher.on('unlink', (p) => {
          if (inDir(p)) store.delete(path.basename(p).replace(/\.[^.]+$/, ''));
        });
      }
    },
  };
}

