// Ranks the largest one-day losses of market value for US-listed companies up to the selloff. Other
// companies' figures are news reports, not feed data (see record_losses.csv): when reports of one
// event differ, the event shows the range. Nvidia's are also computed from its own closes (close ×
// the story's share count), so Nvidia days the reports of the time did not cover (7 January 2025,
// for one) are not missing from the ranking; a day that was reported keeps its reported figure.

import type { NvdaDay, RecordLoss } from '../data/datasets';
import type { NvidiaSelloff } from './nvidiaSelloff';
import { selloffDay } from './storyDates';

interface LossEvent {
  key: string;
  date: string;
  company: string;
  ticker: string;
  /** The figure the chart draws, in billions of US dollars. */
  loss: number;
  /** Lowest and highest reported closing figure for the event. */
  reported: { min: number; max: number };
  /** True for a loss the story computes itself (close × shares) rather than takes from reports. */
  computed: boolean;
  /** The 27 January 2025 loss, the one the story is about. */
  selloff: boolean;
  sources: { title: string; url: string | undefined; loss: number }[];
}

/** A report written during the session (e.g. Nvidia "down 13%"), not at the close. */
export function isIntradayReport(report: RecordLoss): boolean {
  return /intraday/i.test(report.reported_pct_change ?? '') || /intraday/i.test(report.note ?? '');
}

export function recordLossRanking({
  reports,
  nvidia,
  prices,
}: {
  reports: readonly RecordLoss[];
  nvidia: NvidiaSelloff;
  /** Nvidia's daily prices, for the days no report covered. */
  prices: readonly NvdaDay[];
}) {
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
    const selloff = first.ticker === 'NVDA' && first.date === selloffDay;
    return {
      key,
      date: first.date,
      company: first.company,
      ticker: first.ticker,
      loss: selloff ? nvidia.monday.loss : reported.min,
      reported,
      computed: selloff,
      selloff,
      sources: group.map((report) => ({ title: report.source_title, url: report.source_url, loss: report.loss_usd_billions })),
    };
  });
  // Nvidia's own losses before the selloff, from its closes, as large as the smallest reported one.
  const smallestReported = Math.min(...events.map((event) => event.loss));
  const shares = nvidia.shares.shares_billions;
  prices.forEach((day, index) => {
    const before = prices[index - 1];
    if (!before || day.date >= selloffDay || groups.has(`NVDA-${day.date}`)) return;
    const loss = (before.close - day.close) * shares;
    if (loss < smallestReported) return;
    events.push({
      key: `NVDA-${day.date}`,
      date: day.date,
      company: 'Nvidia',
      ticker: 'NVDA',
      loss,
      reported: { min: loss, max: loss },
      computed: true,
      selloff: false,
      sources: [],
    });
  });
  events.sort((a, b) => b.loss - a.loss || a.date.localeCompare(b.date));

  const selloff = events.find((event) => event.selloff);
  if (!selloff) throw new Error(`record_losses.csv: no closing report for NVDA on ${selloffDay}`);
  const earlier = events.filter((event) => event.date < selloffDay);
  const previousRecord = earlier[0];
  if (!previousRecord) throw new Error(`record_losses.csv: no loss reported before ${selloffDay}`);
  const sameDayOthers = events.filter((event) => event.date === selloffDay && !event.selloff);

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
