// chipStocks's words in both editions ({name} is a placeholder); French spacing is applied by translate.

export const en = {
  'chipStocks.chart.title': 'Chip stocks on 27 January 2025',
  'chipStocks.chart.heading': 'Closing move on Monday 27 January',
  'chipStocks.chart.subheading': 'Chip makers, their suppliers and a server maker, US listings',
  'chipStocks.chart.subheadingIndices': 'Stock indices',
  'chipStocks.chart.reported': '{name} (as reported)',
  'chipStocks.chart.soxLine': 'Chip index {change}',
  'chipStocks.chart.index.sox': 'Chip index (SOX)',
  'chipStocks.chart.index.nasdaq': 'Nasdaq Composite',
  'chipStocks.chart.index.sp500': 'S&P 500',
  'chipStocks.desc.leaders':
    'Bar chart of the biggest fallers among chip stocks on 27 January: {worst} fell {worstChange}. The chip index fell {sox}.',
  'chipStocks.desc.chips':
    'Bar chart of the closing moves of {count} chip and server stocks on 27 January, all falling, against a fall of {sox} for the chip index.',
  'chipStocks.desc.market':
    'The chip index fell {sox}, the Nasdaq Composite {nasdaq} and the S&P 500 {sp500}: a chip crash, not a market crash.',
} as const;

export const fr: Record<keyof typeof en, string> = {
  'chipStocks.chart.title': 'Les valeurs des puces le 27 janvier 2025',
  'chipStocks.chart.heading': 'Variation à la clôture, lundi 27 janvier',
  'chipStocks.chart.subheading': 'Fabricants de puces, leurs fournisseurs et un fabricant de serveurs, cotations américaines',
  'chipStocks.chart.subheadingIndices': 'Indices boursiers',
  'chipStocks.chart.reported': '{name} (selon la presse)',
  'chipStocks.chart.soxLine': 'Indice des puces {change}',
  'chipStocks.chart.index.sox': 'Indice des puces (SOX)',
  'chipStocks.chart.index.nasdaq': 'Nasdaq Composite',
  'chipStocks.chart.index.sp500': 'S&P 500',
  'chipStocks.desc.leaders':
    'Diagramme en barres des plus fortes baisses parmi les valeurs des puces le 27 janvier : {worst} a perdu {worstChange}. L’indice des puces a reculé de {sox}.',
  'chipStocks.desc.chips':
    'Diagramme en barres de la variation à la clôture de {count} valeurs des puces et des serveurs le 27 janvier, toutes en baisse, face à une baisse de {sox} pour l’indice.',
  'chipStocks.desc.market':
    'L’indice des puces a chuté de {sox}, le Nasdaq Composite de {nasdaq} et le S&P 500 de {sp500} : un krach des puces, pas un krach du marché.',
};
