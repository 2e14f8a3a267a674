// Build-time only: reads every dataset once, derives the story's figures, and hands them to pages,
// the <Fact> component and the chart inputs. A bad data file fails here, naming file and row.

import type { z } from 'astro/zod';
import { datasets } from '../data/datasets';
import type { DatasetDefinition } from '../data/defineDataset';
import { readDataset } from '../data/readDataset';
import { chipIndexSelloff } from '../derive/chipIndexSelloff';
import { nvidiaSelloff } from '../derive/nvidiaSelloff';
import { sessionMoves } from '../derive/sessionMoves';
import { intradayCheck, recordLossRanking } from '../derive/recordLosses';
import type { FactTable } from '../facts/defineFacts';
import { chipFacts } from '../facts/chipFacts';
import { contagionFacts } from '../facts/contagionFacts';
import { nvidiaFacts } from '../facts/nvidiaFacts';
import { companies } from './companies';
import { storySessions } from './sessions';

export function loadStory({ dataDir }: { dataDir?: string | undefined } = {}) {
  const prices = readDataset(datasets.nvdaDaily, { dataDir });
  const shareCounts = readDataset(datasets.nvdaSharesOutstanding, { dataDir });
  const reports = readDataset(datasets.recordLosses, { dataDir });
  const sox = readDataset(datasets.soxDaily, { dataDir });
  const indices = readDataset(datasets.indicesDaily, { dataDir });
  const contagion = readDataset(datasets.contagionDaily, { dataDir });
  const exchanges = readDataset(datasets.exchangeSessions, { dataDir });
  const reported = readDataset(datasets.reportedMoves, { dataDir });

  const nvidia = nvidiaSelloff({ prices, shareCounts });
  const records = recordLossRanking({ reports, nvidia });
  const intraday = intradayCheck({ reports, nvidia });
  const chipIndex = chipIndexSelloff({ sox, indices });
  const sessions = sessionMoves({ prices: contagion, reported, exchanges, sessions: storySessions, companies });
  const facts: FactTable = {
    ...nvidiaFacts({ nvidia, records, intraday }),
    ...chipFacts({ chipIndex, sessions }),
    ...contagionFacts({ sessions, reported }),
  };

  return {
    prices,
    shareCounts,
    reports,
    sox,
    indices,
    contagion,
    exchanges,
    reported,
    nvidia,
    records,
    intraday,
    chipIndex,
    sessions,
    facts,
  };
}

export type Story = ReturnType<typeof loadStory>;

/** Every dataset the project ships, validated; used to fail a build early on any bad file. */
export function validateAllDatasets({ dataDir }: { dataDir?: string | undefined } = {}) {
  const definitions: readonly DatasetDefinition<z.ZodObject>[] = Object.values(datasets) as unknown as DatasetDefinition<z.ZodObject>[];
  return definitions.map((definition) => ({ file: definition.file, rows: readDataset(definition, { dataDir }).length }));
}
