/**
 * Resolving a chart's data source inside Astro: a dataset id through the `datasets` collection,
 * or inline rows. Kept apart from src/model/datasets.ts because `astro:content` exists only in Astro.
 */
import { getCollection, getEntry } from 'astro:content';
import type { ChartContext } from '../../model/datasets.ts';
import { inlineDataset, requireDataset } from '../../model/dataset-columns.ts';
import type { Dataset, DatasetCell } from '../../schemas/dataset.ts';

/** The dataset a chart's props name, or a ChartError naming the briefing and the ids there are. */
export async function resolveDataset(props: { data?: string | undefined; rows?: Record<string, DatasetCell>[] | undefined }, context: ChartContext): Promise<Dataset> {
  if (props.rows) return inlineDataset(props.rows, context.briefing);
  const id = props.data!;
  // Typed loosely so this compiles before the collection is registered in content.config.ts.
  const entry = await (getEntry('datasets' as never, id as never) as Promise<{ data: Dataset } | undefined>);
  const known = entry ? undefined : ((await getCollection('datasets' as never).catch(() => [])) as { id: string }[]).map((e) => e.id);
  return requireDataset(entry, id, { ...context, known });
}
