// Each data table under a chart says which table it is, sampled or not: a chart with two tables
// (Nvidia's market value and the record losses) must not leave one of them unnamed.
import { describe, expect, it } from 'vitest';
import { siteStrings } from '../../src/i18n/pageText';
import { builtPages } from './builtPages';

describe("the charts' data tables", () => {
  it('open their caption with the table’s name, on every page of both editions', () => {
    let checked = 0;
    for (const { page, document } of builtPages()) {
      const strings = siteStrings[page.startsWith('fr/') ? 'fr' : 'en'];
      const names = Object.entries(strings)
        .filter(([key]) => key.startsWith('table.name.'))
        .map(([, name]) => name);
      for (const caption of document.querySelectorAll('.chart-data > table > caption')) {
        const words = [...caption.childNodes]
          .filter((node) => node.nodeName !== 'A')
          .map((node) => node.textContent)
          .join('')
          .trim();
        expect(
          names.some((name) => words.startsWith(name)),
          `${page}: "${words}"`,
        ).toBe(true);
        checked += 1;
      }
    }
    expect(checked).toBeGreaterThan(20);
  });
});
