import { describe, expect, it } from 'vitest';
import { en } from '../../src/i18n/en';
import { fr } from '../../src/i18n/fr';
import { siteStrings, pageText } from '../../src/i18n/pageText';
import { translate as translateWith, type Messages } from '../../src/i18n/translate';

const placeholders = (template: string) => [...template.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort();

describe('the UI and chart strings', () => {
  it('have exactly the same keys in every locale', () => {
    for (const [locale, table] of Object.entries(siteStrings)) {
      expect(Object.keys(table).sort(), locale).toEqual(Object.keys(en).sort());
    }
  });

  it('use the same placeholders in every locale', () => {
    for (const key of Object.keys(en) as (keyof typeof en)[]) {
      expect(placeholders(fr[key]), key).toEqual(placeholders(en[key]));
    }
  });

  it('are never empty where a reader sees them', () => {
    const optionalInEnglish = new Set(['quote.translated', 'quote.original']);
    for (const [locale, table] of Object.entries(siteStrings)) {
      for (const [key, value] of Object.entries(table)) {
        if (!(locale === 'en' && optionalInEnglish.has(key))) expect(value.trim(), `${locale} ${key}`).not.toBe('');
      }
    }
  });
});

describe('pageText(locale, key, params)', () => {
  it('fills placeholders in the requested language', () => {
    expect(pageText('fr', 'figure.sourceLine', { source: 'Yahoo Finance' })).toBe('Source\u00a0: Yahoo Finance');
    expect(pageText('en', 'figure.sourceLine', { source: 'Yahoo Finance' })).toBe('Source: Yahoo Finance');
  });

  it('fails on a missing placeholder value', () => {
    expect(() => pageText('fr', 'figure.sourceLine')).toThrow(/needs a value for \{source\}/);
  });
});

describe('pageText(messages, key, params)', () => {
  it('reads only the table it is handed, and never another one', () => {
    const chartOnly: Messages = { locale: 'fr', strings: { 'chart.more': '{count} de plus : voir le tableau' } };
    // French spacing is applied to the handed table's string.
    expect(translateWith(chartOnly, 'chart.more', { count: '3' })).toBe('3 de plus\u00a0: voir le tableau');
    // A key the table lacks fails, even though the whole French table exists elsewhere.
    expect(() => translateWith(chartOnly, 'nvidiaMarketCap.chart.record', { date: '6 janvier 2025' })).toThrow(
      /no "nvidiaMarketCap.chart.record" string/,
    );
  });
});
