// soxHistory's words in both editions ({name} is a placeholder); French spacing is applied by translate.

export const en = {
  'soxHistory.chart.title': 'Philadelphia Semiconductor Index (SOX)',
  'soxHistory.chart.inOneDay': 'in one day',
  'soxHistory.chart.friday': 'Friday close',
  'soxHistory.chart.monday': 'Monday close',
  'soxHistory.chart.intradayLow': 'Intraday low {change}',
  'soxHistory.chart.covidLow': 'Pandemic low, {date}',
  'soxHistory.chart.covidLowShort': 'Pandemic low',
  'soxHistory.chart.peak': 'Peak close, {date}',
  'soxHistory.desc.boom':
    'Line chart of the Philadelphia Semiconductor Index from its pandemic low of {low} on {lowDate} to its peak close of {peak} on {peakDate}: it rose {multiple}.',
  'soxHistory.desc.selloff': 'On {date} the chip index fell {change}, from {previous} to {close}.',
} as const;

export const fr: Record<keyof typeof en, string> = {
  'soxHistory.chart.title': 'Indice des semi-conducteurs de Philadelphie (SOX)',
  'soxHistory.chart.inOneDay': 'en une séance',
  'soxHistory.chart.friday': 'Clôture de vendredi',
  'soxHistory.chart.monday': 'Clôture de lundi',
  'soxHistory.chart.intradayLow': 'Plus bas du jour {change}',
  'soxHistory.chart.covidLow': 'Plus bas de la pandémie, {date}',
  'soxHistory.chart.covidLowShort': 'Plus bas de la pandémie',
  'soxHistory.chart.peak': 'Sommet, {date}',
  'soxHistory.desc.boom':
    'Courbe de l’indice des semi-conducteurs de Philadelphie, de son plus bas de la pandémie ({low} le {lowDate}) à son sommet de clôture ({peak} le {peakDate}) : il a été multiplié par {multiple}.',
  'soxHistory.desc.selloff': 'Le {date}, l’indice des puces a chuté de {change}, de {previous} à {close}.',
};
