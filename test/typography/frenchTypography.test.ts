// The French typography rules, and every built French page held to them.
import { describe, expect, it } from 'vitest';
import { Window } from 'happy-dom';
import { frenchSpacing } from '../../src/i18n/frenchSpacing';
import { builtPages } from '../build/builtPages';
import { frenchTypographyFaults, textSegments } from './frenchTypography';

const NBSP = '\u00A0';
const NNBSP = '\u202F';
const rulesBroken = (text: string) => frenchTypographyFaults(text).map((fault) => fault.rule);

describe('frenchTypographyFaults(text)', () => {
  it('fails on an ordinary space, or none, where French needs a no-break one', () => {
    expect(rulesBroken('Vraiment ?')).toEqual(['narrow no-break space before ?']);
    expect(rulesBroken('Vraiment?')).toEqual(['narrow no-break space before ?']);
    expect(rulesBroken('oui ; non')).toEqual(['narrow no-break space before ;']);
    expect(rulesBroken('Source : Reuters')).toEqual(['no-break space before :']);
    expect(rulesBroken('16,97 %')).toEqual(['no-break space before %', 'no-break space between a number and its unit']);
    expect(rulesBroken('« Bonjour »')).toEqual(['narrow no-break space after «', 'narrow no-break space before »']);
    expect(rulesBroken(`593 milliards de dollars`)).toEqual(['no-break space between a number and its unit']);
    expect(rulesBroken(`1 275${NBSP}lignes`)).toEqual(['no-break space inside thousands']);
  });

  it('fails on English quotation marks, decimal points and ISO dates', () => {
    expect(rulesBroken('Il a dit "non".')).toEqual([
      'straight quotation mark (French uses « »)',
      'straight quotation mark (French uses « »)',
    ]);
    expect(rulesBroken('Il a dit “non”.')).toHaveLength(2);
    expect(rulesBroken(`16.97${NNBSP}%`)).toEqual(['decimal comma (French writes 16,97, not 16.97)']);
    expect(rulesBroken('le 2024-11-15')).toEqual(['date written as in French (15 nov. 2024), not ISO']);
  });

  it('accepts text set as French typography wants it', () => {
    const good = `Source${NBSP}: Reuters ; «${NNBSP}un “mot” cité${NNBSP}»${NNBSP}; 16,97${NNBSP}% ; 1${NNBSP}275${NBSP}lignes ; 15 nov. 2024 ; voir https://example.org/a?b=1 et data.csv.`;
    expect(frenchTypographyFaults(good.replace(/ ;/g, `${NNBSP};`))).toEqual([]);
  });

  it('agrees with the spacing the build applies (src/i18n/frenchSpacing.ts)', () => {
    const typed = 'Source : dates ; « mot » ! Vraiment ? 593 milliards, 16,97 %, 15 h 30';
    expect(frenchTypographyFaults(frenchSpacing(typed))).toEqual([]);
    expect(frenchTypographyFaults(typed)).not.toEqual([]);
  });
});

describe('textSegments(root)', () => {
  it('skips passages in another language and code', () => {
    const window = new Window();
    const document = new window.DOMParser().parseFromString(
      '<body><p>Texte <span lang="en">“English: quote?”</span> fin.</p><p><code>a: b</code></p></body>',
      'text/html',
    ) as unknown as Document;
    expect(textSegments(document.body).flatMap(frenchTypographyFaults)).toEqual([]);
  });
});

describe('every built French page', () => {
  const pages = builtPages('fr');

  it('includes the story, the methods page and the share pages', () => {
    const names = pages.map((entry) => entry.page);
    expect(names).toContain('fr/index.html');
    expect(names).toContain('fr/methods/index.html');
    expect(names.filter((name) => name.startsWith('fr/share/')).length).toBeGreaterThan(5);
  });

  it.each(pages.map((entry) => [entry.page, entry.document] as const))('%s follows French typography', (_, document) => {
    const faults = textSegments(document.body).flatMap(frenchTypographyFaults);
    expect(faults.map((fault) => `${fault.rule}: ${fault.context}`)).toEqual([]);
  });
});
