/**
 * A dataset: one file `content/data/<id>.csv` or `.json` (an array of row objects), loaded by
 * `datasetLoader` (src/loaders/datasets.ts) and drawn by the chart components.
 */
import { z } from 'astro/zod';

/** The file formats a dataset may have. */
export const DATASET_FORMATS = ['csv', 'json'] as const;
export type DatasetFormat = (typeof DATASET_FORMATS)[number];

/** One cell: CSV cells are always strings; JSON cells may be numbers, booleans or null. */
export const datasetCellSchema = z.union([z.string(), z.number(), z.boolean(), z.null()]);
export type DatasetCell = z.output<typeof datasetCellSchema>;

/** A loaded dataset, as stored in the `datasets` collection. */
export const datasetSchema = z.object({
  /** `csv` or `json`, from the file extension. */
  format: z.enum(DATASET_FORMATS),
  /** The file, relative to the project root (`content/data/x.csv`): named in error messages. */
  file: z.string().min(1),
  /** Column names in file order (CSV header; union of JSON keys in first-seen order). */
  columns: z.array(z.string()),
  /** Data rows, header excluded. */
  rows: z.array(z.record(z.string(), datasetCellSchema)),
  /** 1-based file line where each row starts (same length as `rows`), for error messages. */
  lines: z.array(z.number().int().min(1)),
});
export type Dataset = z.output<typeof datasetSchema>;
