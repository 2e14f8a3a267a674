// French typographic rules, checked on text as a reader sees it: no-break spaces before ; : ! ? %
// and inside « », French quotation marks, no-break spaces between a number and its unit and inside
// thousands, decimal commas and no ISO dates. Pure: takes text segments, returns the faults found.

const NBSP = '\u00A0';
const NNBSP = '\u202F';
/** Stands for a passage that is not French text (an English original, code, an address). */
const OPAQUE = '\uFFFC';

export interface TypographyFault {
  rule: string;
  /** The text around the fault, with the fault marked ⟦…⟧. */
  context: string;
}

const noBreak = (char: string | undefined) => char === NBSP || char === NNBSP;
const narrow = (char: string | undefined) => char === NNBSP;

/** Units written after a number; French puts a no-break space between the two. */
const units = [
  '%',
  '$',
  '€',
  '£',
  '¥',
  'Md\\$',
  'milliards?',
  'millions?',
  'fois',
  'h',
  'heures?',
  'points?',
  'actions',
  'séances?',
  'jours?',
  'puces',
  'pays',
  'lignes',
];
const numberThenSpaceThenUnit = new RegExp(`\\d( )(?:${units.join('|')})(?![\\p{L}])`, 'gu');

function around(text: string, index: number, length = 1): string {
  const start = Math.max(0, index - 24);
  const end = Math.min(text.length, index + length + 24);
  return `${text.slice(start, index)}⟦${text.slice(index, index + length)}⟧${text.slice(index + length, end)}`.replace(/\s+/g, (space) =>
    space.replace(/ /g, '·'),
  );
}

/** Addresses and file names keep their own punctuation. */
function maskNonProse(text: string): string {
  return text
    .replace(/\bhttps?:\/\/\S+/g, (match) => OPAQUE.repeat(match.length))
    .replace(/\b[\w./-]+\.(csv|md|json|png|svg|html|xml|txt|webmanifest)\b/g, (match) => OPAQUE.repeat(match.length));
}

export function frenchTypographyFaults(raw: string): TypographyFault[] {
  const text = maskNonProse(raw);
  const faults: TypographyFault[] = [];
  const fault = (rule: string, index: number, length = 1) => faults.push({ rule, context: around(text, index, length) });

  for (let index = 0; index < text.length; index += 1) {
    const char = text[index]!;
    const before = text[index - 1];
    const after = text[index + 1];
    if (';!?'.includes(char)) {
      // "?!" and "…?" keep one space before the first sign only.
      if (!narrow(before) && !';!?'.includes(before ?? '') && before !== OPAQUE && before !== undefined)
        fault(`narrow no-break space before ${char}`, index);
    } else if (char === ':') {
      if (!noBreak(before) && before !== OPAQUE && before !== undefined) fault('no-break space before :', index);
    } else if (char === '%') {
      // "(%)" in a column heading has no number to keep the sign with.
      if (!noBreak(before) && before !== OPAQUE && before !== '(') fault('no-break space before %', index);
    } else if (char === '«') {
      if (!narrow(after)) fault('narrow no-break space after «', index);
    } else if (char === '»') {
      if (!narrow(before)) fault('narrow no-break space before »', index);
    }
  }

  // Quotation marks: « » in French; “ ” only for a quotation inside a quotation.
  let depth = 0;
  for (let index = 0; index < text.length; index += 1) {
    const char = text[index]!;
    if (char === '«') depth += 1;
    else if (char === '»') depth = Math.max(0, depth - 1);
    else if (char === '"') fault('straight quotation mark (French uses « »)', index);
    else if ((char === '“' || char === '”') && depth === 0) fault('English quotation mark outside « » (French uses « »)', index);
  }

  for (const match of text.matchAll(numberThenSpaceThenUnit)) fault('no-break space between a number and its unit', match.index! + 1);
  for (const match of text.matchAll(/\d( )\d{3}(?!\d)/g)) fault('no-break space inside thousands', match.index! + 1);
  for (const match of text.matchAll(/\d\.\d/g)) fault('decimal comma (French writes 16,97, not 16.97)', match.index! + 1);
  for (const match of text.matchAll(/\b\d{4}-\d{2}-\d{2}\b/g)) fault('date written as in French (15 nov. 2024), not ISO', match.index!, 10);
  return faults;
}

/** Elements whose text is not French prose (a read-only textarea holds code to copy). */
const opaqueSelector = 'script, style, template, code, pre, kbd, samp, textarea[readonly]';

/**
 * The reader-visible text of a document, one segment per block (paragraph, cell, caption, chart
 * label), with passages in another language or in code replaced by OPAQUE so they are not judged.
 */
export function textSegments(root: Element, { language = 'fr' }: { language?: string } = {}): string[] {
  const blocks = new Set([
    'P',
    'LI',
    'TD',
    'TH',
    'H1',
    'H2',
    'H3',
    'H4',
    'H5',
    'H6',
    'FIGCAPTION',
    'CAPTION',
    'DT',
    'DD',
    'BLOCKQUOTE',
    'SUMMARY',
    'DIV',
    'SECTION',
    'ARTICLE',
    'HEADER',
    'FOOTER',
    'NAV',
    'MAIN',
    'FIGURE',
    'UL',
    'OL',
    'TABLE',
    'TR',
    'BUTTON',
    'LABEL',
    'BODY',
    'text',
    'title',
    'desc',
    'svg',
    'g',
    'TITLE',
  ]);
  const segments: string[] = [];
  const walk = (node: Node, buffer: string[]): void => {
    if (node.nodeType === 3) {
      buffer.push(node.textContent ?? '');
      return;
    }
    if (node.nodeType !== 1) return;
    const element = node as Element;
    const lang = element.getAttribute('lang');
    if (element.matches(opaqueSelector) || (lang && !lang.toLowerCase().startsWith(language))) {
      buffer.push(OPAQUE);
      return;
    }
    for (const name of ['alt', 'aria-label', 'title']) {
      const value = element.getAttribute(name);
      if (value && element.tagName !== 'svg') segments.push(value);
    }
    if (blocks.has(element.tagName)) {
      const own: string[] = [];
      for (const child of element.childNodes) walk(child, own);
      const text = own.join('');
      if (text.trim()) segments.push(text);
    } else for (const child of element.childNodes) walk(child, buffer);
  };
  walk(root, []);
  return segments;
}
