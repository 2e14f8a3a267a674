// nvidiaMarketCap's words in both editions ({name} is a placeholder); French spacing is applied by translate.

export const en = {
  'nvidiaMarketCap.chart.title': 'Nvidia’s market value',
  'nvidiaMarketCap.chart.record': 'Record close, {date}',
  'nvidiaMarketCap.chart.friday': 'Friday close',
  'nvidiaMarketCap.chart.monday': 'Monday close',
  'nvidiaMarketCap.chart.lossInOneDay': 'in one day',
  'nvidiaMarketCap.chart.intradayLow': 'Day’s low {change}',
  'nvidiaMarketCap.chart.tuesday': 'Tuesday rebound',
  'nvidiaMarketCap.chart.recordsHeading': 'Largest one-day losses of market value',
  'nvidiaMarketCap.chart.recordsSubheading': 'US-listed companies: as reported, or computed from Nvidia’s closes',
  'nvidiaMarketCap.desc.climb':
    'Line chart of Nvidia’s market value from {startDate} ({startValue}) to its record close on {recordDate} ({recordValue}). The share price rose {multiple}.',
  'nvidiaMarketCap.desc.friday': 'Line chart of Nvidia’s market value since {fromDate}. On {fridayDate} it closed at {fridayValue}.',
  'nvidiaMarketCap.desc.monday':
    'On {mondayDate} Nvidia’s market value fell from {fridayValue} to {mondayValue}: {loss} erased, a fall of {change}. At the intraday low the stock was down {lowChange}.',
  'nvidiaMarketCap.desc.records':
    'Bar chart of the largest one-day losses of market value for US-listed companies up to {mondayDate}, as reported at the time or, for the selloff and Nvidia days no report covered, computed from Nvidia’s closes. Nvidia’s {loss} on {mondayDate} ranks first, {times} the previous record, Nvidia’s own {previousLoss} on {previousDate}.',
  'nvidiaMarketCap.desc.rebound':
    'On {tuesdayDate} Nvidia rose {change} to {tuesdayValue}, winning back {regained} of the {loss} lost the day before.',
} as const;

export const fr: Record<keyof typeof en, string> = {
  'nvidiaMarketCap.chart.title': 'La valeur boursière de Nvidia',
  'nvidiaMarketCap.chart.record': 'Clôture record, {date}',
  'nvidiaMarketCap.chart.friday': 'Vendredi',
  'nvidiaMarketCap.chart.monday': 'Lundi',
  'nvidiaMarketCap.chart.lossInOneDay': 'en un jour',
  'nvidiaMarketCap.chart.intradayLow': 'Plus bas {change}',
  'nvidiaMarketCap.chart.tuesday': 'Rebond de mardi',
  'nvidiaMarketCap.chart.recordsHeading': 'Plus fortes pertes de valeur en une séance',
  'nvidiaMarketCap.chart.recordsSubheading':
    'Sociétés cotées aux États-Unis : pertes publiées, ou calculées d’après les clôtures de Nvidia',
  'nvidiaMarketCap.desc.climb':
    'Courbe de la valeur boursière de Nvidia du {startDate} ({startValue}) à sa clôture record du {recordDate} ({recordValue}). Le cours de l’action a été multiplié par {multiple}.',
  'nvidiaMarketCap.desc.friday':
    'Courbe de la valeur boursière de Nvidia depuis le {fromDate}. Le {fridayDate}, elle clôturait à {fridayValue}.',
  'nvidiaMarketCap.desc.monday':
    'Le {mondayDate}, la valeur boursière de Nvidia est tombée de {fridayValue} à {mondayValue} : {loss} effacés, soit une baisse de {change}. Au plus bas de la séance, l’action perdait {lowChange}.',
  'nvidiaMarketCap.desc.records':
    'Classement en barres des plus fortes pertes de valeur boursière en une séance des sociétés cotées aux États-Unis jusqu’au {mondayDate}, telles que publiées à l’époque ou, pour la chute et les séances de Nvidia qu’aucun article ne couvrait, calculées d’après les clôtures de Nvidia. Les {loss} perdus par Nvidia le {mondayDate} arrivent en tête, soit {times} le précédent record, déjà détenu par Nvidia : {previousLoss} le {previousDate}.',
  'nvidiaMarketCap.desc.rebound':
    'Le {tuesdayDate}, Nvidia a gagné {change} pour atteindre {tuesdayValue}, reprenant {regained} des {loss} perdus la veille.',
};
