// Build-time only: reads every dataset once, derives the story's figures, and hands them to pages,
// the <Fact> component and the chart inputs. A bad data file fails here, naming file and row.

import type { z } from 'astro/zod';
import { datasets } from '../data/datasets';
import type { DatasetDefinition } from '../data/defineDataset';
import { defaultDataDir, readDataset } from '../data/readDataset';
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { prepareCharts } from './chartRegistry';
import { aftermath as deriveAftermath } from '../derive/aftermath';
import { checkClaim } from '../derive/checkClaim';
import { chipIndexSelloff } from '../derive/chipIndexSelloff';
import { nvidiaSelloff } from '../derive/nvidiaSelloff';
import { sessionMoves } from '../derive/sessionMoves';
import { intradayCheck, recordLossRanking } from '../derive/recordLosses';
import type { FactTable } from '../facts/defineFacts';
import { aftermathFacts } from '../facts/aftermathFacts';
import { chipFacts } from '../facts/chipFacts';
import { claimRuleFacts } from '../facts/claimRuleFacts';
import { contagionFacts } from '../facts/contagionFacts';
import { nvidiaFacts } from '../facts/nvidiaFacts';
import { openingFacts } from '../facts/openingFacts';
import { lookUpFact } from '../facts/defineFacts';
import { companies } from '../editorial/companies';
import { indexSources } from './indexSources';
import { storySessions } from '../editorial/sessions';

function readStoryData(dataDir: string | undefined) {
  return {
    prices: readDataset(datasets.nvdaDaily, { dataDir }),
    shareCounts: readDataset(datasets.nvdaSharesOutstanding, { dataDir }),
    reports: readDataset(datasets.recordLosses, { dataDir }),
    sox: readDataset(datasets.soxDaily, { dataDir }),
    indices: readDataset(datasets.indicesDaily, { dataDir }),
    contagion: readDataset(datasets.contagionDaily, { dataDir }),
    exchanges: readDataset(datasets.exchangeSessions, { dataDir }),
    reported: readDataset(datasets.reportedMoves, { dataDir }),
    quotes: readDataset(datasets.quotes, { dataDir }),
    figures: readDataset(datasets.reportedFigures, { dataDir }),
    events: readDataset(datasets.timelineEvents, { dataDir }),
    claims: readDataset(datasets.seedClaims, { dataDir }),
    sources: readDataset(datasets.sources, { dataDir }),
  };
}
type StoryData = ReturnType<typeof readStoryData>;

// The cache between the data and the pages: every <Fact>, quote, table and chart on a page asks for the
// story; it is read and derived once, and again only when a data file changes (`astro dev` sees an edit).
let current: { stamp: string; story: ReturnType<typeof deriveStory> } | undefined;

export function loadStory({ dataDir = defaultDataDir }: { dataDir?: string | undefined } = {}) {
  const stamp = [dataDir, ...datasetFiles.map((file) => modifiedAt(join(dataDir, file)))].join('|');
  if (current?.stamp !== stamp) current = { stamp, story: deriveStory(readStoryData(dataDir), dataDir) };
  return current.story;
}

const datasetFiles = Object.values(datasets).map((definition) => definition.file);
/** A missing file is not an error here: readDataset reports it, naming the file. */
const modifiedAt = (path: string) => (existsSync(path) ? statSync(path).mtimeMs : 'missing');

function deriveStory(data: StoryData, dataDir: string) {
  const figures = {
    ...deriveFigures(data),
    /** A dataset only one chart reads, from the story's data folder: `dataset(datasets.myData)`. */
    dataset: readFrom(dataDir),
  };
  return { ...figures, charts: prepareCharts(figures) };
}

function deriveFigures(data: StoryData) {
  const { prices, shareCounts, reports, sox, indices, contagion, exchanges, reported, quotes, figures, events, claims, sources } = data;
  // Every citation names a source that exists; a typo fails the build naming the file and row.
  const sourceById = indexSources(sources, [
    ...quotes.map((quote) => ({ id: quote.source, where: `quotes.csv (quote ${quote.id})` })),
    ...figures.map((figure) => ({ id: figure.source, where: `reported_figures.csv (figure ${figure.id})` })),
    ...reported.map((move) => ({ id: move.source, where: `reported_moves.csv (${move.symbol})` })),
    ...events.map((event) => ({ id: event.source, where: `timeline_events.csv (event ${event.id})` })),
    ...claims.map((claim) => ({ id: claim.source, where: `seed_claims.csv (claim ${claim.id})` })),
  ]);

  const nvidia = nvidiaSelloff({ prices, shareCounts });
  const records = recordLossRanking({ reports, nvidia, prices });
  const intraday = intradayCheck({ reports, nvidia });
  const chipIndex = chipIndexSelloff({ sox, indices });
  const sessions = sessionMoves({ prices: contagion, reported, exchanges, sessions: storySessions, companies });
  const aftermath = deriveAftermath({ prices, sox, indices });
  const facts: FactTable = {
    ...nvidiaFacts({ nvidia, records, intraday }),
    ...chipFacts({ chipIndex, sessions }),
    ...contagionFacts({ sessions, reported }),
    ...openingFacts({ figures, events }),
    ...claimRuleFacts(),
    ...aftermathFacts(aftermath),
  };
  // Each first-report claim against the fact it names; a claim naming an unknown fact fails the build.
  const claimChecks = claims.map((claim) => {
    const fact = lookUpFact(facts, claim.checked_against, { where: `seed_claims.csv (claim ${claim.id})` });
    if (typeof fact.value !== 'number') throw new Error(`seed_claims.csv (claim ${claim.id}): ${claim.checked_against} is not a number`);
    const check = checkClaim(claim, fact.value, { plusOrMinus: fact.plusOrMinus ?? 0 });
    // Printed at the precision of the figure checked against.
    return { ...check, digits: 'digits' in fact.format ? fact.format.digits : undefined };
  });

  return {
    prices,
    shareCounts,
    reports,
    sox,
    indices,
    contagion,
    exchanges,
    reported,
    quotes,
    figures,
    events,
    sources,
    /** The source a quote, figure or report cites, by its id in sources.csv. */
    source: (id: string) => sourceById.get(id)!,
    nvidia,
    records,
    intraday,
    chipIndex,
    sessions,
    aftermath,
    claimChecks,
    facts,
  };
}

export type Story = ReturnType<typeof loadStory>;
/** What a chart's input builder may read: the story's data and derived figures, without the charts. */
export type StoryFigures = ReturnType<typeof deriveFigures> & { dataset: ReturnType<typeof readFrom> };

const readFrom =
  (dataDir: string) =>
  <Schema extends z.ZodObject>(definition: DatasetDefinition<Schema>) =>
    readDataset(definition, { dataDir });

/** Every dataset the project ships, validated; used to fail a build early on any bad file. */
export function validateAllDatasets({ dataDir }: { dataDir?: string | undefined } = {}) {
  const definitions: readonly DatasetDefinition<z.ZodObject>[] = Object.values(datasets) as unknown as DatasetDefinition<z.ZodObject>[];
  return definitions.map((definition) => ({ file: definition.file, rows: readDataset(definition, { dataDir }).length }));
}
