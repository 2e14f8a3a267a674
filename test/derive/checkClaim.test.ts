// The first reports' claims checked against the data: the rules, and the verdicts the story prints.
import { describe, expect, it } from 'vitest';
import type { SeedClaim } from '../../src/data/datasets';
import { checkClaim, writtenPrecision } from '../../src/derive/checkClaim';
import { loadStory } from '../../src/story/loadStory';

const claim = (overrides: Partial<SeedClaim>): SeedClaim => ({
  id: 'test',
  source: 'seed-a',
  claim: 'test',
  comparator: 'about',
  claimed: -4,
  unit: 'percent',
  checked_against: 'x',
  note: undefined,
  claim_fr: 'test',
  note_fr: undefined,
  ...overrides,
});

describe('writtenPrecision(value)', () => {
  it('is half a unit of the last written digit', () => {
    expect(writtenPrecision(4)).toBe(0.5);
    expect(writtenPrecision(-3.1)).toBeCloseTo(0.05, 12);
    expect(writtenPrecision(592.7)).toBeCloseTo(0.05, 12);
  });
});

describe('checkClaim(claim, actual)', () => {
  it('reads "about 4%" as 3.5 to 4.5%', () => {
    expect(checkClaim(claim({ claimed: -4 }), -0.042).verdict).toBe('confirmed');
    expect(checkClaim(claim({ claimed: -4 }), -0.0455).verdict).toBe('imprecise');
    expect(checkClaim(claim({ claimed: -4 }), -0.025).verdict).toBe('wrong');
  });

  it('calls a figure with the wrong sign wrong, however close', () => {
    expect(checkClaim(claim({ claimed: -3 }), 0.0191).verdict).toBe('wrong');
  });

  it('reads "nearly 17%" as at most 17 and at most a point below', () => {
    expect(checkClaim(claim({ comparator: 'nearly', claimed: -17 }), -0.1697).verdict).toBe('confirmed');
    expect(checkClaim(claim({ comparator: 'nearly', claimed: -17 }), -0.18).verdict).toBe('imprecise');
    expect(checkClaim(claim({ comparator: 'nearly', claimed: -13 }), -0.1171).verdict).toBe('imprecise');
    expect(checkClaim(claim({ comparator: 'nearly', claimed: -13 }), -0.1).verdict).toBe('wrong');
  });

  it('reads "more than 18%" as at least 18', () => {
    expect(checkClaim(claim({ comparator: 'more than', claimed: -6 }), -0.0637).verdict).toBe('confirmed');
    expect(checkClaim(claim({ comparator: 'more than', claimed: -18 }), -0.174).verdict).toBe('imprecise');
    expect(checkClaim(claim({ comparator: 'more than', claimed: -18 }), -0.15).verdict).toBe('wrong');
  });

  it('reads "more than 6%" as above 6, with no rounding allowance below it', () => {
    expect(checkClaim(claim({ comparator: 'more than', claimed: -6 }), -0.0601).verdict).toBe('confirmed');
    expect(checkClaim(claim({ comparator: 'more than', claimed: -6 }), -0.0595).verdict).toBe('imprecise');
  });

  it('calls a claim unconfirmed when the figure it is checked against is too coarse to decide', () => {
    // A report's "7%" is anything from 6.5% to 7.5%: "more than 7%" may or may not hold.
    expect(checkClaim(claim({ comparator: 'more than', claimed: -7 }), -0.07, { plusOrMinus: 0.005 }).verdict).toBe('unconfirmed');
    // "About 20%" against a reported 19.9% (19.85 to 19.95) holds throughout.
    expect(checkClaim(claim({ claimed: -20 }), -0.199, { plusOrMinus: 0.0005 }).verdict).toBe('confirmed');
    // "About 4%" against a reported 9% fails throughout.
    expect(checkClaim(claim({ claimed: -4 }), -0.09, { plusOrMinus: 0.005 }).verdict).toBe('wrong');
  });

  it('uses relative tolerances for amounts', () => {
    expect(checkClaim(claim({ comparator: 'nearly', claimed: 600, unit: 'usd_billions' }), 592.7).verdict).toBe('confirmed');
    expect(checkClaim(claim({ claimed: 465, unit: 'usd_billions' }), 592.7).verdict).toBe('wrong');
  });
});

describe('the story’s claim checks', () => {
  const verdicts = Object.fromEntries(loadStory().claimChecks.map((check) => [check.claim.id, check.verdict]));

  it('find the errors the fact-check found', () => {
    expect(verdicts).toMatchObject({
      'nvidia-loss-465': 'wrong',
      'nasdaq-45': 'wrong',
      'meta-3': 'wrong',
      'broadcom-18': 'imprecise',
      'micron-13': 'imprecise',
      'microsoft-25': 'imprecise',
      'asml-7': 'unconfirmed',
    });
  });

  it('confirm what the data confirms', () => {
    for (const id of ['nvidia-fall', 'nvidia-loss', 'nasdaq-31', 'sox-92', 'amd-6', 'alphabet-4', 'siemens-20']) {
      expect(verdicts[id], id).toBe('confirmed');
    }
  });
});
