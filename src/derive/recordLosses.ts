// Ranks the largest one-day losses of market value reported for US-listed companies, with Nvidia's
// 27 January 2025 loss as computed by the story. The earlier figures are news reports, not feed
// data (see record_losses.csv): when reports of one event differ, the event shows the range.

import type { RecordLoss } from '../data/datasets';
import type { NvidiaSelloff } from './nvidiaSelloff';
import { selloffDay } from './storyDates';

export interface LossEvent {
  key: string;
  date: string;
  company: string;
  ticker: string;
  /** The figure the chart draws, in billions of US dollars. */
  loss: number;
  /** Lowest and highest reported closing figure for the event. */
  reported: { min: number; max: number };
  /** True for the loss the story computes itself (close × shares). */
  computed: boolean;
  sources: { title: string; url: string | undefined; loss: number }[];
}

/** A report written during the session (e.g. Nvidia "down 13%"), not at the close. */
export function isIntradayReport(report: RecordLoss): boolean {
  return /intraday/i.test(report.reported_pct_change ?? '') || /intraday/i.test(report.note ?? '');
}

export function recordLossRanking({ reports, nvidia }: { reports: readonly RecordLoss[]; nvidia: NvidiaSelloff }) {
  const closing = reports.filter((report) => !isIntradayReport(report));
  const groups = new Map<string, RecordLoss[]>();
  for (const report of closing) {
    const key = `${report.ticker}-${report.date}`;
    groups.set(key, [...(groups.get(key) ?? []), report]);
  }

  const events: LossEvent[] = [...groups].map(([key, group]) => {
    const figures = group.map((report) => report.loss_usd_billions);
    const reported = { min: Math.min(...figures), max: Math.max(...figures) };
    const first = group[0]!;
    const computed = first.ticker === 'NVDA' && first.date === selloffDay;
    return {
      key,
      date: first.date,
      company: first.company,
      ticker: first.ticker,
      loss: computed ? nvidia.monday.loss : reported.min,
      reported,
      computed,
      sources: group.map((report) => ({ title: report.source_title, url: report.source_url, loss: report.loss_usd_billions })),
    };
  });
  events.sort((a, b) => b.loss - a.loss || a.date.localeCompare(b.date));

  const selloff = events.find((event) => event.computed);
  if (!selloff) throw new Error(`record_losses.csv: no closing report for NVDA on ${selloffDay}`);
  const earlier = events.filter((event) => event.date < selloffDay);
  const previousRecord = earlier[0];
  if (!previousRecord) throw new Error(`record_losses.csv: no loss reported before ${selloffDay}`);
  const sameDayOthers = events.filter((event) => event.date === selloffDay && !event.computed);

  return {
    events,
    selloff,
    rank: events.indexOf(selloff) + 1,
    previousRecord,
    /** Nvidia's loss as a multiple of the previous record. */
    timesPreviousRecord: selloff.loss / previousRecord.loss,
    sameDayOthers,
  };
}

/** What a reported intraday loss implies about the share price at the time it was written. */
export function intradayCheck({ reports, nvidia }: { reports: readonly RecordLoss[]; nvidia: NvidiaSelloff }) {
  const intraday = reports.filter((report) => isIntradayReport(report) && report.date === selloffDay && report.ticker === 'NVDA');
  if (intraday.length !== 1)
    throw new Error(`record_losses.csv: expected one intraday NVDA report on ${selloffDay}, found ${intraday.length}`);
  const report = intraday[0]!;
  const impliedPrice = nvidia.friday.close - report.loss_usd_billions / nvidia.shares.shares_billions;
  return {
    report,
    reported: report.loss_usd_billions,
    impliedPrice,
    impliedChange: impliedPrice / nvidia.friday.close - 1,
    /** The implied price lies inside Monday's low–high range: the figure fits a moment of the session. */
    withinDayRange: impliedPrice >= nvidia.monday.low && impliedPrice <= nvidia.monday.high,
  };
}
