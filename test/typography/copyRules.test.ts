// Copy-desk rules checked on the built pages of both editions: no doubled signs ("fell −9.15%",
// "en baisse de −5,6 %"), no calques the desk has struck out, counts and factors written as words.
import { describe, expect, it } from 'vitest';
import { builtPages } from '../build/builtPages';

const MINUS = '−';
/** What the project wrote: the research desk's provenance document is reproduced verbatim and not judged. */
const textOf = (document: Document) => {
  for (const verbatim of document.querySelectorAll('[data-verbatim]')) verbatim.remove();
  return document.body.textContent ?? '';
};

const english = [
  {
    rule: 'a fall written with a minus sign',
    pattern: new RegExp(
      `\\b(fell|down|lost|dropped|slid|slipped|shed|declined) (by )?(as much as |almost |nearly |about |more than )?[${MINUS}-]\\d`,
    ),
  },
  { rule: 'a rise written with a plus sign', pattern: /\b(rose|up|gained|added|recovered|rebounded) (by )?\+\d/ },
  { rule: '"multiplied by … times"', pattern: /multiplied by [\d.,]+ times/ },
  { rule: 'a small count in figures after "Only"', pattern: /\bOnly \d\b/ },
];
const french = [
  {
    rule: 'une baisse écrite avec un signe moins',
    pattern: new RegExp(
      `\\b(baisse|recul|perdu|cédé|reculé|chuté|plongé|lâché) (de )?(près de |plus de |jusqu’à |environ )?[${MINUS}-]\\d`,
    ),
  },
  { rule: 'une hausse écrite avec un signe plus', pattern: /\b(hausse|gagné|progressé|repris) (de )?\+\d/ },
  { rule: '« multiplié par … fois »', pattern: /multiplié par [\d.,\s\u202f\u00a0]+fois/ },
  {
    rule: 'un calque signalé par la relecture',
    pattern: /proverbiale|ont imprimé un cours|un chiffre de séance|est un trou|read in an? |morning version|Nvidia spokesperson/,
  },
  { rule: 'un mot répété', pattern: /\b(lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche),? \1\b/ },
];

/**
 * Figures printed in prose (<Fact>, <Reported>) may wrap like any words, so each keeps its number
 * with the word it counts: "$593 billion", "27 January", "2,1 fois".
 */
const looseFigures = (document: Document) =>
  [...document.querySelectorAll('.fact')].map((fact) => fact.textContent ?? '').filter((text) => /\d (?=\p{L})/u.test(text));

/**
 * « 1er » printed on the line in the page's text (DateText.astro raises it). Chart labels (SVG) keep
 * it there, and so does the first screen's byline: a raised "er" is a box of its own, which moves
 * sideways when the web faces arrive after the first paint (e2e/firstScreen.spec.ts).
 */
const flatOrdinals = (document: Document) => {
  const body = document.body.cloneNode(true) as HTMLElement;
  for (const element of body.querySelectorAll('svg, noscript, sup.ordinal, [data-verbatim], .hero .byline')) element.remove();
  return [...(body.textContent ?? '').matchAll(/(?:^|[\s\u00a0\u202f])1er[\s\u00a0\u202f].{0,20}/g)].map((match) => match[0].trim());
};

describe.each([
  { folder: '', edition: 'English', rules: english, exclude: /^fr\// },
  { folder: 'fr', edition: 'French', rules: french, exclude: /^$/ },
])('$edition pages', ({ folder, rules, exclude }) => {
  const pages = builtPages(folder).filter((entry) => !exclude.test(entry.page));
  it.each(pages.map((entry) => [entry.page, entry.document] as const))('%s keeps the copy rules', (_, document) => {
    const text = textOf(document).replace(/\s+/g, ' ');
    const broken = rules.flatMap(({ rule, pattern }) =>
      [...text.matchAll(new RegExp(pattern.source, 'g'))].map(
        (match) => `${rule}: …${text.slice(Math.max(0, match.index - 30), match.index + match[0].length + 30)}…`,
      ),
    );
    expect(broken).toEqual([]);
  });
  it.each(pages.map((entry) => [entry.page, entry.document] as const))("%s keeps each figure's number with its word", (_, document) => {
    expect(looseFigures(document)).toEqual([]);
  });
});

describe('French pages', () => {
  const pages = builtPages('fr');
  it.each(pages.map((entry) => [entry.page, entry.document] as const))('%s raises the letters of « 1er »', (_, document) => {
    expect(flatOrdinals(document)).toEqual([]);
  });
});
