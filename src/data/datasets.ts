// Every CSV the story reads, with its exact header, row schema and key. The row types are derived
// from these schemas (`RowOf`), never written by hand. Provenance: content/data/SOURCES.md.

import { z } from 'astro/zod';
import { defineDataset, type RowOf } from './defineDataset';
import {
  choiceCell,
  countCell,
  dateCell,
  optionalDateCell,
  numberCell,
  optionalTextCell,
  optionalUrlCell,
  positiveCell,
  textCell,
  timeCell,
  urlCell,
  yesNoCell,
} from './fields';

const byDate = { key: (row: { date: string }) => row.date, describe: 'date' };

export const nvdaDaily = defineDataset({
  file: 'nvda_daily.csv',
  columns: ['date', 'open', 'high', 'low', 'close', 'volume', 'source'],
  row: z.object({
    date: dateCell,
    open: positiveCell,
    high: positiveCell,
    low: positiveCell,
    close: positiveCell,
    volume: countCell,
    source: textCell,
  }),
  unique: byDate,
  ascending: byDate,
});

const soxDaily = defineDataset({
  file: 'sox_daily.csv',
  columns: ['date', 'open', 'high', 'low', 'close'],
  row: z.object({ date: dateCell, open: positiveCell, high: positiveCell, low: positiveCell, close: positiveCell }),
  unique: byDate,
  ascending: byDate,
});

const indicesDaily = defineDataset({
  file: 'indices_daily.csv',
  columns: ['date', 'symbol', 'close', 'source'],
  row: z.object({ date: dateCell, symbol: textCell, close: positiveCell, source: textCell }),
  unique: { key: (row) => `${row.symbol} ${row.date}`, describe: 'symbol and date' },
  ascending: { ...byDate, group: (row) => row.symbol },
});

export const contagionDaily = defineDataset({
  file: 'contagion_daily.csv',
  columns: ['date', 'symbol', 'name', 'exchange', 'currency', 'close', 'volume', 'price_basis', 'source'],
  row: z.object({
    date: dateCell,
    symbol: textCell,
    name: textCell,
    exchange: textCell,
    currency: textCell,
    close: positiveCell,
    volume: countCell,
    price_basis: choiceCell(['close_unadjusted', 'close_dividend_adjusted']),
    source: textCell,
  }),
  unique: { key: (row) => `${row.symbol} ${row.date}`, describe: 'symbol and date' },
  ascending: { ...byDate, group: (row) => row.symbol },
});

export const recordLosses = defineDataset({
  file: 'record_losses.csv',
  columns: ['date', 'company', 'ticker', 'loss_usd_billions', 'reported_pct_change', 'source_title', 'source_url', 'note'],
  row: z.object({
    date: dateCell,
    company: textCell,
    ticker: textCell,
    loss_usd_billions: positiveCell,
    reported_pct_change: optionalTextCell,
    source_title: textCell,
    source_url: optionalUrlCell,
    note: optionalTextCell,
  }),
  unique: { key: (row) => `${row.ticker} ${row.date} ${row.source_url ?? row.source_title}`, describe: 'report' },
});

const nvdaSharesOutstanding = defineDataset({
  file: 'nvda_shares_outstanding.csv',
  columns: [
    'id',
    'shares_billions',
    'as_of',
    'measure',
    'used_for_market_value',
    'source_title',
    'source_url',
    'status',
    'measure_fr',
    'as_of_fr',
    'source_title_fr',
  ],
  row: z.object({
    id: textCell,
    shares_billions: positiveCell,
    as_of: textCell,
    measure: textCell,
    used_for_market_value: yesNoCell,
    source_title: textCell,
    source_url: optionalUrlCell,
    status: textCell,
    measure_fr: textCell,
    /** French wording of a non-date `as_of` ("fiscal 2024" → "exercice 2024"); empty for dates. */
    as_of_fr: optionalTextCell,
    source_title_fr: textCell,
  }),
  unique: { key: (row) => row.id, describe: 'id' },
});

const exchangeSessions = defineDataset({
  file: 'exchange_sessions.csv',
  columns: [
    'exchange',
    'city',
    'time_zone',
    'utc_offset_hours',
    'local_open',
    'local_close',
    'latitude',
    'longitude',
    'source_title',
    'source_url',
  ],
  row: z.object({
    exchange: textCell,
    city: textCell,
    time_zone: textCell,
    utc_offset_hours: numberCell,
    local_open: timeCell,
    local_close: timeCell,
    latitude: numberCell,
    longitude: numberCell,
    source_title: textCell,
    source_url: optionalUrlCell,
  }),
  unique: { key: (row) => row.exchange, describe: 'exchange' },
});

const reportedMoves = defineDataset({
  file: 'reported_moves.csv',
  columns: ['date', 'symbol', 'name', 'exchange', 'change_pct', 'basis', 'source', 'note'],
  row: z.object({
    date: dateCell,
    symbol: textCell,
    name: textCell,
    exchange: textCell,
    change_pct: numberCell,
    basis: choiceCell(['close', 'intraday']),
    /** Id of the report in sources.csv. */
    source: textCell,
    note: optionalTextCell,
  }),
  unique: { key: (row) => `${row.symbol} ${row.date}`, describe: 'symbol and date' },
});

/** The debate map's groups, in the order it shows them. */
export const quoteLeans = ['threat', 'efficiency', 'overreaction', 'context', 'response'] as const;

const quotes = defineDataset({
  file: 'quotes.csv',
  columns: ['id', 'speaker', 'role', 'date', 'text', 'source', 'lean', 'note', 'speaker_fr', 'role_fr', 'text_fr', 'verbatim_url'],
  row: z.object({
    id: textCell,
    speaker: textCell,
    /** The speaker's title and place, only as the source gives them. */
    role: textCell,
    date: dateCell,
    /** Verbatim, as published in English. */
    text: textCell,
    /** Id in sources.csv of who published the words first (or to whom they were said): the credit line. */
    source: textCell,
    /**
     * For the debate's quotes, what the quote itself says on whether DeepSeek made AI spending look
     * wasted: threat, efficiency (how DeepSeek did more with less), overreaction, context (chips and
     * export controls), or response (the statements of Nvidia and the president).
     */
    lean: z.union([z.literal('').transform(() => undefined), choiceCell(quoteLeans)]),
    note: optionalTextCell,
    speaker_fr: textCell,
    role_fr: textCell,
    /** This project's French translation, shown with the original in the French edition. */
    text_fr: textCell,
    /** A page that prints the quote word for word (an archived copy counts): what the credit links to. */
    verbatim_url: urlCell,
  }),
  unique: { key: (row) => row.id, describe: 'quote id' },
});

const reportedFigures = defineDataset({
  file: 'reported_figures.csv',
  columns: ['id', 'value', 'unit', 'decimals', 'qualifier', 'description', 'source', 'description_fr'],
  row: z.object({
    id: textCell,
    value: numberCell,
    unit: choiceCell(['usd', 'usd_millions', 'usd_billions', 'usd_trillions', 'millions', 'count', 'score', 'percent', 'points']),
    /** Decimals the report printed, when its trailing zeros matter (0.80); otherwise those of `value`. */
    decimals: z.union([z.literal('').transform(() => undefined), countCell]),
    /** How the report qualified the figure; the prose says it too. */
    qualifier: z.union([z.literal('').transform(() => undefined), choiceCell(['about', 'almost', 'as much as', 'more than', 'up to'])]),
    description: textCell,
    /** Id of the report in sources.csv. */
    source: textCell,
    description_fr: textCell,
  }),
  unique: { key: (row) => row.id, describe: 'figure id' },
});

const timelineEvents = defineDataset({
  file: 'timeline_events.csv',
  columns: ['id', 'date', 'source'],
  row: z.object({ id: textCell, date: dateCell, source: textCell }),
  unique: { key: (row) => row.id, describe: 'event id' },
  ascending: byDate,
});

/** Every article, report or document the story cites: the outlet a reader sees, and where it was read. */
const sources = defineDataset({
  file: 'sources.csv',
  columns: ['id', 'outlet', 'title', 'date', 'byline', 'url', 'copy_url', 'note', 'note_fr', 'outlet_fr'],
  row: z.object({
    id: textCell,
    /** Who published it; the story names only this. */
    outlet: textCell,
    /** The headline as published, when it was seen; empty otherwise. */
    title: optionalTextCell,
    date: optionalDateCell,
    byline: optionalTextCell,
    /** The article on the outlet's own site or a publication that carries it under licence; linked from the story. */
    url: optionalUrlCell,
    /** An archived copy (mirror, aggregator) where the text was read; shown on the methods page only. */
    copy_url: optionalUrlCell,
    note: optionalTextCell,
    note_fr: optionalTextCell,
    /** The outlet's name in French, where it has one (a committee, not a newspaper). */
    outlet_fr: optionalTextCell,
  }),
  unique: { key: (row) => row.id, describe: 'source id' },
});

const seedClaims = defineDataset({
  file: 'seed_claims.csv',
  columns: ['id', 'source', 'claim', 'comparator', 'claimed', 'unit', 'checked_against', 'note', 'claim_fr', 'note_fr'],
  row: z.object({
    id: textCell,
    /** Id of the first report (seed article) in sources.csv. */
    source: textCell,
    claim: textCell,
    comparator: choiceCell(['about', 'nearly', 'more than']),
    claimed: numberCell,
    unit: choiceCell(['percent', 'usd_billions']),
    checked_against: textCell,
    note: optionalTextCell,
    claim_fr: textCell,
    note_fr: optionalTextCell,
  }),
  unique: { key: (row) => row.id, describe: 'claim id' },
});

export const datasets = {
  nvdaDaily,
  soxDaily,
  indicesDaily,
  contagionDaily,
  recordLosses,
  nvdaSharesOutstanding,
  exchangeSessions,
  reportedMoves,
  quotes,
  reportedFigures,
  timelineEvents,
  sources,
  seedClaims,
};

export type NvdaDay = RowOf<typeof nvdaDaily>;
export type SoxDay = RowOf<typeof soxDaily>;
export type IndexDay = RowOf<typeof indicesDaily>;
export type ContagionDay = RowOf<typeof contagionDaily>;
export type RecordLoss = RowOf<typeof recordLosses>;
export type ShareCount = RowOf<typeof nvdaSharesOutstanding>;
export type ExchangeSession = RowOf<typeof exchangeSessions>;
export type ReportedMove = RowOf<typeof reportedMoves>;
export type ReportedFigure = RowOf<typeof reportedFigures>;
export type TimelineEvent = RowOf<typeof timelineEvents>;
export type SeedClaim = RowOf<typeof seedClaims>;
export type Source = RowOf<typeof sources>;
