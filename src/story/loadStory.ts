// Build-time only: reads every dataset once, derives the story's figures, and hands them to pages,
// the <Fact> component and the chart inputs. A bad data file fails here, naming file and row.

import type { z } from 'astro/zod';
import { datasets } from '../data/datasets';
import type { DatasetDefinition } from '../data/defineDataset';
import { readDataset } from '../data/readDataset';
import { recoveryAfter, worstSince } from '../derive/aftermath';
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
import { selloffDay } from '../derive/storyDates';
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
  const quotes = readDataset(datasets.quotes, { dataDir });
  const figures = readDataset(datasets.reportedFigures, { dataDir });
  const events = readDataset(datasets.timelineEvents, { dataDir });
  const claims = readDataset(datasets.seedClaims, { dataDir });

  const nvidia = nvidiaSelloff({ prices, shareCounts });
  const records = recordLossRanking({ reports, nvidia });
  const intraday = intradayCheck({ reports, nvidia });
  const chipIndex = chipIndexSelloff({ sox, indices });
  const sessions = sessionMoves({ prices: contagion, reported, exchanges, sessions: storySessions, companies });
  const index = (symbol: string) => indices.filter((row) => row.symbol === symbol);
  const aftermath = {
    nvidia: recoveryAfter(prices, { selloffDay }),
    sox: recoveryAfter(sox, { selloffDay }),
    nasdaq: recoveryAfter(index('^IXIC'), { selloffDay }),
    sp500: recoveryAfter(index('^GSPC'), { selloffDay }),
  };
  const february = index('^GSPC').filter((row) => row.date.startsWith('2025-02'));
  const facts: FactTable = {
    ...nvidiaFacts({ nvidia, records, intraday }),
    ...chipFacts({ chipIndex, sessions }),
    ...contagionFacts({ sessions, reported }),
    ...openingFacts({ figures, events }),
    ...claimRuleFacts(),
    ...aftermathFacts({
      ...aftermath,
      nasdaqWorstSince: worstSince(index('^IXIC'), selloffDay),
      sp500FebruaryHigh: february.reduce((high, row) => (row.close > high.close ? row : high)),
    }),
  };
  // Each first-report claim against the fact it names; a claim naming an unknown fact fails the build.
  const claimChecks = claims.map((claim) => {
    const fact = lookUpFact(facts, claim.checked_against, { where: `seed_claims.csv (claim ${claim.id})` });
    if (typeof fact.value !== 'number') throw new Error(`seed_claims.csv (claim ${claim.id}): ${claim.checked_against} is not a number`);
    return checkClaim(claim, fact.value);
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

/** Every dataset the project ships, validated; used to fail a build early on any bad file. */
export function validateAllDatasets({ dataDir }: { dataDir?: string | undefined } = {}) {
  const definitions: readonly DatasetDefinition<z.ZodObject>[] = Object.values(datasets) as unknown as DatasetDefinition<z.ZodObject>[];
  return definitions.map((definition) => ({ file: definition.file, rows: readDataset(definition, { dataDir }).length }));
}
