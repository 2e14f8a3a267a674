// Every social card's title fits the card: each line is rasterised alone, in the card's font and
// size, by the same renderer the build uses, and its ink must end inside the right margin.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { escapeXml } from '../../src/charts/shared/sceneToSvg';
import { locales } from '../../src/i18n/locales';
import { pageText } from '../../src/i18n/pageText';
import { cardFonts, cardSize, cardTitleLayout, cardTitleX } from '../../src/story/socialCard';

const chaptersDir = join(process.cwd(), 'content', 'chapters');
const titles = [
  ...locales.map((locale) => ({ card: `${locale}-story`, title: pageText(locale, 'card.story') })),
  ...locales.flatMap((locale) =>
    readdirSync(join(chaptersDir, locale)).map((file) => {
      const title = /^title: (.+)$/m.exec(readFileSync(join(chaptersDir, locale, file), 'utf8'))?.[1];
      if (!title) throw new Error(`${locale}/${file}: no title in its front matter`);
      return { card: `${locale}-${file}`, title };
    }),
  ),
];

/** The right edge of a line's ink when set at the title's place on a card-wide canvas. */
async function inkRight(line: string, size: number): Promise<number> {
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" width="${cardSize.width}" height="${size * 2}">` +
    `<rect width="100%" height="100%" fill="#fff"/>` +
    `<text x="${cardTitleX}" y="${size * 1.3}" font-family="${cardFonts.serif}" font-size="${size}" font-weight="700" fill="#000">${escapeXml(line)}</text></svg>`;
  const { info } = await sharp(Buffer.from(svg)).trim({ background: '#fff' }).toBuffer({ resolveWithObject: true });
  return -(info.trimOffsetLeft ?? 0) + info.width;
}

describe('social card titles', () => {
  it.each(titles)('$card: every line of the title ends inside the card', async ({ title }) => {
    const { size, lines } = cardTitleLayout(title);
    expect(lines.join(' ')).toBe(title.replace(/\s+/g, ' '));
    for (const line of lines) expect(await inkRight(line, size)).toBeLessThanOrEqual(cardSize.width - cardTitleX);
  });

  it('the check fails on a line wider than the card', async () => {
    expect(await inkRight('W'.repeat(40), 44)).toBeGreaterThan(cardSize.width - cardTitleX);
  });
});
