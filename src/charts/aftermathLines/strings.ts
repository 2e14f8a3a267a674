// aftermathLines's words in both editions ({name} is a placeholder); French spacing is applied by translate.

export const en = {
  'aftermathLines.chart.title': 'Nvidia and the chip index after the selloff',
  'aftermathLines.chart.nvidia': 'Nvidia',
  'aftermathLines.chart.sox': 'Chip index',
  'aftermathLines.chart.base': 'Close on Friday {date} = 100',
  'aftermathLines.chart.reading': '{date}: Nvidia {nvidia}, chip index {sox}',
  'aftermathLines.chart.readingMarket': ', S&P 500 {sp500}, Nasdaq {nasdaq}',
  'aftermathLines.chart.sp500': 'S&P 500',
  'aftermathLines.chart.nasdaq': 'Nasdaq',
  'aftermathLines.chart.tariffLow': 'April low: {name} {value}',
  'aftermathLines.desc.rebound':
    'Indexed to the close of Friday 24 January (100): by {date} Nvidia stood at {nvidia} and the chip index at {sox}.',
  'aftermathLines.desc.february':
    'Indexed to Friday 24 January (100): at the close on {date}, Nvidia stood at {nvidia} and the chip index at {sox}; neither had recovered. The S&P 500 and the Nasdaq Composite, back above 100 on {sp500Regained} and {nasdaqRegained}, had slipped to {sp500} and {nasdaq}.',
  'aftermathLines.desc.april':
    'Indexed to Friday 24 January (100): in the April tariff selloff Nvidia fell to {nvidiaLow} on {nvidiaLowDate}.',
  'aftermathLines.desc.june':
    'Indexed to Friday 24 January (100): Nvidia first closed back above its pre-selloff level on {nvidiaRegained}, the chip index on {soxRegained}. On {date} they stood at {nvidia} and {sox}.',
} as const;

export const fr: Record<keyof typeof en, string> = {
  'aftermathLines.chart.title': 'Nvidia et l’indice des puces après la chute',
  'aftermathLines.chart.nvidia': 'Nvidia',
  'aftermathLines.chart.sox': 'Indice des puces',
  'aftermathLines.chart.base': 'Clôture du vendredi {date} = 100',
  'aftermathLines.chart.reading': '{date}\u00a0: Nvidia {nvidia}, indice des puces {sox}',
  'aftermathLines.chart.readingMarket': ', S&P 500 {sp500}, Nasdaq {nasdaq}',
  'aftermathLines.chart.sp500': 'S&P 500',
  'aftermathLines.chart.nasdaq': 'Nasdaq',
  'aftermathLines.chart.tariffLow': 'Plus bas d’avril : {name} {value}',
  'aftermathLines.desc.rebound':
    'Base 100 à la clôture du vendredi 24 janvier : au {date}, Nvidia était à {nvidia} et l’indice des puces à {sox}.',
  'aftermathLines.desc.february':
    'Base 100 au vendredi 24 janvier : à la clôture du {date}, Nvidia était à {nvidia} et l’indice des puces à {sox} ; ni l’un ni l’autre ne s’était redressé. Le S&P 500 et le Nasdaq Composite, repassés au-dessus de 100 le {sp500Regained} et le {nasdaqRegained}, étaient retombés à {sp500} et {nasdaq}.',
  'aftermathLines.desc.april':
    'Base 100 au vendredi 24 janvier : lors de la chute d’avril liée aux droits de douane, Nvidia est tombée à {nvidiaLow} le {nvidiaLowDate}.',
  'aftermathLines.desc.june':
    'Base 100 au vendredi 24 janvier : Nvidia a retrouvé pour la première fois son niveau d’avant la chute le {nvidiaRegained}, l’indice des puces le {soxRegained}. Le {date}, ils étaient à {nvidia} et {sox}.',
};
