// English UI and chart strings. Every locale provides exactly these keys ({name} is a placeholder).

export const en = {
  'site.title': 'The DeepSeek shock',
  'site.description':
    'How a cheap Chinese AI model caused the largest one-day loss of market value in history, and how the rout spread from Tokyo to Wall Street.',
  'site.byline': 'A data story',
  'site.skipToStory': 'Skip to the story',
  'figure.source': 'Source',
  'figure.note': 'Note',
  'figure.dataTable': 'The data behind this chart',
  'chart.loading': 'Chart',

  'nvidia.chart.title': "Nvidia's market value",
  'nvidia.chart.yAxis': 'Market value',
  'nvidia.chart.start': '{date}',
  'nvidia.chart.record': 'Record close, {date}',
  'nvidia.chart.friday': 'Friday close',
  'nvidia.chart.monday': 'Monday close',
  'nvidia.chart.lossInOneDay': 'in one day',
  'nvidia.chart.intradayLow': 'Intraday low {change}',
  'nvidia.chart.tuesday': 'Tuesday rebound',
  'nvidia.chart.recordsAxis': 'Market value lost in one day',
  'nvidia.chart.recordsHeading': 'Largest one-day losses of market value',
  'nvidia.chart.recordsSubheading': 'US-listed companies, as reported at the time',
  'nvidia.chart.computed': 'computed',
  'nvidia.desc.climb':
    'Line chart of Nvidia’s market value from {startDate} ({startValue}) to its record close on {recordDate} ({recordValue}). The share price multiplied by {multiple}.',
  'nvidia.desc.friday': 'Line chart of Nvidia’s market value since {fromDate}. On {fridayDate} it closed at {fridayValue}.',
  'nvidia.desc.monday':
    'On {mondayDate} Nvidia’s market value fell from {fridayValue} to {mondayValue}: {loss} erased, a fall of {change}. At the intraday low the stock was down {lowChange}.',
  'nvidia.desc.records':
    'Bar chart of the largest reported one-day losses of market value for US-listed companies. Nvidia’s {loss} on {mondayDate} ranks first, {times} the previous record, Nvidia’s own {previousLoss} on {previousDate}.',
  'nvidia.desc.rebound':
    'On {tuesdayDate} Nvidia rose {change} to {tuesdayValue}, winning back {regained} of the {loss} lost the day before.',

  'sox.chart.title': 'Philadelphia Semiconductor Index (SOX)',
  'sox.chart.inOneDay': 'in one day',
  'sox.chart.friday': 'Friday close',
  'sox.chart.monday': 'Monday close',
  'sox.chart.intradayLow': 'Intraday low {change}',
  'sox.chart.covidLow': 'Pandemic low, {date}',
  'sox.chart.peak': 'Peak close, {date}',
  'sox.desc.boom':
    'Line chart of the Philadelphia Semiconductor Index from its pandemic low of {low} on {lowDate} to its peak close of {peak} on {peakDate}: it multiplied by {multiple}.',
  'sox.desc.selloff': 'On {date} the chip index fell {change}, from {previous} to {close}.',

  'soxMoves.chart.title': 'Daily moves of the chip index since 2020',
  'soxMoves.chart.daysAxis': 'Number of days',
  'soxMoves.chart.worse': 'Only {count} days fell further,',
  'soxMoves.chart.worseWhen': 'all in the pandemic crash of March 2020',
  'soxMoves.chart.dotKey': 'Each dot: one day of {threshold} or worse',
  'soxMoves.chart.worstHeading': 'Worst days of the chip index',
  'soxMoves.chart.worstPeriod': 'Daily change, {from} to {to}',
  'soxMoves.chart.laterKey': 'Black: days after {date}',
  'soxMoves.desc.allDays':
    'Histogram of every daily move of the chip index from {from}. The fall of {change} on {date} sits far in the left tail: only {count} days were worse, and it was the worst day since {since}.',
  'soxMoves.desc.worstDays': 'Ranking of the chip index’s worst days up to {date}: that day ranks number {rank}.',
  'soxMoves.desc.later': 'Ranking of the chip index’s worst days up to {last}: later falls pushed {date} down to number {rank}.',

  'chips.chart.title': 'Chip stocks on 27 January 2025',
  'chips.chart.heading': 'Closing move on Monday 27 January',
  'chips.chart.subheading': 'Chip makers and suppliers, US listings',
  'chips.chart.reported': '{name} (as reported)',
  'chips.chart.soxLine': 'Chip index {change}',
  'chips.chart.index.sox': 'Chip index (SOX)',
  'chips.chart.index.nasdaq': 'Nasdaq Composite',
  'chips.chart.index.sp500': 'S&P 500',
  'chips.desc.leaders':
    'Bar chart of the biggest fallers among chip stocks on 27 January: {worst} fell {worstChange}. The chip index fell {sox}.',
  'chips.desc.chips': 'Bar chart of {count} chip stocks’ closing moves on 27 January, all falling, against the chip index’s {sox}.',
  'chips.desc.market':
    'The chip index fell {sox}, the Nasdaq Composite {nasdaq} and the S&P 500 {sp500}: a chip crash, not a market crash.',

  'contagion.chart.title': 'The selloff, session by session',
  'contagion.session.tokyoMonday': 'Tokyo, Monday',
  'contagion.session.europeMonday': 'Europe, Monday',
  'contagion.session.newYorkMonday': 'New York, Monday',
  'contagion.session.tokyoTuesday': 'Tokyo, Tuesday',
  'contagion.session.taipeiReopens': 'Taipei reopens',
  'contagion.chart.legendFall': 'Fall of',
  'contagion.chart.rise': 'Rise',
  'contagion.chart.utc': 'Time in UTC',
  'contagion.chart.sessionHours': '{session}: {open}–{close} {zone} ({utcOpen}–{utcClose} UTC)',
  'contagion.chart.listHeading': '{session} {date}: closing moves',
  'contagion.chart.reportedShort': 'reported',
  'contagion.chart.reportedKey': 'as reported',
  'contagion.region.tokyo': 'Tokyo',
  'contagion.region.europe': 'Europe',
  'contagion.region.newYork': 'New York',
  'contagion.region.taipei': 'Taipei',
  'contagion.desc': '{session}, {date}: the session closed at {close} {zone} ({utc} UTC). Closing moves: {moves}.',
} as const;

export type MessageKey = keyof typeof en;
