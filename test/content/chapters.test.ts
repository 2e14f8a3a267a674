// Guarantees about the chapters' text: market figures come only from the data components, quotes
// only from <Quote>, and every id a chapter names exists.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadStory } from '../../src/story/loadStory';

const dir = 'content/chapters';
const chapters = readdirSync(dir).flatMap((locale) =>
  readdirSync(join(dir, locale))
    .filter((file) => file.endsWith('.mdx'))
    .map((file) => ({ file: `${locale}/${file}`, text: readFileSync(join(dir, locale, file), 'utf8') })),
);

const months =
  'January|February|March|April|May|June|July|August|September|October|November|December|janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre';

/** The prose a reader sees, minus front matter, components, link targets, dates, years and names with numbers. */
export function proseOf(mdx: string): string {
  return mdx
    .replace(/^---[\s\S]*?---/, '')
    .replace(/<(Fact|Reported|Quote|Cite|ClaimChecks|RecordLossTable|ReportedLossTable|ShareCountTable)\b[^>]*\/>/g, ' ')
    .replace(/<[A-Z][A-Za-z]*\b[^>]*>/g, ' ')
    .replace(/<\/[A-Za-z]+>|<[a-z][^>]*>/g, ' ')
    .replace(/\]\([^)]*\)/g, ']')
    .replace(new RegExp(`\\b\\d{1,2} (${months})( \\d{4})?\\b`, 'g'), ' ')
    .replace(new RegExp(`\\b(${months}) \\d{4}\\b`, 'g'), ' ')
    .replace(/\b(19|20)\d\d\b/g, ' ')
    .replace(/\b(S&(amp;)?P 500|Nasdaq 100|STOXX 600|GPT-4|V3|R1|H800|o1|DALL-E 3|Janus-Pro-7B|X|10-Q)\b/g, ' ');
}

/** Digits left in the prose: each one is a number typed by hand. */
export function typedFigures(mdx: string): string[] {
  return [...proseOf(mdx).matchAll(/[$€¥£]?\d[\d.,\u202f\u00a0 ]*\s*(%|per ?cent|pour ?cent|billion|million|trillion|milliards?|millions?|times|fois)?/g)].map((match) =>
    match[0].trim(),
  );
}

describe('typedFigures(mdx)', () => {
  it('finds figures typed into prose', () => {
    expect(typedFigures('Nvidia fell 16.97% and lost $593 billion.')).toEqual(['16.97%', '$593 billion']);
    expect(typedFigures('It was 2.1 times the previous record, No. 1 in 51 countries.')).toEqual(['2.1 times', '1', '51']);
  });

  it('ignores dates, years, components and names that contain numbers', () => {
    expect(typedFigures('On 27 January 2025 the S&amp;P 500 fell <Fact id="sp500.monday.fall" />, in March 2020 too.')).toEqual([]);
    expect(typedFigures('Le lundi 27 janvier, le S&amp;P 500 a perdu <Fact id="sp500.monday.fall" /> ; en mars 2020 aussi.')).toEqual([]);
  });

  it('finds French figures typed into prose', () => {
    expect(typedFigures('Nvidia a perdu 16,97 % et 593 milliards de dollars.')).toEqual(['16,97 %', '593 milliards']);
    expect(typedFigures('[Reuters](https://example.org/a-3-percent-drop) reported it.')).toEqual([]);
  });
});

it('finds the chapters of every locale', () => {
  expect(chapters.filter((chapter) => chapter.file.startsWith('en/')).length).toBeGreaterThan(5);
  expect(chapters.filter((chapter) => chapter.file.startsWith('fr/')).length).toBe(chapters.filter((chapter) => chapter.file.startsWith('en/')).length);
});

describe.each(chapters)('$file', ({ text }) => {
  it('contains no market figure typed by hand', () => {
    expect(typedFigures(text)).toEqual([]);
  });

  it('quotes people only through <Quote> (no quoted passage of five words or more in the prose)', () => {
    const quoted = [...proseOf(text).matchAll(/[“"]([^”"]+)[”"]/g)].map((match) => match[1]!).filter((inner) => inner.trim().split(/\s+/).length >= 5);
    expect(quoted).toEqual([]);
  });

  it('names only facts, reported figures and quotes that exist', () => {
    const story = loadStory();
    const missing = [
      ...[...text.matchAll(/<Fact id="([^"]+)"/g)].map((match) => match[1]!).filter((id) => !(id in story.facts)),
      ...[...text.matchAll(/<Reported id="([^"]+)"/g)].map((match) => match[1]!).filter((id) => !story.figures.some((figure) => figure.id === id)),
      ...[...text.matchAll(/<Quote id="([^"]+)"/g)].map((match) => match[1]!).filter((id) => !story.quotes.some((quote) => quote.id === id)),
      ...[...text.matchAll(/<Cite id="([^"]+)"/g)].map((match) => match[1]!).filter((id) => !story.sources.some((source) => source.id === id)),
    ];
    expect(missing).toEqual([]);
  });
});
