// Editorial metadata for the companies in contagion_daily.csv and reported_moves.csv: which story
// group each belongs to and a short display name. No market figures here; symbols not listed
// (the SOXX fund, Alphabet's second share class) stay out of the charts.

export type CompanyGroup = 'chips' | 'chipEquipment' | 'aiInfrastructure' | 'power' | 'platforms' | 'investor';

export interface Company {
  symbol: string;
  shortName: string;
  group: CompanyGroup;
}

export const companies: readonly Company[] = [
  { symbol: 'NVDA', shortName: 'Nvidia', group: 'chips' },
  { symbol: 'AVGO', shortName: 'Broadcom', group: 'chips' },
  { symbol: 'MRVL', shortName: 'Marvell', group: 'chips' },
  { symbol: 'TSM', shortName: 'TSMC (US shares)', group: 'chips' },
  { symbol: 'MU', shortName: 'Micron', group: 'chips' },
  { symbol: 'ARM', shortName: 'Arm', group: 'chips' },
  { symbol: 'AMD', shortName: 'AMD', group: 'chips' },
  { symbol: 'ASML', shortName: 'ASML (New York shares)', group: 'chipEquipment' },
  { symbol: 'SMCI', shortName: 'Super Micro', group: 'aiInfrastructure' },
  { symbol: 'ORCL', shortName: 'Oracle', group: 'aiInfrastructure' },
  { symbol: 'VST', shortName: 'Vistra', group: 'power' },
  { symbol: 'CEG', shortName: 'Constellation Energy', group: 'power' },
  { symbol: 'MSFT', shortName: 'Microsoft', group: 'platforms' },
  { symbol: 'GOOGL', shortName: 'Alphabet', group: 'platforms' },
  { symbol: 'META', shortName: 'Meta', group: 'platforms' },
  { symbol: 'AAPL', shortName: 'Apple', group: 'platforms' },
  { symbol: '9984.T', shortName: 'SoftBank Group', group: 'investor' },
  { symbol: '6857.T', shortName: 'Advantest', group: 'chipEquipment' },
  { symbol: '8035.T', shortName: 'Tokyo Electron', group: 'chipEquipment' },
  { symbol: 'ENR.DE', shortName: 'Siemens Energy', group: 'power' },
  { symbol: 'SU.PA', shortName: 'Schneider Electric', group: 'power' },
  { symbol: 'ASML.AS', shortName: 'ASML (Amsterdam)', group: 'chipEquipment' },
  { symbol: '2330.TW', shortName: 'TSMC (Taipei)', group: 'chips' },
];

/** The chip-index chapter's per-stock chart: chip makers and their closest suppliers, US listings. */
export const chipChartSymbols = ['NVDA', 'AVGO', 'MRVL', 'TSM', 'MU', 'SMCI', 'ARM', 'AMD', 'ASML'] as const;
