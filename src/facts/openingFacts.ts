// Facts from the news-reported figures (each cited on the methods page) and the timeline's dates:
// `figure.<id>` prints a reported figure as its source gave it, `event.<id>.date` a timeline date.

import type { ReportedFigure, TimelineEvent } from '../data/datasets';
import { writtenDecimals } from '../derive/checkClaim';
import type { ValueFormat } from '../format/formatValue';
import type { Fact, FactTable } from './defineFacts';

/**
 * The format that prints a reported figure at the precision its source gave it. `size` drops the
 * sign of a percentage, for prose that already says which way it went ("fell 5.6%").
 */
export function reportedFormat(figure: ReportedFigure, { size = false }: { size?: boolean } = {}): { value: number; format: ValueFormat } {
  const digits = figure.decimals ?? writtenDecimals(figure.value);
  switch (figure.unit) {
    case 'usd':
      return { value: figure.value, format: { kind: 'usd', digits } };
    case 'usd_millions':
      return { value: figure.value, format: { kind: 'usdMillions', digits } };
    case 'usd_billions':
      return { value: figure.value, format: { kind: 'usdBillions', digits } };
    case 'usd_trillions':
      // The formatter takes billions and writes trillions ("$1 trillion", "1 000 milliards de dollars").
      return { value: figure.value * 1000, format: { kind: 'usdTrillions', digits } };
    case 'millions':
      return { value: figure.value, format: { kind: 'millions', digits } };
    case 'percent':
      return size
        ? { value: Math.abs(figure.value) / 100, format: { kind: 'percent', digits } }
        : { value: figure.value / 100, format: { kind: 'percent', digits, signed: true } };
    case 'count':
    case 'points':
    case 'score':
      return { value: figure.value, format: { kind: 'number', digits } };
  }
}

export function openingFacts({ figures, events }: { figures: readonly ReportedFigure[]; events: readonly TimelineEvent[] }): FactTable {
  const facts: Record<string, Fact> = {};
  for (const figure of figures) facts[`figure.${figure.id}`] = reportedFormat(figure);
  for (const event of events) facts[`event.${event.id}.date`] = { value: event.date, format: { kind: 'date', style: 'long' } };

  const value = (id: string) => {
    const figure = figures.find((entry) => entry.id === id);
    if (!figure) throw new Error(`reported_figures.csv: no figure "${id}"`);
    return figure.value;
  };
  // How many times cheaper R1 was than o1, for input and output tokens; the prose gives the smaller.
  const cheaper = Math.min(value('o1-input-price') / value('r1-input-price'), value('o1-output-price') / value('r1-output-price'));
  facts['figure.r1-times-cheaper'] = { value: cheaper, format: { kind: 'multiple', digits: 0 } };
  return facts;
}
