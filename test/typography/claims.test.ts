// What the built pages may claim and how they mark dates up, in both editions:
// - the record is Nvidia's loss in US stock-market history (the ranking covers US-listed companies;
//   no global ranking exists), so no page says "ever", "any company" or "in history" without "US";
// - every <time> carries a machine-readable datetime (the validator rejects <time>27 Jan</time>).
// Words quoted from others (headlines, quotes, the corrections that name an earlier error) are not judged.
import { describe, expect, it } from 'vitest';
import { builtPages } from '../build/builtPages';

/** Phrasings that claim more than the US-only ranking supports; `allow` lets a qualified match through. */
const wider: Record<'en' | 'fr', { rule: string; pattern: RegExp; allow?: RegExp }[]> = {
  en: [
    {
      rule: '"any company" (the ranking is of US-listed companies)',
      pattern: /\b(by|than) any (single )?company( before( it)?)?\b/gi,
      allow: /\bany other company$/i,
    },
    { rule: '"a single company"', pattern: /\bby a single company\b/gi },
    { rule: '"ever suffered"', pattern: /\bever suffered\b/gi },
    { rule: '"largest … ever"', pattern: /\b(largest|biggest|record) [\w-]+( [\w-]+){0,5} ever\b/gi },
    { rule: '"no company had ever" without "listed in the United States"', pattern: /\bno company (had|has) ever\b/gi },
    { rule: '"in history" without "US"', pattern: /\b(in|of) ([\w-]+ ){0,3}history\b/gi, allow: /\b(US|U\.S\.)\b/ },
  ],
  fr: [
    { rule: '« jamais subie »', pattern: /\bjamais subie?s?\b/gi },
    { rule: '« par une entreprise »', pattern: /\ben une séance par une entreprise\b/gi },
    {
      rule: '« qu’aucune autre » sans « cotée aux États-Unis »',
      pattern: /qu[’']aucune (autre|entreprise|société)( [\p{L}-]+){0,4}/giu,
      allow: /cotée aux États-Unis/,
    },
    { rule: '« de l’histoire » sans « américaine »', pattern: /\bde l[’']histoire( [\p{L}-]+){0,4}/giu, allow: /américaine/ },
    { rule: '« aucune entreprise n’avait jamais »', pattern: /\baucune (entreprise|société) n[’']avait jamais\b/gi },
  ],
};

/** The page's own words: its text and the descriptions shared with feeds and cards. */
function ownWords(document: Document): string {
  const body = document.body.cloneNode(true) as HTMLElement;
  for (const element of body.querySelectorAll(
    'cite, blockquote, .quote-inline, .quote__original, .source-list, [data-verbatim], #updates, [lang="en"]:not(html)',
  ))
    element.remove();
  const meta = [...document.querySelectorAll('title, meta[name="description"], meta[property^="og:"], meta[name^="twitter:"]')].map(
    (element) => (element.tagName === 'TITLE' ? element.textContent : element.getAttribute('content')) ?? '',
  );
  return [...meta, body.textContent ?? ''].join(' ').replace(/\s+/g, ' ');
}

export function widerClaims(text: string, locale: 'en' | 'fr'): string[] {
  return wider[locale].flatMap(({ rule, pattern, allow }) =>
    [...text.matchAll(pattern)]
      .filter((match) => !allow?.test(match[0]))
      .map((match) => `${rule}: …${text.slice(Math.max(0, match.index - 40), match.index + match[0].length + 20)}…`),
  );
}

describe('record claims', () => {
  it('the rules catch the phrasings the copy desk struck out, and pass what the sources support', () => {
    expect(widerClaims('the largest one-day loss of market value ever suffered by a single company', 'en')).toHaveLength(3);
    expect(widerClaims('lost more market value than any company before it', 'en')).toHaveLength(1);
    expect(widerClaims('the biggest one-day loss in history', 'en')).toHaveLength(1);
    expect(widerClaims('the biggest one-day loss in US stock-market history; more than any other company', 'en')).toEqual([]);
    expect(widerClaims('la plus forte perte jamais subie en une séance par une entreprise', 'fr')).toHaveLength(2);
    expect(widerClaims('plus de valeur qu’aucune autre avant elle', 'fr')).toHaveLength(1);
    expect(
      widerClaims('la plus lourde perte de l’histoire de la Bourse américaine, plus qu’aucune société cotée aux États-Unis', 'fr'),
    ).toEqual([]);
  });

  it.each(builtPages().map((entry) => [entry.page, entry.document] as const))(
    '%s claims no wider record than the data',
    (page, document) => {
      expect(widerClaims(ownWords(document), page.startsWith('fr/') ? 'fr' : 'en')).toEqual([]);
    },
  );
});

/** Valid datetime values as the story writes them: a date, or a date and time with its zone. */
const datetime = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])(T([01]\d|2[0-3]):[0-5]\d(:[0-5]\d)?(Z|[+-]\d{2}:\d{2}))?$/;

describe('<time> elements', () => {
  it.each(builtPages().map((entry) => [entry.page, entry.document] as const))('%s: every <time> has a valid datetime', (_, document) => {
    const bad = [...document.querySelectorAll('time')]
      .filter((time) => !datetime.test(time.getAttribute('datetime') ?? ''))
      .map((time) => `<time datetime="${time.getAttribute('datetime') ?? ''}">${time.textContent ?? ''}</time>`);
    expect(bad).toEqual([]);
  });
});
