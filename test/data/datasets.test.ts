import type { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import type { DatasetDefinition } from '../../src/data/defineDataset';
import { datasets } from '../../src/data/datasets';
import { readDataset } from '../../src/data/readDataset';

describe('the committed datasets in content/data', () => {
  it.each(Object.entries(datasets))('%s parses and validates', (_, definition) => {
    expect(readDataset(definition as unknown as DatasetDefinition<z.ZodObject>).length).toBeGreaterThan(0);
  });

  it('nvda_daily.csv covers 2023 to mid-2025 without gaps in its sources', () => {
    const rows = readDataset(datasets.nvdaDaily);
    expect(rows[0]!.date).toBe('2023-01-03');
    expect(rows.at(-1)!.date).toBe('2025-06-30');
    expect(new Set(rows.map((row) => row.source))).toEqual(new Set(['yahoo_via_luke-schumacher', 'polygon_via_yanyzhang']));
  });

  it('exactly one share count is marked as used for market value', () => {
    expect(readDataset(datasets.nvdaSharesOutstanding).filter((row) => row.used_for_market_value)).toHaveLength(1);
  });
});
