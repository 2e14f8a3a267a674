// soxHistory's words in both editions ({name} is a placeholder); French spacing is applied by translate.

export const en = {
  'sox.chart.title': 'Philadelphia Semiconductor Index (SOX)',
  'sox.chart.inOneDay': 'in one day',
  'sox.chart.friday': 'Friday close',
  'sox.chart.monday': 'Monday close',
  'sox.chart.intradayLow': 'Intraday low {change}',
  'sox.chart.covidLow': 'Pandemic low, {date}',
  'sox.chart.covidLowShort': 'Pandemic low',
  'sox.chart.peak': 'Peak close, {date}',
  'sox.desc.boom':
    'Line chart of the Philadelphia Semiconductor Index from its pandemic low of {low} on {lowDate} to its peak close of {peak} on {peakDate}: it rose {multiple}.',
  'sox.desc.selloff': 'On {date} the chip index fell {change}, from {previous} to {close}.',
} as const;

export const fr: Record<keyof typeof en, string> = {
  'sox.chart.title': 'Indice des semi-conducteurs de Philadelphie (SOX)',
  'sox.chart.inOneDay': 'en une séance',
  'sox.chart.friday': 'Clôture de vendredi',
  'sox.chart.monday': 'Clôture de lundi',
  'sox.chart.intradayLow': 'Plus bas du jour {change}',
  'sox.chart.covidLow': 'Plus bas de la pandémie, {date}',
  'sox.chart.covidLowShort': 'Plus bas de la pandémie',
  'sox.chart.peak': 'Sommet, {date}',
  'sox.desc.boom':
    'Courbe de l’indice des semi-conducteurs de Philadelphie, de son plus bas de la pandémie ({low} le {lowDate}) à son sommet de clôture ({peak} le {peakDate}) : il a été multiplié par {multiple}.',
  'sox.desc.selloff': 'Le {date}, l’indice des puces a chuté de {change}, de {previous} à {close}.',
};
