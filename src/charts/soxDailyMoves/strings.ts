// soxDailyMoves's words in both editions ({name} is a placeholder); French spacing is applied by translate.

export const en = {
  'soxDailyMoves.chart.title': 'Daily moves of the chip index since 2020',
  'soxDailyMoves.chart.bin': '{from} to {to}: {count} days',
  'soxDailyMoves.chart.binOne': '{from} to {to}: one day',
  'soxDailyMoves.chart.daysAxis': 'Number of days',
  'soxDailyMoves.chart.worse': 'Only {count} days fell further,',
  'soxDailyMoves.chart.worseWhen': 'all in the pandemic crash of March 2020',
  'soxDailyMoves.chart.dotKey': 'Each dot: one day of {threshold} or worse',
  'soxDailyMoves.chart.dotWorseKey': 'the days that fell further',
  'soxDailyMoves.chart.worseKey': 'days before {date} that fell further, all in March 2020',
  'soxDailyMoves.chart.worstHeading': 'Worst days of the chip index',
  'soxDailyMoves.chart.worstPeriod': 'Daily change, {from} to {to}',
  'soxDailyMoves.chart.laterKey': 'days after {date}',
  'soxDailyMoves.desc.allDays':
    'Histogram of every daily move of the chip index from {from} to {date}. That day’s fall of {change} sits far in the left tail: only {count} days were worse, and it was the worst day since {since}.',
  'soxDailyMoves.desc.worstDays':
    'Ranking of the chip index’s worst days up to {date}. The days that fell further: {worse}. {date}, at {change}, was the {rank}-worst.',
  'soxDailyMoves.desc.later':
    'Ranking of the chip index’s worst days up to {last}, counting the days after {date}. The days that fell further: {worse}. {date}, at {change}, ranks {rank}-worst.',
} as const;

export const fr: Record<keyof typeof en, string> = {
  'soxDailyMoves.chart.title': 'Les variations quotidiennes de l’indice des puces depuis 2020',
  'soxDailyMoves.chart.bin': 'De {from} à {to}\u00a0: {count} séances',
  'soxDailyMoves.chart.binOne': 'De {from} à {to}\u00a0: une séance',
  'soxDailyMoves.chart.daysAxis': 'Nombre de séances',
  'soxDailyMoves.chart.worse': 'Seules {count} séances ont fait pire,',
  'soxDailyMoves.chart.worseWhen': 'toutes pendant le krach de mars 2020',
  'soxDailyMoves.chart.dotKey': 'Chaque point : une séance à {threshold} ou pire',
  'soxDailyMoves.chart.dotWorseKey': 'les séances qui ont fait pire',
  'soxDailyMoves.chart.worseKey': 'séances antérieures au {date} qui ont fait pire, toutes en mars 2020',
  'soxDailyMoves.chart.worstHeading': 'Les pires séances de l’indice des puces',
  'soxDailyMoves.chart.worstPeriod': 'Variation quotidienne, du {from} au {to}',
  'soxDailyMoves.chart.laterKey': 'séances postérieures au {date}',
  'soxDailyMoves.desc.allDays':
    'Histogramme de toutes les variations quotidiennes de l’indice des puces du {from} au {date}. La chute de {change} de ce jour-là se situe tout au bout de la queue gauche : seules {count} séances ont fait pire, et c’était la pire séance depuis le {since}.',
  'soxDailyMoves.desc.worstDays':
    'Classement des pires séances de l’indice des puces jusqu’au {date}. Les séances qui ont fait pire : {worse}. Le {date}, à {change}, arrive en {rank} position.',
  'soxDailyMoves.desc.later':
    'Classement des pires séances de l’indice des puces jusqu’au {last}, séances postérieures au {date} comprises. Les séances qui ont fait pire : {worse}. Le {date}, à {change}, arrive en {rank} position.',
};
