// Straight quotation marks and apostrophes as typeset in English: "a" → “a”, 'a' → ‘a’, it's → it’s,
// and a spaced hyphen used as a dash becomes an en dash. Quotes are stored verbatim as published
// (often with straight marks); this changes no word.

export function typographicQuotes(text: string): string {
  return (
    text
      .replace(/ - /g, ' – ')
      // Apostrophes inside or at the end of words: it's, investors', '90s.
      .replace(/(\p{L})'(\p{L})/gu, '$1’$2')
      .replace(/(\p{L}s)'(?=[\s,.;:!?)]|$)/gu, '$1’')
      // Opening marks follow a space, a bracket or the start; the rest close.
      .replace(/(^|[\s([{—–‘-])"/gu, '$1“')
      .replace(/"/g, '”')
      .replace(/(^|[\s([{—–“-])'/gu, '$1‘')
      .replace(/'/g, '’')
  );
}

/** The marks a quotation is set in: “…” in English, « … » (with narrow no-break spaces) in French. */
export const quoteMarks = (french: boolean): readonly [string, string] => (french ? ['«\u202F', '\u202F»'] : ['“', '”']);
