// French typographic spacing for running text: a narrow no-break space (U+202F) before ; ! ? » and %
// and after «, a no-break space (U+00A0) before : and between a number and the unit after it
// (593 milliards, 15 h, 3 points). Authors type ordinary spaces (or none); the build sets the
// right one. Pure; knows nothing of markup, so callers pass it text only.

const NBSP = '\u00A0';
const NNBSP = '\u202F';
const anySpace = '[ \\u00A0\\u202F]';

export function frenchSpacing(text: string): string {
  return (
    text
      // A space before ; ! ? » % becomes a narrow no-break space; "?!" keeps one space only.
      .replace(new RegExp(`${anySpace}+([;!?»%]+)`, 'gu'), `${NNBSP}$1`)
      // No space at all: one is added, unless the sign sits inside a word or an address (a?b).
      .replace(/(?<=[^\s;!?«([/\u00A0\u202F])([;!?»%]+)(?=[\s»).,]|$)/gu, `${NNBSP}$1`)
      .replace(/(?<=[^\s;!?«([/\u00A0\u202F])(»)/gu, `${NNBSP}$1`)
      // Before a colon, a no-break space, but not inside a time (15:30) or an address (https://).
      .replace(new RegExp(`(?:${anySpace}+|(?<=[^\\s\\d]))(:)(?!//)`, 'gu'), `${NBSP}$1`)
      .replace(new RegExp(`(«)(?:${anySpace}+|(?=[^\\s]))`, 'gu'), `$1${NNBSP}`)
      .replace(
        /(\d) (?=(?:milliards?|millions?|milliers|points?|lignes|séances?|fois|puces|actions|heures?|jours?|h|Md\$|\$|€)(?![\p{L}]))/gu,
        `$1${NBSP}`,
      )
  );
}
