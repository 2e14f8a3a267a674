// nvidiaMarketCap's records view: Monday's loss ranked against the largest one-day losses before it.

import { formatDate } from '../../format/dates';
import { translate } from '../../i18n/translate';
import { blockHeight, labelBlock, wrapped } from '../shared/annotations';
import { barAxisMarks, timeAxisHeight, type PlotArea } from '../shared/axes';
import { rankedBars } from '../shared/rankedBars';
import { type Scene } from '../shared/scene';
import { moreText, reading } from '../shared/reading';
import type { NvidiaMarketCapInput } from './chart';
import type { ViewContext } from './context';

export function recordsView(
  input: NvidiaMarketCapInput,
  { inner, narrow, fmt, locale, messages, fonts, line }: ViewContext,
): Pick<Scene, 'layers' | 'inspect'> {
  // The caption under the chart names the ranking; the chart says what its rows are.
  const heading = wrapped(
    translate(messages, 'nvidiaMarketCap.chart.recordsSubheading'),
    (text) => line.small(text, 'label label-muted'),
    inner.width,
  );
  const top = inner.y + blockHeight(heading) + 6;
  const bars: PlotArea = { ...inner, y: top, height: inner.y + inner.height - timeAxisHeight(fonts) - top };
  const {
    marks: barMarks,
    x,
    inspect,
  } = rankedBars(
    input.ranking.map((event) => ({
      // Monday's loss keeps the key of the timeline's loss bar, so one morphs into the other.
      key: event.selloff ? 'selloff-loss' : `record-${event.key}`,
      name: `${event.company}, ${formatDate(event.date, { locale, style: narrow ? 'medium' : 'long' })}`,
      value: event.loss,
      valueText: fmt.billions(event.loss),
      ...(event.selloff ? { barClass: 'mark-loss', strong: true, keep: 1 } : {}),
    })),
    {
      plot: bars,
      fonts,
      nice: true,
      moreText: moreText(messages),
      reading: reading(messages),
    },
  );
  const axis = barAxisMarks({
    scale: x,
    plot: bars,
    format: (value) => (value === 0 ? '0' : fmt.billions(value)),
    count: narrow ? 3 : 4,
    fonts,
  });
  return {
    inspect,
    layers: [
      { id: 'area', clip: true, marks: [] },
      { id: 'axes', marks: axis },
      { id: 'series', clip: true, marks: [] },
      { id: 'marks', marks: [...labelBlock('records-heading', heading, { x: inner.x, top: inner.y, anchor: 'start' }), ...barMarks] },
    ],
  };
}
