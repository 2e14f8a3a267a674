import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DataError } from '../../src/data/DataError';
import { contagionDaily, nvdaDaily, recordLosses } from '../../src/data/datasets';
import { parseDataset } from '../../src/data/parseDataset';
import { readDataset } from '../../src/data/readDataset';

const path = 'content/data/nvda_daily.csv';
const header = 'date,open,high,low,close,volume,source';
const good = [
  header,
  '2025-01-23,145.05,147.23,143.72,147.22,155915549,polygon',
  '2025-01-24,148.37,148.97,141.88,142.62,234657635,polygon',
  '2025-01-27,124.8,128.4,116.7,118.42,818830895,polygon',
].join('\n');

function failure(text: string): DataError {
  try {
    parseDataset(text, { definition: nvdaDaily, path });
  } catch (error) {
    expect(error).toBeInstanceOf(DataError);
    return error as DataError;
  }
  throw new Error('expected parseDataset to throw');
}

describe('parseDataset(text, {definition: nvdaDaily})', () => {
  it('returns typed rows for a valid file', () => {
    const rows = parseDataset(good, { definition: nvdaDaily, path });
    expect(rows).toHaveLength(3);
    expect(rows[2]).toEqual({
      date: '2025-01-27',
      open: 124.8,
      high: 128.4,
      low: 116.7,
      close: 118.42,
      volume: 818830895,
      source: 'polygon',
    });
  });

  it('accepts CRLF line endings, a BOM and a trailing blank line', () => {
    const rows = parseDataset(`\uFEFF${good.replaceAll('\n', '\r\n')}\r\n\r\n`, { definition: nvdaDaily, path });
    expect(rows.map((row) => row.close)).toEqual([147.22, 142.62, 118.42]);
  });

  it('fails on a wrong header, naming the file and row 1', () => {
    const error = failure(good.replace('close', 'Close'));
    expect(error.message).toBe(`${path}, row 1: expected the header "${header}", found "date,open,high,low,Close,volume,source"`);
  });

  it('fails on a missing column', () => {
    expect(failure(good.replace(',volume', '')).message).toContain(`${path}, row 1: expected the header`);
  });

  it('fails on a non-numeric price, naming the row and the column', () => {
    const error = failure(good.replace('142.62', '142.6x'));
    expect(error.line).toBe(3);
    expect(error.column).toBe('close');
    expect(error.message).toBe(`${path}, row 3 (column "close"): expected a number, got "142.6x"`);
  });

  it('fails on an empty price cell', () => {
    expect(failure(good.replace(',118.42,', ',,')).message).toBe(`${path}, row 4 (column "close"): expected a number, got ""`);
  });

  it('fails on a negative price', () => {
    expect(failure(good.replace('116.7', '-116.7')).message).toBe(`${path}, row 4 (column "low"): expected a positive number, got -116.7`);
  });

  it('fails on a badly written date', () => {
    expect(failure(good.replace('2025-01-24', '24/01/2025')).message).toBe(
      `${path}, row 3 (column "date"): expected a date written YYYY-MM-DD, got "24/01/2025"`,
    );
  });

  it('fails on a date that does not exist', () => {
    expect(failure(good.replace('2025-01-24', '2025-02-30')).message).toBe(
      `${path}, row 3 (column "date"): expected a date written YYYY-MM-DD, got "2025-02-30"`,
    );
  });

  it('fails on a duplicate date, naming both rows', () => {
    expect(failure(good.replace('2025-01-27', '2025-01-24')).message).toBe(
      `${path}, row 4: duplicate date 2025-01-24 (first seen on row 3)`,
    );
  });

  it('fails when dates go backwards', () => {
    expect(failure(good.replace('2025-01-27', '2025-01-22')).message).toBe(
      `${path}, row 4: date 2025-01-22 comes after 2025-01-24; rows must be in ascending order`,
    );
  });

  it('fails on a row with too many cells', () => {
    expect(failure(`${good}\n2025-01-28,1,2,3,4,5,x,extra`).message).toBe(`${path}, row 5: expected 7 cells, found 8`);
  });

  it('fails on an empty file', () => {
    expect(failure('').message).toBe(`${path}: the file is empty (no header row)`);
  });
});

describe('parseDataset with quoted fields (record_losses.csv)', () => {
  it('keeps commas and doubled quotes inside quoted cells', () => {
    const text = [
      'date,company,ticker,loss_usd_billions,reported_pct_change,source_title,source_url,note',
      '2018-07-26,Facebook,FB,119,,"Apple stocks drop, company loses ""$180 billion""",https://example.org/a,',
    ].join('\n');
    const [row] = parseDataset(text, { definition: recordLosses, path: 'record_losses.csv' });
    expect(row).toMatchObject({
      source_title: 'Apple stocks drop, company loses "$180 billion"',
      reported_pct_change: undefined,
      note: undefined,
    });
  });

  it('reports the row where an unclosed quote starts', () => {
    const text =
      'date,company,ticker,loss_usd_billions,reported_pct_change,source_title,source_url,note\n2018-07-26,Facebook,FB,119,,"never closed,x,y\n';
    expect(() => parseDataset(text, { definition: recordLosses, path: 'record_losses.csv' })).toThrow(
      'record_losses.csv, row 2: a quoted field is never closed',
    );
  });
});

describe('parseDataset(text, {definition: contagionDaily})', () => {
  const head = 'date,symbol,name,exchange,currency,close,volume,price_basis,source';
  it('allows the same date for two symbols but not twice for one', () => {
    const ok = `${head}\n2025-01-24,NVDA,Nvidia,NASDAQ,USD,142.62,1,close_unadjusted,p\n2025-01-24,AMD,AMD,NASDAQ,USD,122.84,1,close_unadjusted,p`;
    expect(parseDataset(ok, { definition: contagionDaily, path: 'c.csv' })).toHaveLength(2);
    const twice = `${ok}\n2025-01-24,AMD,AMD,NASDAQ,USD,122.84,1,close_unadjusted,p`;
    expect(() => parseDataset(twice, { definition: contagionDaily, path: 'c.csv' })).toThrow(
      'c.csv, row 4: duplicate symbol and date AMD 2025-01-24 (first seen on row 3)',
    );
  });

  it('rejects an unknown price basis', () => {
    const bad = `${head}\n2025-01-24,NVDA,Nvidia,NASDAQ,USD,142.62,1,adjusted,p`;
    expect(() => parseDataset(bad, { definition: contagionDaily, path: 'c.csv' })).toThrow(
      'c.csv, row 2 (column "price_basis"): expected close_unadjusted or close_dividend_adjusted, got "adjusted"',
    );
  });
});

describe('readDataset(definition, {dataDir})', () => {
  it('fails on a missing file, naming it', () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'story-data-'));
    expect(() => readDataset(nvdaDaily, { dataDir })).toThrow(/nvda_daily\.csv: the file is missing$/);
  });

  it('reads a file and names it in errors', () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'story-data-'));
    writeFileSync(join(dataDir, 'nvda_daily.csv'), good.replace('118.42', 'n/a'));
    expect(() => readDataset(nvdaDaily, { dataDir })).toThrow(/nvda_daily\.csv, row 4 \(column "close"\): expected a number, got "n\/a"/);
  });
});
