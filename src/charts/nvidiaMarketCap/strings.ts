// nvidiaMarketCap's words in both editions ({name} is a placeholder); French spacing is applied by translate.

export const en = {
  'nvidia.chart.title': 'Nvidia’s market value',
  'nvidia.chart.record': 'Record close, {date}',
  'nvidia.chart.friday': 'Friday close',
  'nvidia.chart.monday': 'Monday close',
  'nvidia.chart.lossInOneDay': 'in one day',
  'nvidia.chart.intradayLow': 'Day’s low {change}',
  'nvidia.chart.tuesday': 'Tuesday rebound',
  'nvidia.chart.recordsHeading': 'Largest one-day losses of market value',
  'nvidia.chart.recordsSubheading': 'US-listed companies: as reported, or computed from Nvidia’s closes',
  'nvidia.desc.climb':
    'Line chart of Nvidia’s market value from {startDate} ({startValue}) to its record close on {recordDate} ({recordValue}). The share price rose {multiple}.',
  'nvidia.desc.friday': 'Line chart of Nvidia’s market value since {fromDate}. On {fridayDate} it closed at {fridayValue}.',
  'nvidia.desc.monday':
    'On {mondayDate} Nvidia’s market value fell from {fridayValue} to {mondayValue}: {loss} erased, a fall of {change}. At the intraday low the stock was down {lowChange}.',
  'nvidia.desc.records':
    'Bar chart of the largest one-day losses of market value for US-listed companies up to {mondayDate}, as reported at the time or, for the selloff and Nvidia days no report covered, computed from Nvidia’s closes. Nvidia’s {loss} on {mondayDate} ranks first, {times} the previous record, Nvidia’s own {previousLoss} on {previousDate}.',
  'nvidia.desc.rebound':
    'On {tuesdayDate} Nvidia rose {change} to {tuesdayValue}, winning back {regained} of the {loss} lost the day before.',
} as const;

export const fr: Record<keyof typeof en, string> = {
  'nvidia.chart.title': 'La valeur boursière de Nvidia',
  'nvidia.chart.record': 'Clôture record, {date}',
  'nvidia.chart.friday': 'Vendredi',
  'nvidia.chart.monday': 'Lundi',
  'nvidia.chart.lossInOneDay': 'en un jour',
  'nvidia.chart.intradayLow': 'Plus bas {change}',
  'nvidia.chart.tuesday': 'Rebond de mardi',
  'nvidia.chart.recordsHeading': 'Plus fortes pertes de valeur en une séance',
  'nvidia.chart.recordsSubheading': 'Sociétés cotées aux États-Unis : pertes publiées, ou calculées d’après les clôtures de Nvidia',
  'nvidia.desc.climb':
    'Courbe de la valeur boursière de Nvidia du {startDate} ({startValue}) à sa clôture record du {recordDate} ({recordValue}). Le cours de l’action a été multiplié par {multiple}.',
  'nvidia.desc.friday': 'Courbe de la valeur boursière de Nvidia depuis le {fromDate}. Le {fridayDate}, elle clôturait à {fridayValue}.',
  'nvidia.desc.monday':
    'Le {mondayDate}, la valeur boursière de Nvidia est tombée de {fridayValue} à {mondayValue} : {loss} effacés, soit une baisse de {change}. Au plus bas de la séance, l’action perdait {lowChange}.',
  'nvidia.desc.records':
    'Classement en barres des plus fortes pertes de valeur boursière en une séance des sociétés cotées aux États-Unis jusqu’au {mondayDate}, telles que publiées à l’époque ou, pour la chute et les séances de Nvidia qu’aucun article ne couvrait, calculées d’après les clôtures de Nvidia. Les {loss} perdus par Nvidia le {mondayDate} arrivent en tête, soit {times} le précédent record, déjà détenu par Nvidia : {previousLoss} le {previousDate}.',
  'nvidia.desc.rebound':
    'Le {tuesdayDate}, Nvidia a gagné {change} pour atteindre {tuesdayValue}, reprenant {regained} des {loss} perdus la veille.',
};
