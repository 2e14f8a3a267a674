// Facts for the aftermath: when Nvidia, the chip index and the broad indices regained their
// pre-selloff close, how low they went first, and where the data ends.

import type { Recovery } from '../derive/aftermath';
import type { Fact, FactTable } from './defineFacts';

const day = { kind: 'date', style: 'long' } as const;

function recoveryFacts(prefix: string, recovery: Recovery, format: Fact['format']): Record<string, Fact> {
  const facts: Record<string, Fact> = {
    [`${prefix}.lowest.date`]: { value: recovery.lowest.date, format: day },
    [`${prefix}.lowest.close`]: { value: recovery.lowest.close, format },
    [`${prefix}.lowest.belowFriday`]: { value: 1 - recovery.lowest.close / recovery.before.close, format: { kind: 'percent', digits: 1 } },
    [`${prefix}.last.date`]: { value: recovery.last.date, format: day },
    [`${prefix}.last.close`]: { value: recovery.last.close, format },
  };
  if (recovery.regained) {
    facts[`${prefix}.regained.date`] = { value: recovery.regained.date, format: day };
    facts[`${prefix}.regained.close`] = { value: recovery.regained.close, format };
  }
  return facts;
}

export function aftermathFacts({
  nvidia,
  sox,
  nasdaq,
  sp500,
  nasdaqWorstSince,
  sp500FebruaryHigh,
  nvidiaMonthEnd,
}: {
  nvidia: Recovery;
  sox: Recovery;
  nasdaq: Recovery;
  sp500: Recovery;
  nasdaqWorstSince: { date: string; change: number } | undefined;
  sp500FebruaryHigh: { date: string; close: number };
  nvidiaMonthEnd: { date: string; close: number };
}): FactTable {
  return {
    ...recoveryFacts('after.nvidia', nvidia, { kind: 'usd' }),
    ...recoveryFacts('after.sox', sox, { kind: 'number', digits: 0 }),
    ...recoveryFacts('after.nasdaq', nasdaq, { kind: 'number', digits: 0 }),
    ...recoveryFacts('after.sp500', sp500, { kind: 'number', digits: 0 }),
    ...(nasdaqWorstSince ? { 'nasdaq.worstSince.date': { value: nasdaqWorstSince.date, format: day } } : {}),
    'sp500.februaryHigh.date': { value: sp500FebruaryHigh.date, format: day },
    'sp500.februaryHigh.close': { value: sp500FebruaryHigh.close, format: { kind: 'number', digits: 2 } },
    'after.nvidia.monthEnd.close': { value: nvidiaMonthEnd.close, format: { kind: 'usd' } },
    'after.nvidia.monthEnd.belowFriday': { value: 1 - nvidiaMonthEnd.close / nvidia.before.close, format: { kind: 'percent', digits: 1 } },
  };
}
