// Checks a figure printed in the first reports against the figure computed from the data, or
// against a closing figure another report gave. The rules are written down on the methods page; they
// read a claim at the precision it was written: "4%" stands for anything from 3.5 to 4.5, "3.1%" for
// 3.05 to 3.15 (never tighter than 0.1 point for percentages or 2% of the value for amounts). A
// figure checked against a report is known only to that report's precision: when the verdict would
// differ within it, the claim is "unconfirmed". Pure.

import type { SeedClaim } from '../data/datasets';

type Verdict = 'confirmed' | 'unconfirmed' | 'imprecise' | 'wrong';

export interface ClaimCheck {
  claim: SeedClaim;
  /** The actual figure in the claim's unit (percent points, or billions of dollars). */
  actual: number;
  verdict: Verdict;
}

/** How many decimals a figure was written with: 4 → 0, 3.1 → 1. */
export const writtenDecimals = (value: number) => String(Math.abs(value)).split('.')[1]?.length ?? 0;

/** Half a unit of the claim's last written digit: 4 → 0.5, 3.1 → 0.05. */
export function writtenPrecision(value: number): number {
  return 0.5 * 10 ** -writtenDecimals(value);
}

/** The tolerances, in percentage points for percentages and as shares of the amount for amounts. */
export const claimTolerances = {
  /** Never tighter than this, however precisely a figure was written. */
  tight: { percent: 0.1, amount: 0.02 },
  /** A figure missing by up to this much is imprecise rather than wrong. */
  loose: { percent: 0.75, amount: 0.1 },
  /** How far below X a "nearly X" figure may fall and still be fair. */
  nearlyShort: { percent: 1, amount: 0.05 },
} as const;

export function checkClaim(
  claim: SeedClaim,
  actualValue: number,
  {
    plusOrMinus = 0,
  }: { /** How far the actual figure may be from `actualValue` (a reported figure's rounding), in its unit. */ plusOrMinus?: number } = {},
): ClaimCheck {
  const percent = claim.unit === 'percent';
  const actual = percent ? actualValue * 100 : actualValue;
  const spread = percent ? plusOrMinus * 100 : plusOrMinus;
  const scale = Math.abs(claim.claimed);
  // Tolerances: rounding (tight) and "close but not right" (loose), in the claim's unit.
  const { tight: tightest, loose: looseness, nearlyShort: nearly } = claimTolerances;
  const tight = Math.max(writtenPrecision(claim.claimed), percent ? tightest.percent : tightest.amount * scale);
  const loose = percent ? looseness.percent : looseness.amount * scale;
  const nearlyShort = percent ? nearly.percent : nearly.amount * scale;

  // How far a given actual size misses the claim (≤ 0: it fits).
  const missAt = (size: number): number => {
    switch (claim.comparator) {
      case 'about':
        return Math.abs(size - scale) - tight;
      case 'nearly':
        return size > scale ? size - scale - tight : scale - nearlyShort - size;
      case 'more than':
        // "More than X" holds only above X: a figure of exactly X does not confirm it.
        return size > scale ? -1 : scale - size;
    }
  };
  const low = Math.abs(actual) - spread;
  const high = Math.abs(actual) + spread;
  // Every miss function falls then rises (or only falls), so its extremes over [low, high] are at
  // the ends and, for the smallest, at the claimed size when that lies inside.
  const candidates = [low, high, ...(scale > low && scale < high ? [scale, scale + 1e-9] : [])];
  const worst = Math.max(missAt(low), missAt(high));
  const best = Math.min(...candidates.map(missAt));

  const sameSign = Math.sign(actual) === Math.sign(claim.claimed);
  const verdict: Verdict = !sameSign
    ? 'wrong'
    : worst <= 0
      ? 'confirmed'
      : best <= 0
        ? 'unconfirmed'
        : best <= loose
          ? 'imprecise'
          : 'wrong';
  return { claim, actual, verdict };
}
