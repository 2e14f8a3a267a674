// The claim-checking rules as printable facts, so the methods page states exactly the tolerances the
// code applies (src/derive/checkClaim.ts), with two worked examples of "read at written precision".

import { claimTolerances, writtenPrecision } from '../derive/checkClaim';
import type { Fact, FactTable } from './defineFacts';

const points = (digits: number) => ({ kind: 'number', digits }) as const;
const share = { kind: 'percent', digits: 0 } as const;

export function claimRuleFacts(): FactTable {
  const facts: Record<string, Fact> = {
    'rules.tight.points': { value: claimTolerances.tight.percent, format: points(1) },
    'rules.tight.amount': { value: claimTolerances.tight.amount, format: share },
    'rules.loose.points': { value: claimTolerances.loose.percent, format: points(2) },
    'rules.loose.amount': { value: claimTolerances.loose.amount, format: share },
    'rules.nearly.points': { value: claimTolerances.nearlyShort.percent, format: points(0) },
    'rules.nearly.amount': { value: claimTolerances.nearlyShort.amount, format: share },
  };
  // "4%" covers 3.5 to 4.5; "3.1%" covers 3.05 to 3.15.
  for (const [name, written, digits] of [
    ['whole', 4, 0],
    ['tenths', 3.1, 1],
  ] as const) {
    const half = writtenPrecision(written);
    facts[`rules.example.${name}`] = { value: written / 100, format: { kind: 'percent', digits } };
    facts[`rules.example.${name}.low`] = { value: (written - half) / 100, format: { kind: 'percent', digits: digits + 1 } };
    facts[`rules.example.${name}.high`] = { value: (written + half) / 100, format: { kind: 'percent', digits: digits + 1 } };
  }
  return facts;
}
