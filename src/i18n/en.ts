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
} as const;

export type MessageKey = keyof typeof en;
