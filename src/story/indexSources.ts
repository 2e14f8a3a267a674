// The sources the story cites, by id, after checking that every citation names one that exists.

import type { Source } from '../data/datasets';

export function indexSources(sources: readonly Source[], citations: readonly { id: string; where: string }[]): ReadonlyMap<string, Source> {
  const byId = new Map(sources.map((source) => [source.id, source]));
  for (const { id, where } of citations) {
    if (!byId.has(id)) throw new Error(`${where}: no source "${id}" in sources.csv`);
  }
  return byId;
}
